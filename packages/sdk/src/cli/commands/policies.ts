import {
  describeCountingRule,
  describeHoldSwitch,
  describeNotifySwitch,
  describeStateLaw,
  POLICY_PRESET_IDS,
  POLICY_PRESET_NOTES,
  POLICY_PRESETS,
  textOf,
} from '@detainer-kit/core';
import { languageArg } from '../args.js';
import { DISCLAIMER_LINE, table, toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';

/**
 * `detainer policies`: the policy presets and their switches. `--lang en|es` (exit 2 for another): the disclaimer in
 * that language; the switch descriptions are English for now.
 */
export async function policiesCommand(io: CliIo, options: { json?: boolean; lang?: string }): Promise<ExitCode> {
  const lang = await languageArg(options.lang);
  if (options.json) {
    io.stdout(
      toJson({
        presets: POLICY_PRESET_IDS.map((id) => ({
          id,
          policy: POLICY_PRESETS[id],
          unverified: POLICY_PRESET_NOTES[id].unverified,
        })),
        disclaimer: DISCLAIMER_LINE,
      }),
    );
    return EXIT.ok;
  }
  const rows = POLICY_PRESET_IDS.map((id) => {
    const p = POLICY_PRESETS[id];
    return [id, p.name, p.hold, p.notify, p.access, p.transferAtRelease, p.stateLaw];
  });
  const lines = [
    'Policy presets (use an id with --policy, or a JSON file with a policy or { "preset", "overrides" })',
    '',
    table(['id', 'name', 'hold', 'notify', 'access', 'transfer', 'state law'], rows),
    '',
  ];
  for (const id of POLICY_PRESET_IDS) {
    const p = POLICY_PRESETS[id];
    lines.push(`${id}: ${p.name}`);
    lines.push(`  Hold requests: ${describeHoldSwitch(p.hold)}. Notice: ${describeNotifySwitch(p.notify)}.`);
    lines.push(`  State law: ${describeStateLaw(p.stateLaw)}. Counting rule: ${describeCountingRule(p.countingRule)}.`);
    for (const note of POLICY_PRESET_NOTES[id].unverified) lines.push(`  Unverified: ${note}`);
    lines.push(`  Citations: ${p.citations.join(', ')}`);
  }
  lines.push('', lang === 'en' ? DISCLAIMER_LINE : textOf('model.disclaimer', lang), '');
  io.stdout(lines.join('\n'));
  return EXIT.ok;
}
