import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenario/library.js';
import { parseScenario } from '../scenario/parse.js';
import { runScenario } from '../scenario/run.js';
import { type CliIo, type ReadableHandle, readFileCapped, readHandleCapped } from './io.js';
import { MAX_INPUT_BYTES } from './load.js';
import { runCli } from './run-cli.js';

const scenarioFile = (id: string) => fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url));

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(
  argv: string[],
  files: Record<string, string> = {},
  isTTY = false,
  parallelism = 128,
): Promise<Captured> {
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
    isTTY,
    parallelism,
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

  it('prints the deadlines of a run with their status, and tags sources that are not confirmed', async () => {
    const r = await cli(['run', scenarioFile('late-notice')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Deadlines:\n .*missed +Notice of release due/);
    const g = await cli(['run', scenarioFile('i247g-notice-only-request-2025')]);
    // Notice due 48 hours before Fri 2025-06-13 10:00 PDT: Wed 2025-06-11 10:00 PDT; sent Tue, so met.
    expect(g.stdout).toContain('Wed 2025-06-11 10:00 PDT  met');
    expect(g.stdout).toMatch(/Citations: .*i247g-form \(secondary\)/);
  });

  it('prints the state judicial order, the Georgia cap and who lodged the detainer (DOMAIN.md §9)', async () => {
    // North Carolina HB 10: no order entered before DHS took custody Sat 2025-12-06 10:00 EST: missing, not fatal.
    const missing = await cli(['run', scenarioFile('north-carolina-state-judicial-order-missing')]);
    expect(missing.code).toBe(0);
    expect(missing.stdout).toContain('State judicial order: missing (North Carolina HB 10; flagged, not fatal)');
    expect(missing.stdout).toMatch(/Sat 2025-12-06 10:00 EST {2}missed +State judicial order missing/);
    const entered = await cli(['run', scenarioFile('north-carolina-2025-state-judicial-order')]);
    expect(entered.stdout).toContain('State judicial order: entered at Fri 2025-12-05 18:30 EST');
    // Georgia HB 1105 as introduced: Fri 2024-07-12 17:00 EDT + 48 h = Sun 2024-07-14 17:00 EDT; the weekday count
    // alone: Fri 7 h + Mon 24 h + Tue 17 h → Tue 2024-07-16 17:00 EDT.
    const ga = await cli(['run', scenarioFile('georgia-hold-cap-friday-release')]);
    expect(ga.stdout).toContain('Hold: started Fri 2024-07-12 17:00 EDT, limit Sun 2024-07-14 17:00 EDT');
    expect(ga.stdout).toContain(
      'Hold limit: capped at 48 elapsed hours (the counting rule alone: Tue 2024-07-16 17:00 EDT)',
    );
    expect(ga.stdout).toMatch(/ga-hb1105-2024 \(secondary\)/);
    const jem = await cli(['run', scenarioFile('jail-enforcement-model-287g')]);
    expect(jem.stdout).toContain('Lodged by: a local 287(g) officer (Jail Enforcement Model)');
  });

  it('prints stable JSON with --json', async () => {
    const r = await cli(['run', scenarioFile('late-notice'), '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual([
      'scenario',
      'policy',
      'law',
      'lawApplied',
      'outcome',
      'holdStartedAt',
      'holdEndsAt',
      'hoursHeld',
      'holds',
      'noticeStatus',
      'notice',
      'lodgedBy',
      'stateJudicialOrder',
      'holdLimit',
      'deadlines',
      'duties',
      'accessRequests',
      'dhsDutyToIssue',
      'timeline',
      'skippedSteps',
      'expectations',
      'passed',
      'citations',
      'disclaimer',
    ]);
    expect(json).toMatchObject({
      noticeStatus: 'sent-late',
      notice: { status: 'sent-late', leadMinutes: 30 * 60 },
      hoursHeld: 3,
      passed: true,
      disclaimer: 'Educational model, not legal advice.',
    });
    const again = await cli(['run', scenarioFile('late-notice'), '--json']);
    expect(again.stdout).toBe(r.stdout);
  });

  it('prints the report in Spanish with --lang es, times in the es-US locale; --json is the same in both', async () => {
    const r = await cli(['run', scenarioFile('late-notice'), '--lang', 'es']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Custodio: Example County Jail, horas en America/New_York');
    // Notice was sent Thu Oct 10, 2024 11:00 EDT: "jue 2024-10-10 11:00 EDT" in the table style.
    expect(r.stdout).toContain(
      'Aviso: sent-late: enviado jue 2024-10-10 11:00 EDT, 30 h antes de la liberación prevista',
    );
    expect(r.stdout).toContain('Desenlace: transferred-to-dhs (dhs-assumed-custody-during-hold)');
    expect(r.stdout).toContain('El DHS asumió la custodia durante la retención');
    expect(r.stdout.trimEnd().endsWith('Modelo educativo, no es asesoría legal.')).toBe(true);
    expect(r.stdout).not.toContain('Educational model');
    const en = await cli(['run', scenarioFile('late-notice'), '--lang', 'en']);
    expect(en.stdout).toBe((await cli(['run', scenarioFile('late-notice')])).stdout);
    const json = await cli(['run', scenarioFile('late-notice'), '--json', '--lang', 'es']);
    expect(json.stdout).toBe((await cli(['run', scenarioFile('late-notice'), '--json'])).stdout);
  });

  it('exits 2 with one line naming the allowed values for an unknown --lang', async () => {
    const r = await cli(['run', scenarioFile('late-notice'), '--lang', 'fr']);
    expectOneLineError(r, /--lang must be "en" or "es", got "fr".*use --lang en or --lang es/);
  });

  it('gives the steps in Spanish with --lang es, read by key from the machine catalogs', async () => {
    const r = await cli(['run', scenarioFile('late-notice'), '--lang', 'es']);
    expect(r.stdout).toContain('El DHS asume la custodia antes del plazo.');
    expect(r.stdout).not.toContain('DHS assumes custody before the deadline.');
  });

  it('takes --lang on compare, simulate, policies, check-psp, validate and diagram; any other value exits 2', async () => {
    const runs: string[][] = [
      ['compare', scenarioFile('notify-only'), '--policy', 'judicial-warrant-required'],
      ['simulate', '--cases', '20', '--seed', '1', '--policy', 'full-cooperation'],
      ['policies'],
      ['check-psp', 'full-cooperation'],
    ];
    for (const args of runs) {
      const es = await cli([...args, '--lang', 'es']);
      expect(es.code, args[0]).toBe(0);
      expect(es.stdout.trimEnd().endsWith('Modelo educativo, no es asesoría legal.'), args[0]).toBe(true);
      expect((await cli([...args, '--lang', 'en'])).stdout, args[0]).toBe((await cli(args)).stdout);
      expectOneLineError(await cli([...args, '--lang', 'fr']), /--lang must be "en" or "es", got "fr"/);
    }
    expect((await cli(['validate', scenarioFile('notify-only'), '--lang', 'es'])).code).toBe(0);
    expectOneLineError(await cli(['validate', scenarioFile('notify-only'), '--lang', 'xx']), /--lang must be/);
    const diagram = await cli(['diagram', '--lang', 'es']);
    expect(diagram.stdout).toContain('state "Retención en curso" as holding');
    expect((await cli(['diagram', '--lang', 'en'])).stdout).toBe((await cli(['diagram'])).stdout);
    expectOneLineError(await cli(['diagram', '--lang', 'de']), /--lang must be/);
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
      /^detainer: \/nonexistent\/nope\.json: no such file, library lesson or library scenario: the library lessons are: the-48-hour-hold, .*the scenarios: california-state-prison-duties-to-person, colorado-access-non-public-needs-judicial-warrant, counting-rule-calendar-thursday, /,
    );
  });
});

