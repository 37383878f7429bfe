import { describe, expect, it } from 'vitest';
import { isCitationId } from '../citations.js';
import { CONDITION_SET_IDS, CONDITION_SETS, checkConditionSet } from './condition-sets.js';
import { checkByrneJag2017, checkPublicSafetyPartnership } from './federal-conditions.js';
import { POLICY_PRESET_IDS, POLICY_PRESETS } from './presets.js';

const dayBefore = (day: string): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};
const FULL = POLICY_PRESETS['full-cooperation'];

describe('condition sets', () => {
  it.each(POLICY_PRESET_IDS)('does read the %s preset as the PSP and Byrne JAG FY2017 checks do', (id) => {
    const p = POLICY_PRESETS[id];
    const strip = (r: { litigation: unknown }[]) => r.map(({ litigation: _l, ...rest }) => rest);
    expect(strip([...checkConditionSet('psp-2017', p).requirements])).toEqual(
      checkPublicSafetyPartnership(p).requirements,
    );
    expect(strip([...checkConditionSet('byrne-jag-fy2017', p).requirements])).toEqual(
      checkByrneJag2017(p).requirements,
    );
  });

  it('does keep "meets requirement 2" and "requirement 2 is struck down in the 9th Circuit since 2020-07-13" apart', () => {
    const before = checkConditionSet('byrne-jag-fy2017', FULL, { asOf: '2020-07-12' }).requirements[1];
    const after = checkConditionSet('byrne-jag-fy2017', FULL, { asOf: '2020-07-13' }).requirements[1];
    expect([before?.id, before?.status, after?.status]).toEqual(['notice', 'met', 'met']);
    expect(before?.litigation.some((l) => l.court === '9th Cir.')).toBe(false);
    expect(after?.litigation.find((l) => l.court === '9th Cir.')).toMatchObject({
      outcome: 'struck-down',
      since: '2020-07-13',
      text: 'struck down in the 9th Circuit (San Francisco, California), 9th Cir., since 2020-07-13',
      citations: ['sf-v-barr-9th-2020'],
    });
    // The 2nd Circuit upheld the conditions (Feb 26, 2020): both rulings are listed, the split visible.
    expect(after?.litigation.find((l) => l.court === '2d Cir.')?.outcome).toBe('upheld');
  });

  it('does list the DHS FY2025 terms as vacated for DHS/FEMA grants from 2025-09-24, not before', () => {
    const decline = POLICY_PRESETS['decline-all'];
    const before = checkConditionSet('dhs-standard-terms-fy2025', decline, { asOf: '2025-09-23' });
    const after = checkConditionSet('dhs-standard-terms-fy2025', decline, { asOf: '2025-09-24' });
    expect(before.requirements.map((r) => [r.id, r.status, r.litigation.length])).toEqual([
      ['hold', 'not-met', 0],
      ['access', 'not-met', 0],
    ]);
    expect(after.requirements.every((r) => r.litigation[0]?.outcome === 'vacated')).toBe(true);
  });

  it('does add information sharing to FY2018, not modeled, and lists undated rulings only without a date', () => {
    const r = checkConditionSet('byrne-jag-fy2018', FULL);
    expect(r.requirements.map((q) => [q.id, q.status])).toEqual([
      ['access', 'met'],
      ['notice', 'met'],
      ['certification-1373', 'not-modeled'],
      ['information-sharing', 'not-modeled'],
    ]);
    expect(r.requirements[0]?.litigation.some((l) => l.since === null && l.court === '1st Cir.')).toBe(true);
    const dated = checkConditionSet('byrne-jag-fy2018', FULL, { asOf: '2030-01-01' });
    expect(dated.requirements[0]?.litigation.some((l) => l.since === null)).toBe(false);
  });

  it('does cite known sources, date each set, and reach only requirements the set has', () => {
    for (const id of CONDITION_SET_IDS) {
      const set = CONDITION_SETS[id];
      expect(set.citations.every(isCitationId), id).toBe(true);
      expect(set.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const reqs = new Set(set.requirements.map((r) => r.id));
      for (const l of set.litigation) {
        expect(l.citations.length > 0 && l.citations.every(isCitationId), l.id).toBe(true);
        expect(
          l.requirements.every((q) => reqs.has(q)),
          l.id,
        ).toBe(true);
      }
    }
  });

  // Each side of every dated ruling.
  const dated = CONDITION_SET_IDS.flatMap((id) =>
    CONDITION_SETS[id].litigation.flatMap((l) => (l.date ? [[id, l.id, l.date] as const] : [])),
  );
  it.each(dated)('does list %s ruling %s from %s, not the day before', (set, litigationId, date) => {
    const has = (asOf: string) =>
      checkConditionSet(set, FULL, { asOf }).requirements.some((r) =>
        r.litigation.some((l) => l.litigationId === litigationId),
      );
    expect([has(dayBefore(date)), has(date)]).toEqual([false, true]);
  });
});
