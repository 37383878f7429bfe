import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../test-support/fast-check.js';
import { CountingRuleSchema } from '../index.js';
import { HOUR_MS } from '../instant.js';
import type { CountingRule } from './counting-rule.js';
import { computeHoldDeadline, countedHoldHours, HOLD_LIMIT_HOURS, holdHoursElapsed } from './hold-clock.js';
import { startOfLocalDay, startOfNextLocalDay, zonedParts } from './time-zone.js';

const DAY = 24 * HOUR_MS;
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const PHX = 'America/Phoenix';
const HNL = 'Pacific/Honolulu';

/** Normalizes an ISO instant written with an offset, for comparison with the clock's output. */
const iso = (s: string): string => new Date(s).toISOString();

const weekdays = (eligible: string, timeZone = NY): string =>
  computeHoldDeadline({ releaseEligibleAt: eligible, rule: 'excludeWeekendsAndHolidays', timeZone });
const calendar = (eligible: string, timeZone = NY): string =>
  computeHoldDeadline({ releaseEligibleAt: eligible, rule: 'calendar', timeZone });

describe('HOLD_LIMIT_HOURS', () => {
  it('does state the 48-hour limit of 8 CFR 287.7(d) and the I-247A', () => {
    expect(HOLD_LIMIT_HOURS).toBe(48);
  });
});

describe('computeHoldDeadline, excludeWeekendsAndHolidays: worked examples [kcp-examples]', () => {
  it('does end a hold that starts Monday 17:00 on Wednesday 17:00', () => {
    expect(weekdays('2024-04-15T17:00:00-04:00')).toBe(iso('2024-04-17T17:00:00-04:00'));
    expect(weekdays('2025-04-14T17:00:00-04:00')).toBe(iso('2025-04-16T17:00:00-04:00'));
  });

  it('does end a hold that starts Thursday 17:00 on Monday 17:00 (Friday counts, the weekend does not)', () => {
    expect(weekdays('2024-04-18T17:00:00-04:00')).toBe(iso('2024-04-22T17:00:00-04:00'));
    expect(weekdays('2025-04-10T17:00:00-04:00')).toBe(iso('2025-04-14T17:00:00-04:00'));
  });
});

describe('computeHoldDeadline, excludeWeekendsAndHolidays: holidays', () => {
  it('does skip Memorial Day: Thursday 17:00 → Tuesday 17:00', () => {
    // Memorial Day 2025 was Monday May 26: 7 h Thursday + 24 h Friday + 17 h Tuesday.
    expect(weekdays('2025-05-22T17:00:00-04:00')).toBe(iso('2025-05-27T17:00:00-04:00'));
  });

  it('does skip Labor Day: Thursday 17:00 → Tuesday 17:00', () => {
    // Labor Day 2024 was Monday Sep 2.
    expect(weekdays('2024-08-29T17:00:00-04:00')).toBe(iso('2024-09-03T17:00:00-04:00'));
  });

  it('does reach about five calendar days with a Monday holiday [gonzalez-9th-2020]', () => {
    const eligible = '2025-05-22T17:00:00-04:00';
    const span = (Date.parse(weekdays(eligible)) - Date.parse(eligible)) / DAY;
    expect(span).toBe(5);
  });

  it('does skip a Friday holiday (July 4, 2025)', () => {
    // Wednesday 17:00: 7 h Wednesday + 24 h Thursday; Friday (holiday) and the weekend excluded; 17 h Monday.
    expect(weekdays('2025-07-02T17:00:00-04:00')).toBe(iso('2025-07-07T17:00:00-04:00'));
    // Thursday 17:00: 7 h Thursday; Friday, Saturday, Sunday excluded; 24 h Monday + 17 h Tuesday.
    expect(weekdays('2025-07-03T17:00:00-04:00')).toBe(iso('2025-07-08T17:00:00-04:00'));
  });

  it('does skip Thanksgiving: Wednesday 17:00 → Monday 17:00', () => {
    // Thanksgiving 2024 was Thursday Nov 28: 7 h Wednesday + 24 h Friday + 17 h Monday.
    expect(weekdays('2024-11-27T17:00:00-05:00')).toBe(iso('2024-12-02T17:00:00-05:00'));
  });

  it('does skip Christmas observed on Monday when Dec 25 is a Sunday', () => {
    // Christmas 2022 was a Sunday, observed Monday Dec 26: 7 h Friday + 24 h Tuesday + 17 h Wednesday.
    expect(weekdays('2022-12-23T17:00:00-05:00')).toBe(iso('2022-12-28T17:00:00-05:00'));
  });

  it('does skip Christmas and New Year’s Day observed on the Friday before when they fall on a Saturday', () => {
    // Christmas 2021 (Saturday) was observed Friday Dec 24: 7 h Thursday + 24 h Monday + 17 h Tuesday.
    expect(weekdays('2021-12-23T17:00:00-05:00')).toBe(iso('2021-12-28T17:00:00-05:00'));
    // New Year's Day 2022 (Saturday) was observed Friday Dec 31, 2021: same shape a week later.
    expect(weekdays('2021-12-30T17:00:00-05:00')).toBe(iso('2022-01-04T17:00:00-05:00'));
  });

  it('does start counting at the next counted day when eligibility falls on a holiday', () => {
    // Memorial Day 2025 10:00 → counting starts Tuesday 00:00 → Thursday 00:00.
    expect(weekdays('2025-05-26T10:00:00-04:00')).toBe(iso('2025-05-29T00:00:00-04:00'));
  });
});

