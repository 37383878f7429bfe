import {
  encodeShareLink,
  MAX_SHARE_LINK_LENGTH,
  POLICY_PRESET_IDS,
  POLICY_PRESETS,
  runScenario,
  SCENARIO_LIBRARY,
} from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  MAX_SCENARIO_FILE_BYTES,
  presetIdOf,
  readScenarioFile,
  readShareHash,
  scenarioFromBranch,
  shareHash,
  shareTokenFromHash,
} from './share-state';

const first = SCENARIO_LIBRARY[0];
if (!first) throw new Error('empty library');

describe('share links in the hash', () => {
  it('finds the token in #share=… or a bare #dk1.…', () => {
    expect(shareTokenFromHash('#share=dk1.abc')).toBe('dk1.abc');
    expect(shareTokenFromHash('#dk1.abc')).toBe('dk1.abc');
    expect(shareTokenFromHash('#main')).toBeNull();
    expect(shareTokenFromHash('')).toBeNull();
  });
  it('round-trips a scenario and a position', () => {
    const token = encodeShareLink({ scenario: first, position: 2 });
    const read = readShareHash(shareHash(token));
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') {
      expect(read.position).toBe(2);
      expect(read.scenario.id).toBe(first.id);
    }
  });
  it.each([
    ['garbage', '#share=dk1.%%%not-base64'],
    ['another version', '#share=dk9.abcd'],
    ['not a link', '#share=hello'],
    [
      'hostile JSON',
      `#share=dk1.${Buffer.from('{"scenario":{"title":"<img src=x onerror=alert(1)>"},"position":0}').toString('base64url')}`,
    ],
    ['oversized', `#share=dk1.${'A'.repeat(MAX_SHARE_LINK_LENGTH + 400)}`],
  ])('refuses %s with a message, never throwing', (_name, hash) => {
    const read = readShareHash(hash);
    expect(read.kind).toBe('error');
    if (read.kind === 'error') expect(read.message.length).toBeGreaterThan(10);
  });
});

describe('error messages', () => {
  it('lists the first problems once and counts the rest', () => {
    const token = `dk1.${Buffer.from('{"scenario":{"title":"x"},"position":0}').toString('base64url')}`;
    const read = readShareHash(shareHash(token));
    expect(read.kind).toBe('error');
    if (read.kind !== 'error') return;
    const parts = read.message.split(' • ');
    expect(read.message).not.toMatch(/\(and \d+ more problems?\)/);
    expect(parts.length).toBeLessThanOrEqual(5);
    expect(new Set(parts).size).toBe(parts.length);
    expect(parts.at(-1)).toMatch(/^and \d+ more problems?$/);
  });
});

describe('scenario files', () => {
  it('refuses a file that is too large, not JSON, or not a scenario', () => {
    expect(readScenarioFile('{}', MAX_SCENARIO_FILE_BYTES + 1, 'big.json')).toMatchObject({ ok: false });
    const notJson = readScenarioFile('not json', 8, 'x.json');
    expect(notJson.ok).toBe(false);
    if (!notJson.ok) expect(notJson.message).toContain('not a JSON file');
    const bad = readScenarioFile(JSON.stringify({ format: 'detainer-kit/scenario', version: 1 }), 60, 'bad.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('not a valid scenario');
  });
  it('reads a library scenario written as a file', () => {
    const text = JSON.stringify(first);
    expect(readScenarioFile(text, text.length, 'ok.json')).toMatchObject({ ok: true });
  });
});

describe('scenarioFromBranch', () => {
  it('captures a run so that running it again gives the same timeline and outcome', () => {
    for (const scenario of SCENARIO_LIBRARY) {
      const run = runScenario(scenario);
      const policy = run.policy;
      const again = scenarioFromBranch({
        base: {
          id: scenario.id,
          title: scenario.title,
          custodian: scenario.custodian,
          subject: scenario.subject,
          bookedAt: scenario.bookedAt,
          law: scenario.law,
        },
        policy,
        events: run.case.toJSON().events,
        now: run.case.now,
      });
      const rerun = runScenario(again);
      expect(rerun.outcome?.code ?? null, scenario.id).toBe(run.outcome?.code ?? null);
      expect(
        rerun.case.timeline.map((e) => e.to),
        scenario.id,
      ).toEqual(run.case.timeline.map((e) => e.to));
    }
  });
  it('names an unchanged preset by its id, and a changed one by none', () => {
    for (const id of POLICY_PRESET_IDS) {
      expect(presetIdOf(POLICY_PRESETS[id])).toBe(id);
      expect(presetIdOf({ ...POLICY_PRESETS[id], name: `${POLICY_PRESETS[id].name} (edited)` })).toBeNull();
    }
    // The library's scenarios that name a preset run under exactly that preset.
    const byPreset = SCENARIO_LIBRARY.filter((s) => typeof s.policy === 'string');
    expect(byPreset.length).toBeGreaterThan(0);
    for (const scenario of byPreset) {
      expect(presetIdOf(runScenario(scenario).policy), scenario.id).toBe(scenario.policy);
    }
  });
});

describe('a share link with a compare part', () => {
  it('does still open its scenario, the compare part being read on its own', () => {
    if (!first) throw new Error('library');
    const token = encodeShareLink({ scenario: first, position: 1 });
    const hash = `${shareHash(token)}&compare=current,preset:state-mandated-compliance,counting:excludeWeekendsAndHolidays`;
    expect(shareTokenFromHash(hash)).toBe(token);
    const read = readShareHash(hash);
    expect(read.kind).toBe('ok');
    if (read.kind === 'ok') expect(read.position).toBe(1);
  });
});