describe('detainer validate, on lesson files', () => {
  const lessonFile = (id: string) => fileURLToPath(new URL(`../../lessons/${id}.json`, import.meta.url));
  const lessonJson = (id: string) => JSON.parse(readFileSync(lessonFile(id), 'utf8')) as { sections: unknown[] };

  it('tells a lesson from a scenario by its format, and checks its answers against the model', async () => {
    const r = await cli(['validate', lessonFile('weekday-or-calendar')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /valid lesson "weekday-or-calendar" \(Two ways to count 48 hours\), 5 sections, 2 answers checked/,
    );
    expect(r.stdout).toContain('the model agrees with every answer');
    const byId = await cli(['validate', 'holiday-weekend', '--json']);
    expect(byId.code).toBe(0);
    const json = JSON.parse(byId.stdout);
    expect(json).toMatchObject({ valid: true, kind: 'lesson', id: 'holiday-weekend', passed: true });
    expect(json.checks[0]).toMatchObject({
      kind: 'predict',
      measure: 'hold-ends-at',
      met: true,
      actual: '2014-09-03T21:00:00.000Z',
    });
  });

  it('exits 1 and names the section when the model contradicts an answer', async () => {
    const lesson = lessonJson('weekday-or-calendar');
    const i = lesson.sections.findIndex((s) => (s as { kind: string }).kind === 'predict');
    lesson.sections[i] = { ...(lesson.sections[i] as object), answer: 'monday' };
    const r = await cli(['validate', 'wrong.json'], { 'wrong.json': JSON.stringify(lesson) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`✗ sections\\.${i} \\(weekday-deadline\\): the lesson's answer "monday"`));
    expect(r.stdout).toContain('1 answer the model contradicts');
  });

  it('refuses a malformed lesson with one line naming the field (exit 2)', async () => {
    const lesson = lessonJson('weekday-or-calendar');
    lesson.sections.push({ kind: 'narrative', id: 'x', paragraphs: [{ text: 'Uncited.', citations: ['nope'] }] });
    const bad = JSON.stringify(lesson);
    expectOneLineError(
      await cli(['validate', 'bad.json'], { 'bad.json': bad }),
      /^detainer: sections\.5\.paragraphs\.0\.citations\.0: /,
    );
    expectJsonError(await cli(['validate', 'bad.json', '--json'], { 'bad.json': bad }), {
      code: 'invalid-lesson',
      field: 'sections.5.paragraphs.0.citations.0',
      message: /./,
    });
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

/** The `--json` error printed for a bad invocation: one line of JSON on stdout, nothing on stderr, exit 2. */
function expectJsonError(r: Captured, expected: { code: string; field?: string; message: RegExp }) {
  expect(r.code).toBe(2);
  expect(r.stderr).toBe('');
  expect(r.stdout.endsWith('\n')).toBe(true);
  expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  const json = JSON.parse(r.stdout) as { ok: boolean; error: Record<string, unknown> };
  expect(json.ok).toBe(false);
  expect(Object.keys(json.error)).toEqual(expect.arrayContaining(['code', 'field', 'message', 'fix']));
  expect(json.error.code).toBe(expected.code);
  if (expected.field !== undefined) expect(json.error.field).toBe(expected.field);
  expect(json.error.message).toMatch(expected.message);
  expect(String(json.error.fix).length).toBeGreaterThan(5);
  expect(r.stdout).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  return json.error;
}

const SIM = ['simulate', '--policy', 'notify-only'];

describe('detainer: input files are size-checked before they are read', () => {
  /** A fake open file: `size` for a regular file, or an endless device when `size` is null. */
  function fakeHandle(size: number | null) {
    let bytesRead = 0;
    let reads = 0;
    const handle = {
      stat: async () => ({ isFile: () => size !== null, isDirectory: () => false, size: size ?? 0 }),
      read: async (buffer: Buffer, offset: number, length: number) => {
        reads += 1;
        buffer.fill(0x41, offset, offset + length);
        bytesRead += length;
        return { bytesRead: length, buffer };
      },
    } as unknown as ReadableHandle;
    return { handle, stats: () => ({ bytesRead, reads }) };
  }

  it('refuses a regular file over the cap from its size, without reading it', async () => {
    const { handle, stats } = fakeHandle(MAX_INPUT_BYTES + 1);
    await expect(readHandleCapped(handle, MAX_INPUT_BYTES)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(stats().reads).toBe(0);
  });

  it('stops reading an endless device or pipe just past the cap', async () => {
    const { handle, stats } = fakeHandle(null);
    await expect(readHandleCapped(handle, MAX_INPUT_BYTES)).rejects.toMatchObject({ code: 'EFBIG' });
    expect(stats().bytesRead).toBe(MAX_INPUT_BYTES + 1);
  });

  it('reads a device or pipe that ends within the cap', async () => {
    let left = 3;
    const handle = {
      stat: async () => ({ isFile: () => false, isDirectory: () => false, size: 0 }),
      read: async (buffer: Buffer, offset: number) => {
        if (left === 0) return { bytesRead: 0, buffer };
        left -= 1;
        buffer.write('{}\n', offset);
        return { bytesRead: 3, buffer };
      },
    } as unknown as ReadableHandle;
    expect(await readHandleCapped(handle, MAX_INPUT_BYTES)).toBe('{}\n{}\n{}\n');
  });

  it('exits 2 with one line for a file over 5 MB, and prints a JSON error under --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'detainer-cli-'));
    try {
      const big = join(dir, 'big.json');
      writeFileSync(big, '');
      truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: nothing is written, and nothing need be read
      expectOneLineError(await cli(['run', big]), /big\.json: the file is over 5 MB: give a scenario/);
      expectJsonError(await cli(['validate', big, '--json']), { code: 'file-too-large', message: /over 5 MB/ });
      expectOneLineError(await cli(['validate', dir]), /it is a directory, not a file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('detainer: bad arguments, in the project’s wording', () => {
  it('bounds --workers by the machine', async () => {
    expectOneLineError(
      await cli([...SIM, '--seed', '1', '--workers', '64'], {}, false, 2),
      /^detainer: --workers must be at most 2 on this machine \(it runs 2 threads at once\), got 64: use --workers 2 or fewer/,
    );
    expectOneLineError(
      await cli([...SIM, '--seed', '1', '--workers', '2'], {}, false, 1),
      /--workers must be at most 1 on this machine \(it runs 1 thread at once\)/,
    );
    expectOneLineError(await cli([...SIM, '--seed', '1', '--workers', '65'], {}, false, 256), /at most 64, got "65"/);
    expectJsonError(await cli([...SIM, '--seed', '1', '--workers', '64', '--json'], {}, false, 2), {
      code: 'invalid-argument',
      field: '--workers',
      message: /^--workers must be at most 2 on this machine/,
    });
  });

  it.each(['1,,0', '1_0', '10,00', '1,000_000', ',100', '100,', '1e4', '+5', '-5', '1.5', '0x10', '', '١٠'])(
    'refuses --cases %j',
    async (value) => {
      const r = await cli([...SIM, '--seed', '1', '--cases', value]);
      expectOneLineError(r, /^detainer: --cases must be a whole number from 1 to 10,000,000, got "/);
      expect(r.stderr).toContain('write digits only, optionally grouped by thousands with "," or "_"');
      expectJsonError(await cli([...SIM, '--seed', '1', '--cases', value, '--json']), {
        code: 'invalid-argument',
        field: '--cases',
        message: /^--cases must be a whole number/,
      });
    },
  );

  it('reads digits, and digits grouped by thousands with "," or "_"', async () => {
    for (const value of ['1200', '1,200', '1_200', ' 1200 ', '01200']) {
      const r = await cli([...SIM, '--seed', '3', '--cases', value, '--json']);
      expect(r.code, value).toBe(0);
      expect(JSON.parse(r.stdout).cases, value).toBe(1200);
    }
  });

  it('refuses a seed too large for the generator with the project wording, not zod’s', async () => {
    const r = await cli([...SIM, '--seed', '99999999999999999999']);
    expectOneLineError(
      r,
      /^detainer: --seed must be at most 4,294,967,295, got "99999999999999999999": use a whole number from 0 to 4,294,967,295$/m,
    );
    expect(r.stderr).not.toMatch(/Invalid input|expected int|received number|Too big/i);
    expectOneLineError(await cli([...SIM, '--seed', '4294967296']), /--seed must be at most 4,294,967,295/);
    expect((await cli([...SIM, '--cases', '10', '--seed', '4,294,967,295', '--json'])).code).toBe(0);
    expectJsonError(await cli([...SIM, '--json']), { code: 'invalid-argument', field: '--seed', message: /required/ });
  });

  it('refuses an unknown diagram format in the project wording', async () => {
    expectOneLineError(
      await cli(['diagram', '--format', 'svg']),
      /^detainer: --format must be "mermaid", "json" or "dot", got "svg": use --format mermaid/,
    );
  });

  it('prints commander’s refusals as one JSON line under --json', async () => {
    expectJsonError(await cli(['run', '--json']), { code: 'invalid-argument', message: /missing required argument/ });
    expectJsonError(await cli(['run', scenarioFile('notify-only'), '--jsn', '--json']), {
      code: 'invalid-argument',
      field: '--jsn',
      message: /unknown option '--jsn'/,
    });
    expectJsonError(await cli(['compare', scenarioFile('notify-only'), '--json']), {
      code: 'invalid-argument',
      field: '--policy',
      message: /compare needs at least one --policy/,
    });
  });

  it('prints a bad scenario as JSON with its field and issues under --json', async () => {
    const error = expectJsonError(await cli(['run', 'bad.json', '--json'], { 'bad.json': badScenario() }), {
      code: 'invalid-scenario',
      field: 'steps.4.event.reason',
      message: /expected a release reason/,
    });
    expect(error.issues).toEqual([expect.objectContaining({ field: 'steps.4.event.reason' })]);
    expectJsonError(await cli(['validate', 'x.json', '--json'], { 'x.json': '{' }), {
      code: 'invalid-json',
      field: 'x.json',
      message: /not valid JSON/,
    });
  });

  it('still exits 1, with the run as JSON, when an expectation fails under --json', async () => {
    const s = { ...getScenario('notify-only'), expect: { outcome: 'transferred-to-dhs' } };
    const r = await cli(['run', 'fail.json', '--json'], { 'fail.json': JSON.stringify(s) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).passed).toBe(false);
  });
});

describe('detainer: time zones are stored under their canonical name', () => {
  it('reads america/new_york as America/New_York', async () => {
    const s = structuredClone(getScenario('weekday-rule-friday-release')) as unknown as {
      custodian: { timeZone: string };
    };
    s.custodian.timeZone = 'america/new_york';
    expect(parseScenario(s).custodian.timeZone).toBe('America/New_York');
    expect(runScenario(parseScenario(s)).case.context.custodian.timeZone).toBe('America/New_York');
    const r = await cli(['run', 'lower.json'], { 'lower.json': JSON.stringify(s) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('times in America/New_York');
    expect(r.stdout).not.toContain('america/new_york');
    s.custodian.timeZone = 'Mars/Olympus';
    expectOneLineError(
      await cli(['validate', 'mars.json'], { 'mars.json': JSON.stringify(s) }),
      /^detainer: custodian\.timeZone: expected an IANA time zone name such as "America\/New_York", got "Mars\/Olympus"/,
    );
  });
});

describe('detainer: library scenarios by id', () => {
  it('runs, validates and compares a library scenario named by its id', async () => {
    const byId = await cli(['run', 'weekday-rule-friday-release']);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toBe((await cli(['run', scenarioFile('weekday-rule-friday-release')])).stdout);
    const valid = await cli(['validate', 'notify-only']);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('library scenario "notify-only": valid scenario "notify-only"');
    const compared = await cli(['compare', 'notify-only', '--policy', 'decline-all', '--json']);
    expect(compared.code).toBe(0);
    expect(JSON.parse(compared.stdout).scenario.id).toBe('notify-only');
  });

  it('prefers a file of that name, and names the ids when there is neither', async () => {
    const s = { ...getScenario('notify-only'), title: 'My local copy' };
    const local = await cli(['validate', 'notify-only'], { 'notify-only': JSON.stringify(s) });
    expect(local.stdout).toContain('notify-only: valid scenario "notify-only" (My local copy)');
    const r = await cli(['run', 'weekday-rule-friday']);
    expectOneLineError(
      r,
      /^detainer: weekday-rule-friday: no such file or library scenario: the library ids are: .*weekday-rule-friday-release; or give the path of a scenario file$/m,
    );
    expectJsonError(await cli(['run', 'weekday-rule-friday', '--json']), {
      code: 'unknown-scenario',
      field: '<scenario>',
      message: /no such file or library scenario/,
    });
  });
});

describe('the SDK README’s CLI section', () => {
  it('shows the --json error that the CLI prints', async () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const cliSection = readme.slice(readme.indexOf('## CLI'), readme.indexOf('## Errors'));
    const block = /```json\n([\s\S]*?)```/.exec(cliSection)?.[1];
    const r = await cli(['simulate', '--policy', 'notify-only', '--seed', '99999999999999999999', '--json']);
    expect(JSON.parse(block ?? 'null')).toEqual(JSON.parse(r.stdout));
  });
});