describe('computeHoldDeadline, excludeWeekendsAndHolidays: weekends', () => {
  it('does start counting Monday 00:00 when eligible on a Saturday, ending Wednesday 00:00', () => {
    expect(weekdays('2024-04-20T10:00:00-04:00')).toBe(iso('2024-04-24T00:00:00-04:00'));
  });

  it('does treat a Sunday 23:59 eligibility the same way', () => {
    expect(weekdays('2024-04-21T23:59:00-04:00')).toBe(iso('2024-04-24T00:00:00-04:00'));
  });

  it('does end exactly at midnight when eligible at Monday 00:00', () => {
    expect(weekdays('2024-04-22T00:00:00-04:00')).toBe(iso('2024-04-24T00:00:00-04:00'));
  });
});

describe('computeHoldDeadline: DST', () => {
  it('does add exactly 48 elapsed hours across spring-forward (the wall clock reads one hour later)', () => {
    // New York: DST began Sunday 2024-03-10; Los Angeles: Sunday 2025-03-09.
    expect(calendar('2024-03-09T17:00:00-05:00', NY)).toBe(iso('2024-03-11T18:00:00-04:00'));
    expect(calendar('2025-03-08T17:00:00-08:00', LA)).toBe(iso('2025-03-10T18:00:00-07:00'));
  });

  it('does add exactly 48 elapsed hours across fall-back (the wall clock reads one hour earlier)', () => {
    // New York: DST ended Sunday 2024-11-03; Los Angeles: Sunday 2025-11-02.
    expect(calendar('2024-11-02T17:00:00-04:00', NY)).toBe(iso('2024-11-04T16:00:00-05:00'));
    expect(calendar('2025-11-01T17:00:00-07:00', LA)).toBe(iso('2025-11-03T16:00:00-08:00'));
  });

  it('does find that US DST changes fall on Sundays only, so the weekday rule never counts a 23- or 25-hour day', () => {
    for (const zone of [NY, LA]) {
      const changedDays: number[] = [];
      for (let t = Date.parse('2007-01-01T12:00:00Z'); t < Date.parse('2031-01-01T12:00:00Z'); t += DAY) {
        if (startOfNextLocalDay(t, zone) - startOfLocalDay(t, zone) !== DAY) changedDays.push(t);
      }
      expect(changedDays.length).toBe(2 * 24);
      for (const t of changedDays) expect(zonedParts(t, zone).weekday).toBe(0);
    }
  });

  it('does keep the Thursday → Monday 17:00 example across a DST weekend', () => {
    // Spring forward: only 95 elapsed hours pass between Thursday 17:00 and Monday 17:00 (Sunday has 23), fall
    // back: 97; the weekend is excluded either way, so 7 h Thursday + 24 h Friday + 17 h Monday still ends Monday.
    expect(weekdays('2024-03-07T17:00:00-05:00', NY)).toBe(iso('2024-03-11T17:00:00-04:00'));
    expect(weekdays('2024-10-31T17:00:00-04:00', NY)).toBe(iso('2024-11-04T17:00:00-05:00'));
    expect(weekdays('2025-03-06T17:00:00-08:00', LA)).toBe(iso('2025-03-10T17:00:00-07:00'));
  });
});

