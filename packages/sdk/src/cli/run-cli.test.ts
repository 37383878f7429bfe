import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenario/library.js';
import type { CliIo } from './io.js';
import { runCli } from './run-cli.js';

const scenarioFile = (id: string) => fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url));

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], files: Record<string, string> = {}, isTTY = false): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path) => (Object.hasOwn(files, path) ? (files[path] as string) : readFile(path, 'utf8')),
    isTTY,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

function expectOneLineError(r: Captured, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^detainer: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toMatch(pattern);
}

const badScenario = () => {
  const s = structuredClone(getScenario('notify-only')) as unknown as { steps: { event: Record<string, unknown> }[] };
  const step = s.steps[4];
  if (step) step.event.reason = 'paroled';
  return JSON.stringify(s);
};

describe('detainer run', () => {
  it('prints a timeline in the custodian’s time zone, the outcome, notice, hours held, citations and the disclaimer', async () => {
    const r = await cli(['run', scenarioFile('weekday-rule-friday-release')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('When (America/New_York)');
    expect(r.stdout).toContain('Fri 2024-04-12 17:00 EDT');
    expect(r.stdout).toContain('Outcome: released-hold-expired (hold-limit-reached) at Tue 2024-04-16 17:00 EDT');
    expect(r.stdout).toContain('Hours held: 96 h');
    expect(r.stdout).toContain('Notice: sent-on-time');
    expect(r.stdout).toMatch(/Citations: .*cfr-287\.7-d/);
    expect(r.stdout).toContain('Expectations: 5 of 5 met');
    expect(r.stdout.trimEnd().endsWith('Educational model, not legal advice.')).toBe(true);
  });

  it('prints stable JSON with --json', async () => {
    const r = await cli(['run', scenarioFile('late-notice'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual([
      'scenario',
      'policy',
      'outcome',
      'holdStartedAt',
      'holdEndsAt',
      'hoursHeld',
      'noticeStatus',
      'timeline',
      'skippedSteps',
      'expectations',
      'passed',
      'citations',
      'disclaimer',
    ]);
    expect(json).toMatchObject({
      noticeStatus: 'sent-late',
      hoursHeld: 3,
      passed: true,
      disclaimer: 'Educational model, not legal advice.',
    });
    const again = await cli(['run', scenarioFile('late-notice'), '--json']);
    expect(again.stdout).toBe(r.stdout);
  });

  it('exits 1 when an expectation fails', async () => {
    const s = { ...getScenario('notify-only'), expect: { outcome: 'transferred-to-dhs' } };
    const r = await cli(['run', 'fail.json'], { 'fail.json': JSON.stringify(s) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL outcome: expected "transferred-to-dhs", got "released-hold-declined"');
  });

  it('exits 2 with one line for an invalid scenario', async () => {
    const r = await cli(['run', 'bad.json'], { 'bad.json': badScenario() });
    expectOneLineError(r, /^detainer: steps\.4\.event\.reason: expected a release reason/);
  });
});

describe('detainer validate', () => {
  it('accepts a good file', async () => {
    const r = await cli(['validate', scenarioFile('notify-only')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid scenario "notify-only"');
  });

  it('refuses a bad file with one line naming the field', async () => {
    expectOneLineError(await cli(['validate', 'bad.json'], { 'bad.json': badScenario() }), /steps\.4\.event\.reason/);
  });

  it('refuses bad JSON and a missing file', async () => {
    expectOneLineError(await cli(['validate', 'x.json'], { 'x.json': '{ "format": ' }), /x\.json: not valid JSON/);
    expectOneLineError(
      await cli(['validate', '/nonexistent/nope.json']),
      /cannot read \/nonexistent\/nope\.json: no such file/,
    );
  });
});

describe('detainer compare', () => {
  it('shows the difference between full cooperation and judicial warrant required on an I-200 detainer', async () => {
    const r = await cli([
      'compare',
      scenarioFile('judicial-warrant-required-i200'),
      '--policy',
      'full-cooperation',
      '--policy',
      'judicial-warrant-required',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('outcome: "transferred-to-dhs" → "released-hold-declined"');
    expect(r.stdout).toContain('administrative warrant (I-200 or I-205)');
    expect(r.stdout).toContain('Educational model, not legal advice.');
  });

  it('prints JSON with --json, and compares one policy with the scenario’s own', async () => {
    const r = await cli(['compare', scenarioFile('notify-only'), '--policy', 'decline-all', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rows.map((row: { label: string }) => row.label)).toEqual(['notify-only', 'decline-all']);
    expect(json.differences[0].fields).toEqual([{ field: 'noticeStatus', a: 'sent-on-time', b: 'withheld-by-policy' }]);
  });

  it('accepts a policy file with a preset and overrides', async () => {
    const policy = JSON.stringify({ preset: 'full-cooperation', overrides: { countingRule: 'calendar' } });
    const r = await cli(['compare', scenarioFile('counting-rule-weekday-thursday'), '--policy', './calendar.json'], {
      './calendar.json': policy,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('hoursHeld: 96 → 48');
  });

  it('refuses an unknown preset with one line', async () => {
    expectOneLineError(
      await cli(['compare', scenarioFile('notify-only'), '--policy', 'cooperate']),
      /unknown policy preset "cooperate": use one of full-cooperation/,
    );
  });
});

describe('detainer diagram', () => {
  it('prints Mermaid by default, and DOT and JSON', async () => {
    const mermaid = await cli(['diagram']);
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toContain('stateDiagram-v2');
    const dot = await cli(['diagram', '--format', 'dot']);
    expect(dot.stdout).toMatch(/digraph/);
    const json = await cli(['diagram', '--format', 'json']);
    expect(JSON.parse(json.stdout).id).toBe('detainerCase');
  });

  it('refuses an unknown format', async () => {
    expectOneLineError(await cli(['diagram', '--format', 'svg']), /svg/);
  });
});

describe('detainer policies and check-psp', () => {
  it('lists the presets', async () => {
    const r = await cli(['policies']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('judicial-warrant-required');
    expect(r.stdout).toContain('Educational model, not legal advice.');
    const json = JSON.parse((await cli(['policies', '--json'])).stdout);
    expect(json.presets).toHaveLength(7);
  });

  it('reads a preset against the PSP and Byrne JAG conditions', async () => {
    const r = await cli(['check-psp', 'decline-all']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Public Safety Partnership');
    expect(r.stdout).toContain('Byrne JAG');
    expect(r.stdout).toContain('not-met');
    const json = JSON.parse((await cli(['check-psp', 'full-cooperation', '--json'])).stdout);
    expect(json.reports[0].requirements.map((q: { status: string }) => q.status)).toEqual(['met', 'met', 'met']);
  });

  it('reads a policy file, and names a bad field in it', async () => {
    const good = JSON.stringify({
      name: 'Custom',
      hold: 'never',
      notify: 'always',
      access: 'allowed',
      transferAtRelease: false,
    });
    expect((await cli(['check-psp', 'p.json'], { 'p.json': good })).code).toBe(0);
    const bad = JSON.stringify({
      name: 'Custom',
      hold: 'sometimes',
      notify: 'always',
      access: 'allowed',
      transferAtRelease: false,
    });
    expectOneLineError(await cli(['check-psp', 'p.json'], { 'p.json': bad }), /^detainer: p\.json: hold: hold must be/);
  });
});

describe('detainer simulate', () => {
  it('runs a small population, with JSON output', async () => {
    const r = await cli([
      'simulate',
      '--policy',
      'full-cooperation',
      '--policy',
      'decline-all',
      '--cases',
      '200',
      '--seed',
      '7',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ format: 'detainer-kit/population-report', cases: 200, seed: 7 });
    expect(json.policies).toHaveLength(2);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const tty = await cli(['simulate', '--policy', 'notify-only', '--cases', '2000', '--seed', '1'], {}, true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('100%');
    expect(tty.stdout).toContain('Educational model, not legal advice.');
    const piped = await cli(['simulate', '--policy', 'notify-only', '--cases', '2000', '--seed', '1'], {}, false);
    expect(piped.stderr).toBe('');
  });

  it('checks its arguments with one-line errors', async () => {
    expectOneLineError(
      await cli(['simulate', '--policy', 'notify-only', '--cases', '0', '--seed', '1']),
      /--cases must be at least 1/,
    );
    expectOneLineError(
      await cli(['simulate', '--policy', 'notify-only', '--cases', 'lots', '--seed', '1']),
      /--cases must be a whole number/,
    );
    expectOneLineError(
      await cli(['simulate', '--policy', 'notify-only', '--cases', '20000000', '--seed', '1']),
      /at most 10,000,000/,
    );
    expectOneLineError(
      await cli(['simulate', '--policy', 'notify-only', '--seed', '1.5']),
      /--seed must be a whole number/,
    );
    expectOneLineError(
      await cli(['simulate', '--policy', 'notify-only', '--seed', '1', '--workers', '65']),
      /--workers must be at most 64/,
    );
    expectOneLineError(await cli(['simulate', '--policy', 'notify-only']), /--seed is required/);
    expectOneLineError(await cli(['simulate', '--seed', '1']), /at least one --policy/);
  });
});

describe('detainer (commander)', () => {
  it('exits 2 with one line for unknown commands and options', async () => {
    expectOneLineError(await cli(['frobnicate']), /unknown command 'frobnicate'/);
    expectOneLineError(await cli(['run', scenarioFile('notify-only'), '--jsn']), /unknown option '--jsn'/);
    expectOneLineError(await cli(['run']), /missing required argument/);
    expectOneLineError(await cli(['policies', 'extra']), /too many arguments|unknown/);
  });

  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: detainer');
    expect(help.stdout).toContain('check-psp');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli([])).stdout).toContain('Usage: detainer');
  });
});
