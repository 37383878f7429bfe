import { describe, expect, it } from 'vitest';
import {
  MAX_POPULATION_PART_LENGTH,
  populationHashPart,
  readPopulationHash,
  withPopulationPart,
} from './population-link';
import { DEFAULT_POPULATION_SETTINGS, type PopulationSettings } from './population-settings';

const mixed: PopulationSettings = {
  policies: [{ kind: 'current' }, { kind: 'preset', preset: 'notify-only' }, { kind: 'counting', rule: 'calendar' }],
  cases: 20_000,
  seed: 4_294_967_295,
};

const refusal = (why: string) =>
  `The population settings in this link cannot be opened (${why}); the rest of the link is unaffected. Choose them again in the population view.`;

describe('populationHashPart and readPopulationHash', () => {
  it('writes the settings as compare-mode tokens and reads them back', () => {
    expect(populationHashPart(DEFAULT_POPULATION_SETTINGS)).toBe(
      'population=cases:3083,seed:2017,preset:full-cooperation,preset:notify-only,preset:decline-all',
    );
    for (const s of [DEFAULT_POPULATION_SETTINGS, mixed]) {
      expect(readPopulationHash(`#share=dk1.abc&${populationHashPart(s)}`)).toEqual({ kind: 'ok', settings: s });
    }
    expect(readPopulationHash(`#${populationHashPart(mixed)}&compare=current,preset:notify-only`)).toEqual({
      kind: 'ok',
      settings: mixed,
    });
  });

  it('reads nothing from a hash without a population part', () => {
    expect(readPopulationHash('')).toEqual({ kind: 'none' });
    expect(readPopulationHash('#share=dk1.abc&compare=current,preset:notify-only')).toEqual({ kind: 'none' });
  });

  it.each([
    ['population=cases:0,seed:1,current', 'population.cases: cases must be a whole number from 1 to 200,000'],
    ['population=cases:2.5,seed:1,current', 'population.cases: cases must be a whole number from 1 to 200,000'],
    ['population=seed:1,current', 'population.cases: cases must be a whole number from 1 to 200,000'],
    ['population=cases:10,seed:-1,current', 'population.seed: seed must be a whole number from 0 to 4,294,967,295'],
    ['population=cases:10,seed:1,seed:2,current', 'population.seed: give seed once'],
    ['population=cases:10,cases:2,seed:1,current', 'population.cases: give cases once'],
    ['population=cases:10,seed:1', 'population.policies: choose 1, 2 or 3 policies'],
    ['population=cases:10,seed:1,current,current,current,current', 'population.policies: choose 1, 2 or 3 policies'],
    ['population=%E0%A4%A', 'the population part is not valid URL text'],
  ])('refuses %s, naming the field', (part, why) => {
    expect(readPopulationHash(`#share=dk1.abc&${part}`)).toEqual({ kind: 'error', message: refusal(why) });
  });

  it('refuses a policy it does not know, naming the policy, and an overlong part', () => {
    const r = readPopulationHash('#population=cases:10,seed:1,current,preset:nope');
    expect(r.kind).toBe('error');
    if (r.kind === 'error')
      expect(r.message).toMatch(
        /^The population settings in this link cannot be opened \(population\.policies\.1\.preset: /,
      );
    const unknown = readPopulationHash('#population=cases:10,seed:1,sometimes');
    expect(unknown).toEqual({
      kind: 'error',
      message: refusal(
        'population.policies.0.kind: a column is “current”, “preset:<preset id>” or “counting:<counting rule>”',
      ),
    });
    const long = `#population=cases:10,seed:1,${'current,'.repeat(40)}`;
    expect(readPopulationHash(long)).toEqual({
      kind: 'error',
      message: refusal(
        `the population part is ${long.length - '#population='.length} characters; at most ${MAX_POPULATION_PART_LENGTH}`,
      ),
    });
  });
});

describe('withPopulationPart', () => {
  it('adds the part after the share and compare parts, or replaces an older one', () => {
    const part = populationHashPart(mixed);
    expect(withPopulationPart('', mixed)).toBe(`#${part}`);
    expect(withPopulationPart('#share=dk1.abc&compare=current,preset:notify-only', mixed)).toBe(
      `#share=dk1.abc&compare=current,preset:notify-only&${part}`,
    );
    expect(withPopulationPart(`#share=dk1.abc&${populationHashPart(DEFAULT_POPULATION_SETTINGS)}`, mixed)).toBe(
      `#share=dk1.abc&${part}`,
    );
  });

  it('gives a bare share token (an older link) its key, so it still reads beside the new part', () => {
    expect(withPopulationPart('#dk1.abc', mixed)).toBe(`#share=dk1.abc&${populationHashPart(mixed)}`);
  });
});
