import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../test-support/fast-check.js';
import { POLICY_SWITCH_DEFAULTS } from '../policy/schema.js';
import { resolveLayers } from './resolve.js';
import { isLayerInForce, LAW_SWITCH_KEYS, type LawLayer, LawLayerSchema } from './schema.js';

const DATES = [
  '2010-01-01',
  '2015-07-02',
  '2017-04-02',
  '2018-01-01',
  '2019-07-01',
  '2021-01-01',
  '2025-10-01',
  '2025-12-01',
];
const date = fc.constantFrom(...DATES);
const holdValue = fc.constantFrom('never', 'judicial-warrant', 'listed-offenses', 'always');
const notifyValue = fc.constantFrom('barred', 'never', 'listed-offenses', 'always');

/** The base layer: sets every switch, so every switch has a value to resolve. */
const FLOOR = LawLayerSchema.parse({
  id: 'federal/floor',
  jurisdiction: 'federal',
  kind: 'regulation',
  title: 'Floor',
  effectiveFrom: '2000-01-01',
  status: 'confirmed',
  citations: ['cfr-287.7-d'],
  sets: { ...POLICY_SWITCH_DEFAULTS, hold: 'always', notify: 'always', access: 'allowed', transferAtRelease: 'always' },
});

const layerArb = (i: number) =>
  fc
    .record({
      where: fc.constantFrom('federal', 'us-nc', 'us-ca', 'us-tx/harris-county', 'local'),
      kind: fc.constantFrom('statute', 'court-decision', 'local-policy', 'directive'),
      from: date,
      lasts: fc.option(fc.integer({ min: 1, max: 4000 }), { nil: undefined }),
      hold: fc.option(holdValue, { nil: undefined }),
      notify: fc.option(notifyValue, { nil: undefined }),
      lockHold: fc.option(fc.tuple(holdValue, fc.constantFrom('exactly', 'at-most', 'at-least')), { nil: undefined }),
      lockCounting: fc.option(fc.constantFrom('calendar', 'excludeWeekendsAndHolidays'), { nil: undefined }),
      option: fc.boolean(),
    })
    .map((r): LawLayer => {
      const until =
        r.lasts === undefined
          ? undefined
          : new Date(Date.parse(`${r.from}T00:00:00Z`) + r.lasts * 86_400_000).toISOString().slice(0, 10);
      const local = r.kind === 'local-policy';
      return LawLayerSchema.parse({
        id: `${r.where}/layer-${i}`,
        jurisdiction: r.where,
        kind: r.kind,
        title: `Layer ${i}`,
        effectiveFrom: r.from,
        effectiveUntil: until,
        status: 'secondary',
        citations: ['ilrc-map-2016'],
        option: r.option,
        sets: { ...(r.hold ? { hold: r.hold } : {}), ...(r.notify ? { notify: r.notify } : {}) },
        locks: local
          ? []
          : [
              ...(r.lockHold ? [{ switch: 'hold', value: r.lockHold[0], bound: r.lockHold[1], reason: 'test' }] : []),
              ...(r.lockCounting ? [{ switch: 'countingRule', value: r.lockCounting, reason: 'test' }] : []),
            ],
      });
    });

const stack = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => layerArb(i))))
  .map((layers) => [FLOOR, ...layers]);
const asOf = fc
  .date({ min: new Date('2005-01-01'), max: new Date('2032-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionsOf = (layers: readonly LawLayer[], pick: number) =>
  layers.filter((_, i) => (pick >> i) & 1).map((l) => l.id);

describe('resolveLayers (properties)', () => {
  it('does give the same result for the same input, in any order of the layers', () => {
    fc.assert(
      fc.property(stack, asOf, fc.nat(511), fc.integer(), (layers, day, pick, seed) => {
        const options = optionsOf(layers, pick);
        const a = resolveLayers({ layers, asOf: day, options });
        const b = resolveLayers({ layers, asOf: day, options });
        const shuffled =
          fc.sample(fc.shuffledSubarray(layers, { minLength: layers.length }), { numRuns: 1, seed })[0] ?? layers;
        expect(b).toEqual(a);
        expect(resolveLayers({ layers: shuffled, asOf: day, options: [...options].reverse() })).toEqual(a);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does give every switch exactly one deciding layer, in force, that sets or locks it', () => {
    fc.assert(
      fc.property(stack, asOf, fc.nat(511), (layers, day, pick) => {
        const law = resolveLayers({ layers, asOf: day, options: optionsOf(layers, pick) });
        const inForce = new Set(law.inForce.map((l) => l.layerId));
        for (const key of LAW_SWITCH_KEYS) {
          const s = law.switches[key];
          expect(s, key).toBeDefined();
          if (!s) continue;
          expect(inForce.has(s.decidedBy.layerId)).toBe(true);
          const layer = layers.find((l) => l.id === s.decidedBy.layerId);
          const sets = layer?.sets[key] !== undefined;
          const locks = layer?.locks.some((l) => l.switch === key) === true;
          expect(s.decidedBy.via === 'sets' ? sets : locks).toBe(true);
          expect(s.overridden.every((o) => o.layerId !== s.decidedBy.layerId && o.by === s.decidedBy.layerId)).toBe(
            true,
          );
          expect(s.overridden.every((o) => JSON.stringify(o.value) !== JSON.stringify(s.value))).toBe(true);
          expect(law.policy[key]).toEqual(s.value);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('does never apply a layer outside its dates, nor an option not turned on', () => {
    fc.assert(
      fc.property(stack, asOf, fc.nat(511), (layers, day, pick) => {
        const options = optionsOf(layers, pick);
        const law = resolveLayers({ layers, asOf: day, options });
        for (const ref of law.inForce) {
          const layer = layers.find((l) => l.id === ref.layerId);
          expect(layer && isLayerInForce(layer, day)).toBe(true);
          if (layer?.option) expect(options).toContain(layer.id);
        }
        for (const n of law.notApplied) {
          const layer = layers.find((l) => l.id === n.layer.layerId);
          if (n.why === 'not-yet-in-force') expect(day < (layer?.effectiveFrom ?? '')).toBe(true);
          if (n.why === 'no-longer-in-force') expect(day >= (layer?.effectiveUntil ?? '9999')).toBe(true);
        }
        expect(law.inForce.length + law.notApplied.length).toBe(layers.length);
      }),
      { numRuns: runs(300) },
    );
  });
});
