import {
  checkByrneJag2017,
  checkPublicSafetyPartnership,
  type FederalConditionsReport,
  textOf,
} from '@detainer-kit/core';
import { languageArg } from '../args.js';
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
export async function checkPspCommand(
  io: CliIo,
  ref: string,
  options: { json?: boolean; lang?: string },
): Promise<ExitCode> {
  const lang = await languageArg(options.lang);
  const { label, policy } = await loadPolicy(io, ref);
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
