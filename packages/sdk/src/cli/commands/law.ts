import {
  diffResolvedLaw,
  LawDateSchema,
  type LawLayer,
  type LayerNotApplied,
  type LayerRef,
  listJurisdictions,
  PolicyPresetIdSchema,
  type ResolvedJurisdictionLaw,
  resolveLaw,
} from '@detainer-kit/core';
import { z } from 'zod';
import { isLawLayerFileFormat, parseLawLayerFile } from '../../law/parse.js';
import { parseArg } from '../args.js';
import { DISCLAIMER_LINE, plain, toJson } from '../format.js';
import { CliInputError, type CliIo, EXIT, type ExitCode } from '../io.js';
import { readJson } from '../load.js';

/** The options of `detainer law`, as commander hands them over. */
export interface LawCommandOptions {
  readonly asOf?: string;
  readonly to?: string;
  readonly option?: readonly string[];
  readonly local?: string;
  readonly json?: boolean;
}

const dateArg = (flag: string) =>
  z.unknown().transform((value, ctx): string => {
    const parsed = LawDateSchema.safeParse(value);
    if (parsed.success) return parsed.data;
    ctx.addIssue({
      code: 'custom',
      message: `${flag} must be a date "YYYY-MM-DD", got ${JSON.stringify(String(value).slice(0, 40))}`,
      params: { fix: `write ${flag} as year-month-day, e.g. ${flag} 2025-10-02` },
    });
    return z.NEVER;
  });

const localArg = z.unknown().transform((value, ctx): z.infer<typeof PolicyPresetIdSchema> => {
  const parsed = PolicyPresetIdSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  ctx.addIssue({
    code: 'custom',
    message: `--local must be a policy preset id, got ${JSON.stringify(String(value).slice(0, 40))}`,
    params: { fix: `use one of ${PolicyPresetIdSchema.options.join(', ')} (see \`detainer policies\`)` },
  });
  return z.NEVER;
});

/** Today, `YYYY-MM-DD` (UTC): the default `--as-of`. */
const today = () => new Date().toISOString().slice(0, 10);

interface Target {
  readonly label: string;
  readonly jurisdiction?: string;
  readonly layers?: readonly LawLayer[];
}

/** A `<jurisdiction>` argument: a library jurisdiction id, or a law-layer file. */
async function loadTarget(io: CliIo, arg: string): Promise<Target> {
  const known = listJurisdictions().find((j) => j.id === arg);
  if (known) return { label: `${known.name} (${known.id})`, jurisdiction: arg };
  if (!/[./\\]/.test(arg)) {
    throw new CliInputError({
      code: 'invalid-argument',
      field: '<jurisdiction>',
      problem: `"${plain(arg.slice(0, 40))}" is not a library jurisdiction`,
      fix: `use one of ${listJurisdictions()
        .map((j) => j.id)
        .join(', ')}, or the path of a law-layer file`,
    });
  }
  const json = await readJson(io, arg);
  if (!isLawLayerFileFormat(json)) {
    throw new CliInputError({
      code: 'invalid-argument',
      field: arg,
      problem: `${arg}: not a law-layer file`,
      fix: 'a law-layer file has "format": "detainer-kit/law-layers" (see `detainer validate`)',
    });
  }
  const file = parseLawLayerFile(json);
  return {
    label: `${file.title ?? arg} (${arg})`,
    ...(file.extends !== undefined ? { jurisdiction: file.extends } : {}),
    layers: file.layers,
  };
}

function resolveTarget(target: Target, asOf: string, options: LawCommandOptions, local?: string) {
  return resolveLaw({
    asOf,
    options: [...(options.option ?? [])],
    ...(target.jurisdiction !== undefined ? { jurisdiction: target.jurisdiction } : {}),
    ...(target.layers !== undefined ? { layers: [...target.layers] } : {}),
    ...(local !== undefined ? { local: local as z.infer<typeof PolicyPresetIdSchema> } : {}),
  });
}

function dates(l: LayerRef): string {
  const from =
    l.datePrecision === 'open-start'
      ? `in force before ${l.effectiveFrom}`
      : l.datePrecision === 'year'
        ? `from ${l.effectiveFrom.slice(0, 4)} (year only: applied from ${l.effectiveFrom})`
        : `from ${l.effectiveFrom}`;
  return l.effectiveUntil ? `${from} until ${l.effectiveUntil} (exclusive)` : from;
}

function notAppliedText(n: LayerNotApplied): string {
  switch (n.why) {
    case 'not-yet-in-force':
      return `not yet in force (${dates(n.layer)})`;
    case 'no-longer-in-force':
      return `no longer in force (${dates(n.layer)})`;
    case 'option-off':
      return `an option, off (turn it on with --option ${n.layer.layerId})`;
    case 'replaced':
      return `replaced by the option ${n.by}`;
  }
}

