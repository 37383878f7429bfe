import {
  CITATIONS,
  federalLayers,
  getJurisdiction,
  type LawLayer,
  listJurisdictions,
  MODEL_INFO,
  presetLayers,
} from '@detainer-kit/core';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function dates(layer: LawLayer): string {
  const from =
    layer.datePrecision === 'open-start'
      ? `before ${layer.effectiveFrom}`
      : layer.datePrecision === 'year'
        ? `${layer.effectiveFrom.slice(0, 4)} (year only)`
        : layer.effectiveFrom;
  return layer.effectiveUntil ? `${from} – ${layer.effectiveUntil} (exclusive)` : `${from} –`;
}

function switches(layer: LawLayer): string {
  const sets = Object.entries(layer.sets).map(([k, v]) => `sets \`${k}: ${JSON.stringify(v)}\``);
  const locks = layer.locks.map((l) => `locks \`${l.switch}\` ${l.bound} \`${JSON.stringify(l.value)}\``);
  const all = [...sets, ...locks];
  return all.length === 0 ? 'mechanics only' : all.join('; ');
}

function table(layers: readonly LawLayer[]): string[] {
  const lines = [
    '| Layer | Kind | In force | Status | Option | Switches | Sources |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const l of layers) {
    const sources = l.citations.map((c) => `[${c}] (${CITATIONS[c].status})`).join(', ');
    lines.push(
      `| \`${l.id}\`<br>${cell(l.title)} | ${l.kind} | ${dates(l)} | ${l.status} | ${l.option ? 'yes, off by default' : 'no'} | ${cell(switches(l))} | ${sources} |`,
    );
  }
  return lines;
}

function details(layers: readonly LawLayer[]): string[] {
  const lines: string[] = [];
  for (const l of layers) {
    const extra = [
      ...l.mechanics.map((m) => `- Mechanics (described, not applied): ${m}`),
      ...l.locks.map((k) => `- Lock on \`${k.switch}\`: ${k.reason}`),
      ...l.notes.map((n) => `- Note: ${n}`),
    ];
    if (extra.length === 0) continue;
    lines.push(`- **\`${l.id}\`**`, ...extra.map((e) => `  ${e}`));
  }
  return lines;
}

/**
 * The generated page `docs/jurisdictions.md`: every layer of the jurisdiction library with its dates, citations
 * and status. A test fails when the committed page drifts (`UPDATE_DOCS=1` rewrites it).
 */
export function jurisdictionsPage(): string {
  const lines = [
    '<!-- Generated from the jurisdiction library of @detainer-kit/core. Do not edit: run `UPDATE_DOCS=1 npx vitest run src/law/jurisdictions-page.test.ts` in packages/sdk. -->',
    '',
    '# Jurisdictions: the law layers',
    '',
    'Each layer is dated law with its sources. A layer is in force from its first date up to, not including, its',
    'end date. Status tags: **confirmed** (primary text seen), **secondary** (a reliable secondary source), **unverified**',
    '(an option only, off by default). A local policy is the user’s choice: no layer here says how a real jail behaves.',
    'Locks: `exactly` fixes a switch; `at-most` lets a local policy be less cooperative, never more; `at-least` the reverse.',
    `${MODEL_INFO.disclaimer}`,
    '',
    'Print the layers in force on a date with `npx detainer law <jurisdiction> --as-of YYYY-MM-DD`.',
    '',
    '## Federal floor (applies everywhere)',
    '',
    ...table(federalLayers()),
    '',
    ...details(federalLayers()),
  ];
  for (const j of listJurisdictions()) {
    if (j.id === 'federal') continue;
    const profile = getJurisdiction(j.id);
    if (!profile) continue;
    lines.push(
      '',
      `## ${profile.name} (\`${profile.id}\`)`,
      '',
      ...table(profile.ownLayers),
      '',
      ...details(profile.ownLayers),
    );
  }
  lines.push(
    '',
    '## Local policies (the presets, as local-policy layers)',
    '',
    ...table(presetLayers()),
    '',
    ...details(presetLayers()),
    '',
  );
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}`;
}