describe('computeHoldDeadline: time zones', () => {
  const fridayFive = {
    [NY]: '2024-04-19T17:00:00-04:00',
    [LA]: '2024-04-19T17:00:00-07:00',
    [PHX]: '2024-04-19T17:00:00-07:00', // Arizona keeps MST all year: same offset as PDT in April
    [HNL]: '2024-04-19T17:00:00-10:00',
  } as const;

  it('does give different instants for the same wall-clock Friday 17:00, differing by the zone offsets', () => {
    for (const rule of CountingRuleSchema.options) {
      const deadline = (zone: keyof typeof fridayFive): number =>
        Date.parse(computeHoldDeadline({ releaseEligibleAt: fridayFive[zone], rule, timeZone: zone }));
      expect(deadline(LA) - deadline(NY)).toBe(3 * HOUR_MS);
      expect(deadline(PHX) - deadline(LA)).toBe(0);
      expect(deadline(HNL) - deadline(NY)).toBe(6 * HOUR_MS);
    }
    // Weekday rule: Friday 17:00 → Tuesday 17:00 local (7 h Friday + 24 h Monday + 17 h Tuesday).
    expect(weekdays(fridayFive[HNL], HNL)).toBe(iso('2024-04-23T17:00:00-10:00'));
  });

  it('does separate Phoenix from Los Angeles in winter, when only Los Angeles is on standard time', () => {
    const phx = Date.parse(weekdays('2024-01-19T17:00:00-07:00', PHX));
    const la = Date.parse(weekdays('2024-01-19T17:00:00-08:00', LA));
    expect(phx).toBe(Date.parse('2024-01-23T17:00:00-07:00'));
    expect(la - phx).toBe(HOUR_MS);
  });

  it('does judge the weekday in the custodian’s zone: Friday evening in Los Angeles is Saturday in UTC', () => {
    const eligible = '2024-04-20T02:00:00Z'; // Friday 19:00 PDT, Friday 22:00 EDT, Saturday 02:00 UTC
    // Los Angeles: 5 h Friday + 24 h Monday + 19 h Tuesday.
    expect(weekdays(eligible, LA)).toBe(iso('2024-04-23T19:00:00-07:00'));
    // New York: 2 h Friday + 24 h Monday + 22 h Tuesday.
    expect(weekdays(eligible, NY)).toBe(iso('2024-04-23T22:00:00-04:00'));
    // UTC: a Saturday, so counting starts Monday 00:00 → Wednesday 00:00.
    expect(weekdays(eligible, 'UTC')).toBe(iso('2024-04-24T00:00:00Z'));
  });
});

describe('computeHoldDeadline: input errors', () => {
  it('does throw a RangeError for a bad instant, zone or rule', () => {
    expect(() => weekdays('next Friday')).toThrow(RangeError);
    expect(() => calendar('2024-04-19T17:00:00Z', 'Nowhere/Land')).toThrow(RangeError);
    expect(() =>
      computeHoldDeadline({
        releaseEligibleAt: '2024-04-19T17:00:00Z',
        rule: 'business' as CountingRule,
        timeZone: NY,
      }),
    ).toThrow(RangeError);
  });
});

