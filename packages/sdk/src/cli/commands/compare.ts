import { decisionReasonText, formatLocal, LANGUAGE_LOCALES, type Language, textOf } from '@detainer-kit/core';
import { compareScenario, type ScenarioComparison } from '../../scenario/compare.js';
import { flagValues, hasLawFlags, languageArg, parseArg, parseLawSpec, policyListArgSchema } from '../args.js';
import { DISCLAIMER_LINE, formatHours, plain, table, toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadPolicy, loadScenario } from '../load.js';

/** The stable JSON of a comparison (`detainer compare --json`): the rows without their case objects. */
export function comparisonJson(c: ScenarioComparison) {
  return {
    scenario: { id: c.scenario.id, title: c.scenario.title },
    rows: c.rows.map(({ run: _run, ...row }) => row),
    differences: c.differences,
    disclaimer: c.disclaimer,
  };
}

/**
 * The human-readable comparison. In `lang`: the decisive rules (the core's decision reasons) and the disclaimer, times
 * in its locale; the labels and codes stay English.
 */
function comparisonText(c: ScenarioComparison, lang: Language): string {
  const tz = c.scenario.custodian.timeZone;
  const locale = LANGUAGE_LOCALES[lang];
  const lines = [
    `${plain(c.scenario.title)} (${plain(c.scenario.id)}): the same facts under ${c.rows.length} policies`,
    '',
    table(
      ['policy', 'outcome', 'reason', 'hours held', `hold limit (${tz})`, 'notice'],
      c.rows.map((r) => [
        plain(r.label),
        r.outcome?.code ?? 'none yet',
        r.reason ?? '-',
        formatHours(r.hoursHeld),
        r.holdEndsAt ? formatLocal(r.holdEndsAt, tz, 'table', locale) : '-',
        r.noticeStatus,
      ]),
    ),
    '',
  ];
  for (const d of c.differences) {
    const a = c.rows[d.a];
    const b = c.rows[d.b];
    if (!a || !b) continue;
    lines.push(`${plain(a.label)} vs ${plain(b.label)}:`);
    if (d.fields.length === 0) lines.push('  same outcome, hours held and notice');
    for (const f of d.fields) lines.push(`  ${f.field}: ${JSON.stringify(f.a)} → ${JSON.stringify(f.b)}`);
    for (const p of d.policyDifferences) lines.push(`  policy switch: ${p.text}`);
    if (d.rule) {
      lines.push(
        `  decisive ${d.rule.on} rule under ${plain(a.label)}: ${d.rule.a ? `${decisionReasonText(d.rule.a, lang)} [${d.rule.a.citations.join(', ')}]` : 'none'}`,
      );
      lines.push(
        `  decisive ${d.rule.on} rule under ${plain(b.label)}: ${d.rule.b ? `${decisionReasonText(d.rule.b, lang)} [${d.rule.b.citations.join(', ')}]` : 'none'}`,
      );
    }
    lines.push('');
  }
  lines.push(lang === 'en' ? DISCLAIMER_LINE : textOf('model.disclaimer', lang), '');
  return lines.join('\n');
}

/**
 * `detainer compare <scenario.json|library id> --policy A --policy B …`. With a single `--policy`, the scenario's own
 * policy is the first row. `--lang en|es` (exit 2 for another): the language of the report; `--json` is the same in
 * every language.
 */
export async function compareCommand(
  io: CliIo,
  file: string,
  options: {
    policy: string[];
    json?: boolean;
    lang?: string;
    jurisdiction?: string[];
    asOf?: string[];
    option?: string[];
  },
): Promise<ExitCode> {
  const lang = await languageArg(options.lang);
  const withLaw = hasLawFlags(options);
  // With --jurisdiction / --as-of, the same facts are compared across places or dates; --policy may be left out.
  const policyRefs =
    withLaw && options.policy.length === 0 ? [] : parseArg(policyListArgSchema('compare'), options.policy, '--policy');
  const { scenario } = await loadScenario(io, file);
  const loaded = [];
  for (const ref of policyRefs) loaded.push(await loadPolicy(io, ref));
  const refs = loaded.map((l) => l.ref);
  if (withLaw ? refs.length === 0 : refs.length < 2) refs.unshift(scenario.policy);
  const laws = withLaw
    ? flagValues(options.jurisdiction).flatMap((jurisdiction) =>
        flagValues(options.asOf).map((asOf) =>
          parseLawSpec(
            {
              ...(jurisdiction === undefined ? {} : { jurisdiction }),
              ...(asOf === undefined ? {} : { asOf }),
              ...(options.option === undefined ? {} : { option: options.option }),
            },
            scenario.law,
          ),
        ),
      )
    : undefined;
  const c = compareScenario(scenario, refs, laws === undefined ? {} : { laws });
  io.stdout(options.json ? toJson(comparisonJson(c)) : comparisonText(c, lang));
  return EXIT.ok;
}
