import {
  CONDITION_SETS,
  ConditionSetIdSchema,
  type ConditionSetReport,
  checkByrneJag2017,
  checkConditionSet,
  checkPublicSafetyPartnership,
  type FederalConditionsReport,
  resolveLaw,
  textOf,
} from '@detainer-kit/core';
import { hasLawFlags, languageArg, parseArg, parseLawSpec } from '../args.js';
import { DISCLAIMER_LINE, plain, toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadPolicy } from '../load.js';

function reportText(report: FederalConditionsReport): string[] {
  const lines = [report.title];
  for (const r of report.requirements) {
    lines.push(`  ${r.id}: ${r.status}`, `    ${r.requirement}`, `    ${r.why} [${r.citations.join(', ')}]`);
  }
  lines.push('', report.summary);
  for (const note of report.notes) lines.push(`Note: ${note}`);
  lines.push(`Citations: ${report.citations.join(', ')}`, '');
  return lines;
}

/**
 * `detainer check-psp <preset|file>`: reads a policy against the 2017 Public Safety Partnership questions and
 * the Byrne JAG FY2017 conditions (core's checks). `--lang en|es` (exit 2 for another): the disclaimer in that
 * language; the checks' own texts are English for now.
 */
/** A condition set's report: each requirement met or not, and, as a separate fact, its rulings by court and date. */
function setText(report: ConditionSetReport): string[] {
  const lines = [
    `${report.title} (${report.effectiveFrom}${report.effectiveUntil ? ` to ${report.effectiveUntil}` : ''}; ${report.status})`,
  ];
  for (const r of report.requirements) {
    lines.push(`  ${r.id}: ${r.status}`, `    ${r.requirement}`, `    ${r.why} [${r.citations.join(', ')}]`);
    for (const l of r.litigation) lines.push(`    Ruling: ${l.text} [${l.citations.join(', ')}] (${l.status})`);
  }
  lines.push('', report.summary);
  for (const note of report.notes) lines.push(`Note: ${note}`);
  lines.push(`Citations: ${report.citations.join(', ')}`, '');
  return lines;
}

/** The options of `detainer check-psp`. */
export interface CheckPspOptions {
  readonly json?: boolean;
  readonly set?: string;
  readonly jurisdiction?: string;
  readonly asOf?: string;
  readonly option?: string[];
  /** `en` or `es`. */
  readonly lang?: string;
}

export async function checkPspCommand(io: CliIo, ref: string, options: CheckPspOptions): Promise<ExitCode> {
  const lang = await languageArg(options.lang);
  const loadedPolicy = await loadPolicy(io, ref);
  const { label } = loadedPolicy;
  // With --jurisdiction / --as-of, the policy is the local policy under that law on that date.
  const law = hasLawFlags(options) ? parseLawSpec(options) : undefined;
  const policy =
    law === undefined
      ? loadedPolicy.policy
      : resolveLaw({
          ...(law.jurisdiction === undefined ? {} : { jurisdiction: law.jurisdiction }),
          asOf: law.asOf ?? new Date().toISOString().slice(0, 10),
          options: [...(law.options ?? [])],
          local: loadedPolicy.policy,
        }).policy;
  if (options.set !== undefined) {
    const set = parseArg(ConditionSetIdSchema, options.set, '--set');
    const report = checkConditionSet(set, policy, law?.asOf === undefined ? {} : { asOf: law.asOf });
    if (options.json) {
      io.stdout(
        toJson({
          policy: { label, name: policy.name },
          set: CONDITION_SETS[set].id,
          report,
          disclaimer: DISCLAIMER_LINE,
        }),
      );
      return EXIT.ok;
    }
    const lines = [`Policy: ${plain(label)}`, '', ...setText(report)];
    lines.push('A reading of the policy switches, not a finding by DOJ or a court.', DISCLAIMER_LINE, '');
    io.stdout(lines.join('\n'));
    return EXIT.ok;
  }
  const reports = [checkPublicSafetyPartnership(policy), checkByrneJag2017(policy)];
  if (options.json) {
    io.stdout(toJson({ policy: { label, name: policy.name }, reports, disclaimer: DISCLAIMER_LINE }));
    return EXIT.ok;
  }
  const lines = [`Policy: ${plain(label)}`, ''];
  for (const report of reports) lines.push(...reportText(report));
  lines.push(
    'A reading of the policy switches, not a finding by DOJ or a court.',
    lang === 'en' ? DISCLAIMER_LINE : textOf('model.disclaimer', lang),
    '',
  );
  io.stdout(lines.join('\n'));
  return EXIT.ok;
}
