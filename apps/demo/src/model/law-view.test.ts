import { POLICY_PRESETS } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import {
  appliedPolicy,
  bookingDate,
  DEFAULT_LAW,
  isDefaultLaw,
  JURISDICTIONS,
  type LawChoice,
  lawChoiceOf,
  lawHashPart,
  lawSpecOf,
  layerDates,
  optionLayers,
  readLawHash,
  resolveChoice,
  sameLaw,
  shownDate,
} from './law-view';

const OCT_1 = 'us-nc/hb318-2025-from-oct-1';
const NC: LawChoice = { jurisdiction: 'us-nc', asOf: '2025-10-02', options: [OCT_1] };

describe('the law choice in the link', () => {
  it('offers the federal floor and the states, with the library’s names', () => {
    expect(JURISDICTIONS[0]).toMatchObject({ id: 'federal', name: 'Federal floor' });
    expect(JURISDICTIONS.find((j) => j.id === 'us-nc')?.name).toBe('North Carolina');
    // The federal floor alone, then every state of the library (each `us-xx`).
    expect(JURISDICTIONS.slice(1).every((j) => /^us-[a-z]{2}$/.test(j.id))).toBe(true);
    expect(optionLayers('us-nc').map((l) => l.id)).toContain(OCT_1);
  });

  it('round-trips a choice, beside a share part', () => {
    const part = lawHashPart(NC);
    expect(part).toBe('law=us-nc&asOf=2025-10-02&lawOptions=us-nc%2Fhb318-2025-from-oct-1');
    expect(readLawHash(`#share=dk1.abc&${part}&compare=current`)).toEqual({ kind: 'ok', law: NC });
    // Following the booking date: no asOf in the link.
    expect(lawHashPart(DEFAULT_LAW)).toBe('law=federal');
    expect(readLawHash('#law=federal')).toEqual({ kind: 'ok', law: DEFAULT_LAW });
    expect(isDefaultLaw(DEFAULT_LAW)).toBe(true);
    expect(isDefaultLaw(NC)).toBe(false);
    expect(isDefaultLaw({ ...DEFAULT_LAW, asOf: '2025-10-02' })).toBe(false);
  });

  it('is none without a law part', () => {
    expect(readLawHash('#share=dk1.abc')).toEqual({ kind: 'none' });
    expect(readLawHash('')).toEqual({ kind: 'none' });
  });

  it('refuses a bad value, naming the field', () => {
    const bad = (hash: string) => {
      const read = readLawHash(hash);
      expect(read.kind).toBe('error');
      return read.kind === 'error' ? read.message : '';
    };
    expect(bad('#law=us-zz')).toMatch(/\(law: use one of "federal"/);
    expect(bad('#law=us-nc&asOf=2025-02-30')).toMatch(/\(law\.asOf: not a real calendar date/);
    expect(bad('#law=us-nc&asOf=yesterday')).toMatch(/\(law\.asOf: a date must be written "YYYY-MM-DD"/);
    // An option of another jurisdiction is not an option here.
    expect(bad(`#law=us-ca&lawOptions=${encodeURIComponent(OCT_1)}`)).toMatch(
      /\(law\.options\.0: "us-nc\/hb318-2025-from-oct-1" is not an option layer of "us-ca"\)/,
    );
    expect(bad('#law=%E0%A4%A')).toMatch(/not valid URL text/);
    expect(bad(`#law=us-nc&lawOptions=${'x'.repeat(700)}`)).toMatch(/longer than 600/);
  });
});

describe('the date the law is read on', () => {
  it('is the booking date on the custodian’s calendar', () => {
    // 2025-10-01T02:00Z is 22:00 on Sept 30 in New York (UTC−4 in daylight time).
    expect(bookingDate('2025-10-01T02:00:00Z', 'America/New_York')).toBe('2025-09-30');
    expect(bookingDate('2025-10-01T02:00:00Z', 'UTC')).toBe('2025-10-01');
  });
  it('is today without a booking instant', () => {
    expect(bookingDate(undefined, 'UTC')).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('the policy the case runs under', () => {
  const local = POLICY_PRESETS['full-cooperation'];
  it('is the local policy itself when the law changes no switch', () => {
    const resolved = resolveChoice(DEFAULT_LAW, '2025-10-02', local);
    expect(resolved?.inForce.length).toBeGreaterThan(0);
    expect(appliedPolicy(local, resolved)).toBe(local);
  });
  it('takes North Carolina HB 318’s locks with the Oct 1 reading on, not on Sept 30', () => {
    expect(local.countingRule).not.toBe('calendar');
    const oct2 = resolveChoice(NC, '2025-10-02', local);
    expect(appliedPolicy(local, oct2).countingRule).toBe('calendar');
    expect(appliedPolicy(local, oct2).noticeAfterEligibility).toBe('within-2-hours');
    expect(oct2?.switches.countingRule?.decidedBy.layerId).toBe(OCT_1);
    const sep30 = resolveChoice(NC, '2025-09-30', local);
    expect(appliedPolicy(local, sep30).countingRule).toBe(local.countingRule);
    expect(sep30?.notApplied.find((n) => n.layer.layerId === OCT_1)?.why).toBe('not-yet-in-force');
    // HB 10 (from Dec 1, 2024) fixes the state judicial order on both dates.
    expect(sep30?.switches.stateJudicialOrder?.locked?.bound).toBe('exactly');
  });
  it('writes a layer’s dates in words', () => {
    const oct2 = resolveChoice(NC, '2025-10-02', local);
    const layer = oct2?.inForce.find((l) => l.layerId === OCT_1);
    expect(layer && layerDates(layer, en)).toBe('from 2025-10-01, until 2025-12-01');
    const floor = oct2?.inForce.find((l) => l.datePrecision === 'open-start');
    expect(floor && layerDates(floor, en)).toBe('in force throughout the model');
  });
});

describe('the law as a scenario’s facts', () => {
  it('reads a scenario’s law as a choice, the federal floor at each decision without one', () => {
    expect(lawChoiceOf(undefined)).toEqual(DEFAULT_LAW);
    expect(lawChoiceOf({ jurisdiction: 'us-nc', options: [OCT_1] })).toEqual({
      jurisdiction: 'us-nc',
      asOf: null,
      options: [OCT_1],
    });
    expect(lawChoiceOf({ asOf: '2017-05-01', options: [] })).toEqual({
      jurisdiction: 'federal',
      asOf: '2017-05-01',
      options: [],
    });
  });
  it('writes a choice as the scenario’s law: none for the default, the as-of date only when set', () => {
    expect(lawSpecOf(DEFAULT_LAW, undefined)).toBeUndefined();
    expect(lawSpecOf({ ...NC, asOf: null }, undefined)).toEqual({ jurisdiction: 'us-nc', options: [OCT_1] });
    expect(lawSpecOf(NC, undefined)).toEqual({ jurisdiction: 'us-nc', asOf: '2025-10-02', options: [OCT_1] });
    for (const choice of [DEFAULT_LAW, NC, { ...NC, asOf: null }]) {
      expect(lawChoiceOf(lawSpecOf(choice, undefined))).toEqual(choice);
    }
  });
  it('keeps the user’s own layers of the scenario’s law', () => {
    const layers = [{ id: 'x' }] as unknown as NonNullable<Parameters<typeof lawSpecOf>[1]>['layers'];
    expect(lawSpecOf(DEFAULT_LAW, { jurisdiction: 'us-nc', options: [], layers })).toEqual({
      jurisdiction: 'federal',
      options: [],
      layers,
    });
  });
  it('compares choices regardless of the options’ order', () => {
    expect(sameLaw({ ...NC, options: ['a', 'b'] }, { ...NC, options: ['b', 'a'] })).toBe(true);
    expect(sameLaw(NC, { ...NC, asOf: null })).toBe(false);
  });
  it('shows the law of the as-of date, or of the moment shown on the custodian’s calendar', () => {
    expect(shownDate(NC, '2017-03-01T12:00:00Z', 'UTC')).toBe('2025-10-02');
    // 2025-10-01T02:00Z is still Sept 30 in New York: the layers of Sept 30 are shown.
    expect(shownDate({ ...NC, asOf: null }, '2025-10-01T02:00:00Z', 'America/New_York')).toBe('2025-09-30');
  });
});
