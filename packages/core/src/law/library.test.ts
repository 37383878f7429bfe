import { describe, expect, it } from 'vitest';
import { CITATIONS } from '../citations.js';
import { POLICY_PRESET_IDS, POLICY_PRESETS } from '../policy/presets.js';
import { dayAfter } from './library/federal.js';
import { allLibraryLayers, getJurisdiction, listJurisdictions, presetLayers } from './library/index.js';
import { resolveLaw } from './resolve-law.js';
import type { LawLayer } from './schema.js';

const dayBefore = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

/** The library jurisdiction whose profile holds the layer (`federal` for the floor). */
function homeOf(layer: LawLayer): string {
  const state = layer.jurisdiction.match(/^us-[a-z]{2}/)?.[0];
  return state ?? 'federal';
}

const datedLayers = allLibraryLayers().filter((l) => l.kind !== 'local-policy');

describe('the jurisdiction library', () => {
  it('does hold the federal floor and the fifteen states of issue #12, each layer cited and unique', () => {
    expect(listJurisdictions().map((j) => j.id)).toEqual([
      'federal',
      'us-ca',
      'us-co',
      'us-fl',
      'us-ga',
      'us-ia',
      'us-il',
      'us-ma',
      'us-mt',
      'us-nc',
      'us-nj',
      'us-ny',
      'us-or',
      'us-tx',
      'us-wa',
    ]);
    const ids = allLibraryLayers().map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const layer of allLibraryLayers()) {
      expect(layer.citations.length, layer.id).toBeGreaterThan(0);
      // A layer is never better checked than its weakest-needed source says: a confirmed layer cites a confirmed source.
      if (layer.status === 'confirmed') {
        expect(
          layer.citations.some((c) => CITATIONS[c].status === 'confirmed'),
          layer.id,
        ).toBe(true);
      }
    }
    expect(getJurisdiction('us-zz')).toBeUndefined();
  });

  it('does keep each unverified reading an option, off by default', () => {
    for (const layer of datedLayers) if (layer.status === 'unverified') expect(layer.option, layer.id).toBe(true);
  });

  it('does turn the seven presets into local-policy layers with the presets’ switches', () => {
    expect(presetLayers().map((l) => l.id)).toEqual(POLICY_PRESET_IDS.map((id) => `local/${id}`));
    for (const id of POLICY_PRESET_IDS) {
      const law = resolveLaw({ asOf: '2010-01-01', local: id });
      const { name: _n, description: _d, citations: _c, ...switches } = law.policy;
      const { name: _pn, description: _pd, citations: _pc, ...preset } = POLICY_PRESETS[id];
      expect(switches, id).toEqual(preset);
    }
  });

  // A boundary test on each side of every effective date in the library: the day before `effectiveFrom` the layer
  // is not yet in force, on it it is; the day before `effectiveUntil` it still is, on it it no longer is.
  describe.each(datedLayers.filter((l) => l.datePrecision !== 'open-start').map((l) => [l.id, l] as const))(
    'boundaries of %s',
    (_id, layer) => {
      const at = (asOf: string) =>
        resolveLaw({ jurisdiction: homeOf(layer), asOf, options: layer.option ? [layer.id] : [] });
      it(`does not apply on ${dayBefore(layer.effectiveFrom)} and applies on ${layer.effectiveFrom}`, () => {
        const before = at(dayBefore(layer.effectiveFrom));
        expect(before.inForce.map((l) => l.layerId)).not.toContain(layer.id);
        expect(before.notApplied).toContainEqual({
          layer: expect.objectContaining({ layerId: layer.id }),
          why: 'not-yet-in-force',
        });
        const on = at(layer.effectiveFrom);
        expect(on.inForce.map((l) => l.layerId)).toContain(layer.id);
        for (const lock of layer.locks) expect(on.switches[lock.switch]?.locked?.layerId, lock.switch).toBe(layer.id);
      });
      if (layer.effectiveUntil !== undefined) {
        const until = layer.effectiveUntil;
        it(`applies on ${dayBefore(until)} and no longer on ${until}`, () => {
          expect(at(dayBefore(until)).inForce.map((l) => l.layerId)).toContain(layer.id);
          expect(at(until).notApplied).toContainEqual({
            layer: expect.objectContaining({ layerId: layer.id }),
            why: 'no-longer-in-force',
          });
        });
      }
    },
  );

  it('does date the form layers from FORM_ERAS (an era’s last day + 1 is the layer’s effectiveUntil)', () => {
    const pep = allLibraryLayers().find((l) => l.id === 'federal/form-i247dnx-pep');
    expect([pep?.effectiveFrom, pep?.effectiveUntil]).toEqual(['2015-07-02', '2017-04-02']);
    expect(dayAfter('2017-04-01')).toBe('2017-04-02');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });
});
