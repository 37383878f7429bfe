import { describe, expect, it } from 'vitest';
import { type CliIo, readFileCapped } from './io.js';
import { runCli } from './run-cli.js';

async function cli(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: (path, maxBytes) => readFileCapped(path, maxBytes),
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(pattern);
}

const OCT_1 = 'us-nc/hb318-2025-from-oct-1';

describe('--jurisdiction, --as-of and --option', () => {
  it('does run the same NC facts as of 2025-09-30 and 2025-10-02: the two-hour notice appears on Oct 2 (Oct-1 reading)', async () => {
    const before = await cli(['run', 'north-carolina-hb318-as-of-2025-10-02', '--as-of', '2025-09-30', '--json']);
    const after = await cli(['run', 'north-carolina-hb318-as-of-2025-09-30', '--as-of', '2025-10-02', '--json']);
    const b = JSON.parse(before.stdout);
    const a = JSON.parse(after.stdout);
    expect(b.law).toMatchObject({ jurisdiction: 'us-nc', asOf: '2025-09-30', options: [OCT_1] });
    // Eligible Fri 2025-10-03 15:00 EDT + 2 h = 17:00 EDT = 21:00 UTC.
    expect(a.deadlines.find((d: { kind: string }) => d.kind === 'notice-after-eligibility')?.at).toBe(
      '2025-10-03T21:00:00.000Z',
    );
    expect(b.deadlines.some((d: { kind: string }) => d.kind === 'notice-after-eligibility')).toBe(false);
  });

  it('does compare one scenario across jurisdictions', async () => {
    const r = await cli([
      'compare',
      'same-arrest-texas-2025',
      '--jurisdiction',
      'us-il',
      '--jurisdiction',
      'us-tx',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout).rows as { label: string; outcome: { code: string } | null }[];
    expect(rows.map((row) => [row.label, row.outcome?.code])).toEqual([
      ['full-cooperation · us-il at each decision', 'released-hold-declined'],
      ['full-cooperation · us-tx at each decision', 'released-hold-expired'],
    ]);
  });

  it('does print a condition set with its rulings as separate facts', async () => {
    const r = await cli([
      'check-psp',
      'full-cooperation',
      '--set',
      'byrne-jag-fy2018',
      '--jurisdiction',
      'us-ca',
      '--as-of',
      '2020-08-01',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ruling: ');
  });

  it('does refuse a bad date, an unknown jurisdiction or condition set with one line and exit 2', async () => {
    expectOneLineError(await cli(['run', 'notify-only', '--as-of', '2025-02-30']), /--as-of/);
    expectOneLineError(await cli(['run', 'notify-only', '--jurisdiction', 'us-zz']), /--jurisdiction.*us-zz/);
    expectOneLineError(await cli(['check-psp', 'full-cooperation', '--set', 'fy1999']), /--set/);
    expectOneLineError(
      await cli(['simulate', '--policy', 'full-cooperation', '--seed', '1', '--as-of', 'tomorrow']),
      /--as-of/,
    );
  });
});