function lawText(label: string, law: ResolvedJurisdictionLaw): string[] {
  const lines = [`${plain(label)}: law in force on ${law.asOf}`];
  const local = law.inForce.find((l) => l.kind === 'local-policy');
  lines.push(
    `Local policy: ${plain((local?.title ?? 'none').replace(/^Local policy: /, ''))}${law.localDefaulted ? ' (none given: the full-cooperation preset stands in; choose one with --local)' : ''}. A local policy is the user's choice and describes no real jail.`,
    '',
    'Layers in force (lowest precedence first):',
  );
  for (const l of law.inForce) {
    lines.push(
      `  ${l.layerId} [${l.kind}, ${l.status}] ${dates(l)}`,
      `    ${plain(l.title)} (${l.citations.join(', ')})`,
    );
  }
  lines.push('', 'Switches (the one layer that decided each):');
  for (const s of Object.values(law.switches)) {
    if (!s) continue;
    const by = `${s.decidedBy.via === 'lock' ? 'fixed by' : 'set by'} ${s.decidedBy.layerId} (${dates(s.decidedBy)}, ${s.decidedBy.status}; ${s.decidedBy.citations.join(', ')})`;
    lines.push(`  ${s.switch}: ${JSON.stringify(s.value)}, ${by}`);
    if (s.locked) {
      lines.push(
        `    locked ${s.locked.bound} ${JSON.stringify(s.locked.value)} by ${s.locked.layerId}: ${plain(s.locked.reason)}`,
      );
    }
    for (const o of s.overridden) lines.push(`    overridden: ${o.layerId} said ${JSON.stringify(o.value)}`);
  }
  if (law.notApplied.length > 0) {
    lines.push('', 'Layers not applied on this date:');
    for (const n of law.notApplied) lines.push(`  ${n.layer.layerId}: ${notAppliedText(n)}`);
  }
  if (law.mechanics.length > 0) {
    lines.push('', 'Mechanics of the layers in force that no switch expresses yet (described, not applied):');
    for (const m of law.mechanics) lines.push(`  ${m.layerId}: ${plain(m.text)}`);
  }
  if (law.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const n of law.notes) lines.push(`  ${n.layerId}: ${plain(n.text)}`);
  }
  for (const p of law.problems) lines.push(`Problem: ${plain(p)}`);
  return lines;
}

/**
 * `detainer law <jurisdiction|file> [--as-of DATE] [--option ID]… [--local PRESET]`: the layers in force on a
 * date, with their dates, sources and status, and which layer decided each switch.
 * `detainer law diff <a> [<b>] [--as-of A] [--to B]`: what changed between two jurisdictions on one date, or
 * one jurisdiction between two dates.
 */
export async function lawCommand(
  io: CliIo,
  target: string,
  more: readonly string[],
  options: LawCommandOptions,
): Promise<ExitCode> {
  const asOf = options.asOf === undefined ? today() : parseArg(dateArg('--as-of'), options.asOf, '--as-of');
  const local = options.local === undefined ? undefined : parseArg(localArg, options.local, '--local');
  if (target !== 'diff') {
    if (more.length > 0) {
      throw new CliInputError({
        code: 'invalid-argument',
        field: '<jurisdiction>',
        problem: `too many arguments: ${more.map((m) => plain(m.slice(0, 40))).join(' ')}`,
        fix: 'give one jurisdiction, or `detainer law diff <a> <b>` to compare two',
      });
    }
    if (options.to !== undefined) {
      throw new CliInputError({
        code: 'invalid-argument',
        field: '--to',
        problem: '--to is for `detainer law diff`',
        fix: 'use `detainer law diff <jurisdiction> --as-of A --to B`',
      });
    }
    const loaded = await loadTarget(io, target);
    const law = resolveTarget(loaded, asOf, options, local);
    if (options.json) io.stdout(toJson({ jurisdiction: loaded.label, law, disclaimer: DISCLAIMER_LINE }));
    else io.stdout([...lawText(loaded.label, law), '', DISCLAIMER_LINE, ''].join('\n'));
    return EXIT.ok;
  }
  const [first, second, ...rest] = more;
  const oneJurisdiction = second === undefined;
  if (first === undefined || rest.length > 0 || (oneJurisdiction && options.to === undefined)) {
    throw new CliInputError({
      code: 'invalid-argument',
      field: '<jurisdiction>',
      problem:
        first === undefined || rest.length > 0
          ? 'law diff takes one or two jurisdictions'
          : 'law diff with one jurisdiction needs --to DATE',
      fix: 'use `detainer law diff <a> <b> [--as-of DATE]` or `detainer law diff <a> --as-of A --to B`',
    });
  }
  const to = options.to === undefined ? asOf : parseArg(dateArg('--to'), options.to, '--to');
  const a = await loadTarget(io, first);
  const b = oneJurisdiction ? a : await loadTarget(io, second);
  const lawA = resolveTarget(a, asOf, options, local);
  const lawB = resolveTarget(b, to, options, local);
  const diff = diffResolvedLaw(lawA, lawB);
  const labelA = `${a.label} on ${asOf}`;
  const labelB = `${b.label} on ${to}`;
  if (options.json) {
    io.stdout(toJson({ from: labelA, to: labelB, diff, disclaimer: DISCLAIMER_LINE }));
    return EXIT.ok;
  }
  const lines = [`From ${plain(labelA)} to ${plain(labelB)}:`];
  if (diff.switches.length === 0) lines.push('  No switch changes.');
  for (const c of diff.switches) lines.push(`  ${plain(c.text)}`);
  if (diff.entered.length > 0) {
    lines.push('Layers in force only in the second:');
    for (const l of diff.entered) lines.push(`  ${l.layerId} [${l.kind}, ${l.status}] ${dates(l)}: ${plain(l.title)}`);
  }
  if (diff.left.length > 0) {
    lines.push('Layers in force only in the first:');
    for (const l of diff.left) lines.push(`  ${l.layerId} [${l.kind}, ${l.status}] ${dates(l)}: ${plain(l.title)}`);
  }
  lines.push('', DISCLAIMER_LINE, '');
  io.stdout(lines.join('\n'));
  return EXIT.ok;
}
