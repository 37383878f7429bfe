import { describe, expect, it } from 'vitest';
import { FEDERAL_HOLIDAY_YEARS, isFederalHoliday } from './clock/federal-holidays.js';
import { computeHoldDeadline, countedHoldHours } from './clock/hold-clock.js';
import { computeNoticeDue } from './clock/notice-clock.js';
import { localDateKey } from './clock/time-zone.js';
import { DetainerKitError } from './errors.js';
import { InstantSchema, isSupportedInstant, SUPPORTED_INSTANTS } from './instant.js';
import { parseDetainerEvent } from './machine/events.js';

const MINUTE = 60_000;
// The zones furthest from UTC each way, and one with DST.
const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+12', 'America/New_York', 'UTC'];

describe('SUPPORTED_INSTANTS', () => {
  it('does take its bounds from the holiday table, a year inside it at each end', () => {
    expect(new Date(SUPPORTED_INSTANTS.from).getUTCFullYear()).toBe(FEDERAL_HOLIDAY_YEARS.first + 1);
    expect(new Date(SUPPORTED_INSTANTS.before).getUTCFullYear()).toBe(FEDERAL_HOLIDAY_YEARS.last);
    expect(isSupportedInstant(SUPPORTED_INSTANTS.from)).toBe(true);
    expect(isSupportedInstant(Date.parse(SUPPORTED_INSTANTS.from) - 1)).toBe(false);
    expect(isSupportedInstant(Date.parse(SUPPORTED_INSTANTS.before) - 1)).toBe(true);
    expect(isSupportedInstant(SUPPORTED_INSTANTS.before)).toBe(false);
    expect(isSupportedInstant('not a date')).toBe(false);
  });

  it('does keep every hold deadline and notice due time computed from a supported instant inside the holiday table', () => {
    const edges = [Date.parse(SUPPORTED_INSTANTS.from), Date.parse(SUPPORTED_INSTANTS.before) - MINUTE];
    for (const ms of edges) {
      for (const timeZone of ZONES) {
        const releaseEligibleAt = new Date(ms).toISOString();
        const deadline = computeHoldDeadline({ releaseEligibleAt, rule: 'excludeWeekendsAndHolidays', timeZone });
        expect(
          countedHoldHours({ from: releaseEligibleAt, to: deadline, rule: 'excludeWeekendsAndHolidays', timeZone }),
        ).toBe(48);
        // The local dates on both ends are in the table (isFederalHoliday throws outside it).
        expect(() => isFederalHoliday(localDateKey(ms, timeZone))).not.toThrow();
        expect(() => isFederalHoliday(localDateKey(Date.parse(deadline), timeZone))).not.toThrow();
        const due = computeNoticeDue({ projectedReleaseAt: releaseEligibleAt, knownAt: SUPPORTED_INSTANTS.from });
        expect(() => isFederalHoliday(localDateKey(Date.parse(due), timeZone))).not.toThrow();
      }
    }
  });
});

describe('InstantSchema', () => {
  it('does refuse an instant outside the supported range, saying which range and how to fix it', () => {
    for (const value of [
      '1969-12-31T23:59:59Z',
      '1971-12-31T23:59:59.999Z',
      '2199-01-01T00:00:00Z',
      '9999-01-01T00:00:00Z',
    ]) {
      const result = InstantSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain(SUPPORTED_INSTANTS.from);
      expect(result.error?.issues[0]?.message).toContain('use an instant in that range');
    }
    // An offset is taken into account: this is 1972-01-01T04:00Z.
    expect(InstantSchema.parse('1971-12-31T23:00:00-05:00')).toBe('1972-01-01T04:00:00.000Z');
  });

  it('does make an event with an unsupported instant fail with the project error naming the field', () => {
    const event = { type: 'RELEASE_SCHEDULED', at: '2024-01-01T00:00:00Z', releaseAt: '2200-01-01T00:00:00Z' };
    let error: unknown;
    try {
      parseDetainerEvent(event);
    } catch (e) {
      error = e;
    }
    expect(DetainerKitError.isInstance(error)).toBe(true);
    const kit = error as DetainerKitError;
    expect(kit.code).toBe('invalid-event');
    expect(kit.issues[0]?.field).toBe('releaseAt');
    expect(kit.message).toContain('releaseAt: must be from 1972');
  });
});
