import { POLICY_PRESETS, resolvePolicy, simulatePopulation } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POPULATION_SETTINGS,
  MAX_POPULATION_CASES,
  numberFromField,
  policyLabels,
  progressEvery,
  readPopulationSettings,
  simulationOptions,
} from './population-settings';

const current = resolvePolicy('notify-only');

describe('readPopulationSettings', () => {
  it('accepts the defaults: three presets, the first DDOR week of cases, seed 2017', () => {
    const r = readPopulationSettings(DEFAULT_POPULATION_SETTINGS);
    expect(r).toEqual({ ok: true, settings: DEFAULT_POPULATION_SETTINGS });
    expect(DEFAULT_POPULATION_SETTINGS.cases).toBe(3083);
  });

  it.each([
    [{ cases: 0 }, 'cases', 'cases must be a whole number from 1 to 200,000'],
    [{ cases: 2.5 }, 'cases', 'cases must be a whole number from 1 to 200,000'],
    [{ cases: MAX_POPULATION_CASES + 1 }, 'cases', 'cases must be a whole number from 1 to 200,000'],
    [{ cases: Number.NaN }, 'cases', 'cases must be a whole number from 1 to 200,000'],
    [{ seed: -1 }, 'seed', 'seed must be a whole number from 0 to 4,294,967,295'],
    [{ seed: 2 ** 32 }, 'seed', 'seed must be a whole number from 0 to 4,294,967,295'],
    [{ seed: 0.5 }, 'seed', 'seed must be a whole number from 0 to 4,294,967,295'],
    [{ policies: [] }, 'policies', 'choose 1, 2 or 3 policies'],
  ])('refuses %o, naming the field %s and the fix', (change, field, message) => {
    const r = readPopulationSettings({ ...DEFAULT_POPULATION_SETTINGS, ...change });
    expect(r).toEqual({ ok: false, field, message: `${field}: ${message}` });
  });

  it('refuses a fourth policy and a preset that does not exist', () => {
    const four = [...DEFAULT_POPULATION_SETTINGS.policies, { kind: 'current' }];
    expect(readPopulationSettings({ ...DEFAULT_POPULATION_SETTINGS, policies: four })).toMatchObject({
      ok: false,
      field: 'policies',
    });
    const bad = readPopulationSettings({
      ...DEFAULT_POPULATION_SETTINGS,
      policies: [{ kind: 'preset', preset: 'no-such-preset' }],
    });
    expect(bad).toMatchObject({ ok: false, field: 'policies.0.preset' });
  });
});

describe('numberFromField', () => {
  it('reads whole numbers with thousands separators, and nothing else', () => {
    expect(numberFromField(' 20,000 ')).toBe(20_000);
    expect(numberFromField('20_000')).toBe(20_000);
    expect(numberFromField('7')).toBe(7);
    expect(numberFromField('2.5')).toBe(2.5);
    expect(numberFromField('')).toBeNaN();
    expect(numberFromField('1e3')).toBeNaN();
    expect(numberFromField('lots')).toBeNaN();
  });
});

describe('simulationOptions', () => {
  it('names presets by id and passes the current policy (or its counting variant) as an object', () => {
    const o = simulationOptions(
      {
        policies: [
          { kind: 'preset', preset: 'decline-all' },
          { kind: 'current' },
          { kind: 'counting', rule: 'calendar' },
        ],
        cases: 5000,
        seed: 9,
      },
      current,
    );
    expect(o.policies).toEqual(['decline-all', current, { ...current, countingRule: 'calendar' }]);
    expect(o).toMatchObject({ cases: 5000, seed: 9, progressEvery: 50 });
  });

  it('asks for about a hundred progress reports, at least 50 cases apart', () => {
    expect(progressEvery(1)).toBe(50);
    expect(progressEvery(3083)).toBe(50);
    expect(progressEvery(20_000)).toBe(200);
    expect(progressEvery(200_000)).toBe(2000);
  });

  it('gives options the SDK runs, with the report naming each policy', async () => {
    const settings = readPopulationSettings({
      policies: [{ kind: 'preset', preset: 'full-cooperation' }, { kind: 'current' }],
      cases: 60,
      seed: 3,
    });
    if (!settings.ok) throw new Error(settings.message);
    const report = await simulatePopulation(simulationOptions(settings.settings, current));
    expect(report.cases).toBe(60);
    expect(report.policies.map((p) => [p.ref, p.name])).toEqual([
      ['full-cooperation', POLICY_PRESETS['full-cooperation'].name],
      [null, current.name],
    ]);
    expect(policyLabels(settings.settings)).toEqual([POLICY_PRESETS['full-cooperation'].name, 'Current policy']);
  });
});
