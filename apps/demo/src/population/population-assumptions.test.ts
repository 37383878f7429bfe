import { ASSUMPTION_SOURCES, DEFAULT_ASSUMPTIONS, isCitationId, PopulationAssumptionsSchema } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { assumptionRows, describeAssumptionValue } from './population-assumptions';

describe('assumptionRows', () => {
  const rows = assumptionRows(DEFAULT_ASSUMPTIONS, 3083);
  const value = (field: string) => rows.find((r) => r.field === field)?.value;

  it('lists every assumption the SDK documents, in its order, with its source and citations', () => {
    expect(rows.map((r) => r.field)).toEqual(ASSUMPTION_SOURCES.map((s) => s.field));
    rows.forEach((r, i) => {
      expect(r.source).toBe(ASSUMPTION_SOURCES[i]?.source);
      expect(r.citations).toEqual(ASSUMPTION_SOURCES[i]?.citations);
      expect(r.citations.every(isCitationId)).toBe(true);
      expect(r.value).not.toMatch(/undefined|\[object/);
    });
    expect(rows.find((r) => r.field === 'cases')?.citations).toContain('ddor-2017');
  });

  it('words each kind of value: shares, ranges with units, weights, the custodian, DHS pickup', () => {
    expect(value('cases')).toBe('3,083');
    expect(value('noticeOnlyShare')).toBe('10%');
    expect(value('judicialWarrantShare')).toBe('2%');
    expect(value('daysInCustody')).toBe('1–60 days');
    expect(value('lodgedAfterBookingHours')).toBe('1–72 h');
    expect(value('periodDays')).toBe('364 days');
    expect(value('startDate')).toBe('2017-04-03');
    expect(value('custodian')).toBe('Synthetic County Jail (synthetic), America/Chicago');
    expect(value('formMix')).toBe('I-247A 1');
    expect(value('releaseReasons')).toBe(
      'bond-posted 35, own-recognizance 15, charges-dismissed 10, acquitted 2, sentence-completed 33, diversion 5',
    );
    expect(value('dhsPickup')).toBe('present at release 10, never 30, 0–12 h 35, 12–48 h 20, 48–120 h 5');
  });

  it('reads the parsed assumptions of a report the same way as the defaults', () => {
    const parsed = PopulationAssumptionsSchema.parse({ noticeOnlyShare: 0.25 });
    const r = assumptionRows(parsed, 20_000);
    expect(r.find((x) => x.field === 'noticeOnlyShare')?.value).toBe('25%');
    expect(r.find((x) => x.field === 'cases')?.value).toBe('20,000');
    expect(r.find((x) => x.field === 'releaseHours')?.value).toBe('6–22 h');
  });
});

describe('describeAssumptionValue', () => {
  it('falls back to JSON for a shape it does not know', () => {
    expect(describeAssumptionValue('other', [1, 2])).toBe('[1,2]');
    expect(describeAssumptionValue('other', { a: 'b' })).toBe('a "b"');
    expect(describeAssumptionValue('other', undefined)).toBe('none');
  });
});
