import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CliIo, readFileCapped } from './io.js';
import { runCli } from './run-cli.js';

const exampleFile = fileURLToPath(new URL('../../law-layers/example-county.json', import.meta.url));

async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path, maxBytes) =>
      Object.hasOwn(files, path) ? (files[path] as string) : readFileCapped(path, maxBytes),
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function expectOneLineError(r: { code: number; stdout: string; stderr: string }, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(pattern);
}

describe('detainer law', () => {
  it('does print North Carolina’s layers in force on 2025-12-02 with dates, sources and status', async () => {
    const r = await cli(['law', 'us-nc', '--as-of', '2025-12-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^North Carolina \(us-nc\): law in force on 2025-12-02\n/);
    expect(r.stdout).toContain('us-nc/hb318-2025 [statute, secondary] from 2025-12-01');
    expect(r.stdout).toContain('(nc-hb318-2025)');
    expect(r.stdout).toContain('noticeAfterEligibility: "within-2-hours", fixed by us-nc/hb318-2025');
    expect(r.stdout).toContain(
      'us-nc/hb318-2025-from-oct-1: an option, off (turn it on with --option us-nc/hb318-2025-from-oct-1)',
    );
    expect(r.stdout).toContain('the full-cooperation preset stands in');
    expect(r.stdout).toContain('Educational model, not legal advice');
  });

  it('does print stable JSON with --json, and an option turned on with --option', async () => {
    const r = await cli(['law', 'us-nc', '--as-of', '2025-10-02', '--option', 'us-nc/hb318-2025-from-oct-1', '--json']);
    const json = JSON.parse(r.stdout);
    expect(json.law.policy.noticeAfterEligibility).toBe('within-2-hours');
    expect(json.law.switches.noticeAfterEligibility.decidedBy.layerId).toBe('us-nc/hb318-2025-from-oct-1');
  });

  it('does explain what changed for one jurisdiction between two dates', async () => {
    const r = await cli(['law', 'diff', 'us-nc', '--as-of', '2025-11-30', '--to', '2025-12-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('From North Carolina (us-nc) on 2025-11-30 to North Carolina (us-nc) on 2025-12-01:');
    expect(r.stdout).toContain('countingRule: "by-form"');
    expect(r.stdout).toContain('→ "calendar" (us-nc/hb318-2025, locked, from 2025-12-01, secondary)');
    expect(r.stdout).toContain('Layers in force only in the second:\n  us-nc/hb318-2025');
  });

  it('does explain what differs between two jurisdictions on one date', async () => {
    const r = await cli(['law', 'diff', 'us-tx', 'us-ca', '--as-of', '2024-01-01', '--local', 'full-cooperation']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hold: "always" (local/full-cooperation, set');
    expect(r.stdout).toContain('"never" (us-ca/sb54-2018, locked, from 2018-01-01, confirmed)');
    expect(r.stdout).toContain('stateLaw: "mandated-compliance" (us-tx/sb4-2017');
  });

  it('does read a law-layer file, and `validate` detects and checks one', async () => {
    const law = await cli(['law', exampleFile, '--as-of', '2024-06-01']);
    expect(law.code).toBe(0);
    expect(law.stdout).toContain('hold: "never", set by us-tx/example-county/jail-policy-2016');
    expect(law.stdout).toContain('stateLaw: "mandated-compliance", fixed by us-tx/sb4-2017');
    const v = await cli(['validate', exampleFile]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/valid law-layer file "Example County, Texas \(fictional\)[^"]*", 1 layer on us-tx/);
    const bad = JSON.parse(readFileSync(exampleFile, 'utf8'));
    bad.layers[0].kind = 'ordinance';
    expectOneLineError(await cli(['validate', 'bad.json'], { 'bad.json': JSON.stringify(bad) }), /layers\.0\.kind/);
  });

  it('does refuse bad input with exit 2 and one line, no stack trace', async () => {
    expectOneLineError(await cli(['law', 'us-nc', '--as-of', '2025-13-01']), /--as-of must be a date "YYYY-MM-DD"/);
    expectOneLineError(await cli(['law', 'us-zz']), /"us-zz" is not a library jurisdiction/);
    expectOneLineError(await cli(['law', 'us-nc', '--local', 'friendly']), /--local must be a policy preset id/);
    expectOneLineError(await cli(['law', 'diff', 'us-nc']), /needs --to DATE/);
    expectOneLineError(await cli(['law', 'us-nc', 'us-ca']), /too many arguments/);
    const json = await cli(['law', 'us-nc', '--as-of', 'soon', '--json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'invalid-argument', field: '--as-of' });
  });
});