describe('holdHoursElapsed', () => {
  it('does count real elapsed hours, whatever the wall clock says', () => {
    expect(holdHoursElapsed('2024-03-09T17:00:00-05:00', '2024-03-11T17:00:00-04:00')).toBe(47);
    expect(holdHoursElapsed('2024-04-19T17:00:00-04:00', '2024-04-19T17:30:00-04:00')).toBe(0.5);
    expect(holdHoursElapsed('2024-04-19T17:00:00-04:00', '2024-04-19T16:00:00-04:00')).toBe(-1);
  });
});

describe('countedHoldHours', () => {
  it('does count only weekday, non-holiday time under excludeWeekendsAndHolidays', () => {
    const input = { rule: 'excludeWeekendsAndHolidays', timeZone: NY } as const;
    // Friday 12:00 → Monday 12:00: 12 h Friday + 12 h Monday.
    expect(countedHoldHours({ ...input, from: '2024-04-19T12:00:00-04:00', to: '2024-04-22T12:00:00-04:00' })).toBe(24);
    // All of Memorial Day weekend 2025 (Saturday → Tuesday 00:00): nothing counts.
    expect(countedHoldHours({ ...input, from: '2025-05-24T00:00:00-04:00', to: '2025-05-27T00:00:00-04:00' })).toBe(0);
    // Fractional hours on one weekday.
    expect(countedHoldHours({ ...input, from: '2024-04-17T09:00:00-04:00', to: '2024-04-17T09:45:00-04:00' })).toBe(
      0.75,
    );
  });

  it('does count every elapsed hour under calendar, and nothing when to is not after from', () => {
    const input = { rule: 'calendar', timeZone: NY } as const;
    expect(countedHoldHours({ ...input, from: '2024-04-19T12:00:00-04:00', to: '2024-04-22T12:00:00-04:00' })).toBe(72);
    expect(countedHoldHours({ ...input, from: '2024-04-22T12:00:00-04:00', to: '2024-04-19T12:00:00-04:00' })).toBe(0);
  });
});

describe('computeHoldDeadline and countedHoldHours: properties', () => {
  const zones = [NY, LA, PHX, HNL, 'UTC', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'Asia/Kolkata'];
  const arbitraryCase = fc.record({
    eligibleMs: fc.integer({ min: Date.parse('1972-01-01T00:00:00Z'), max: Date.parse('2198-06-01T00:00:00Z') }),
    rule: fc.constantFrom<CountingRule>('calendar', 'excludeWeekendsAndHolidays'),
    timeZone: fc.constantFrom(...zones),
  });

  it('does count exactly 48 hours from eligibility to the deadline, and fewer one minute earlier', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ eligibleMs, rule, timeZone }) => {
        const from = new Date(eligibleMs).toISOString();
        const deadline = computeHoldDeadline({ releaseEligibleAt: from, rule, timeZone });
        const deadlineMs = Date.parse(deadline);
        expect(deadlineMs).toBeGreaterThanOrEqual(eligibleMs);
        expect(countedHoldHours({ from, to: deadline, rule, timeZone })).toBe(HOLD_LIMIT_HOURS);
        const justBefore = new Date(deadlineMs - 60_000).toISOString();
        expect(countedHoldHours({ from, to: justBefore, rule, timeZone })).toBeLessThan(HOLD_LIMIT_HOURS);
        if (rule === 'calendar') expect(deadlineMs - eligibleMs).toBe(48 * HOUR_MS);
        else expect(deadlineMs - eligibleMs).toBeGreaterThanOrEqual(48 * HOUR_MS);
      }),
      { numRuns: runs(500) },
    );
  });
});
