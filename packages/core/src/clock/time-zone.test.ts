import { describe, expect, it } from 'vitest';
import { CustodianSchema } from '../detainer/subject.js';
import { HOUR_MS } from '../instant.js';
import {
  canonicalTimeZone,
  localDateKey,
  startOfLocalDay,
  startOfNextLocalDay,
  TimeZoneSchema,
  zonedParts,
  zonedTimeToInstant,
} from './time-zone.js';

const ms = (iso: string): number => Date.parse(iso);

describe('zonedParts', () => {
  it('does give the wall-clock fields and weekday of an instant in a zone', () => {
    // 2024-03-08 was a Friday; New York was on EST (UTC−5).
    expect(zonedParts(ms('2024-03-08T22:00:00Z'), 'America/New_York')).toEqual({
      year: 2024,
      month: 3,
      day: 8,
      hour: 17,
      minute: 0,
      second: 0,
      weekday: 5,
    });
  });

  it('does report midnight as hour 0 and Sunday as weekday 0', () => {
    // 2024-04-21 was a Sunday; Los Angeles was on PDT (UTC−7).
    const parts = zonedParts(ms('2024-04-21T07:00:00Z'), 'America/Los_Angeles');
    expect(parts.hour).toBe(0);
    expect(parts.weekday).toBe(0);
    expect(parts.day).toBe(21);
  });

  it('does throw a RangeError for an unknown time zone', () => {
    expect(() => zonedParts(0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('localDateKey', () => {
  it('does give the local date, which differs between zones for the same instant', () => {
    const instant = ms('2024-03-09T03:00:00Z');
    expect(localDateKey(instant, 'UTC')).toBe('2024-03-09');
    expect(localDateKey(instant, 'America/Los_Angeles')).toBe('2024-03-08');
    expect(localDateKey(instant, 'Asia/Tokyo')).toBe('2024-03-09');
  });
});

describe('startOfLocalDay / startOfNextLocalDay', () => {
  it('does find local midnight on an ordinary day (24 hours long)', () => {
    const noon = ms('2024-04-17T12:00:00-04:00');
    expect(startOfLocalDay(noon, 'America/New_York')).toBe(ms('2024-04-17T00:00:00-04:00'));
    expect(startOfNextLocalDay(noon, 'America/New_York')).toBe(ms('2024-04-18T00:00:00-04:00'));
  });

  it('does give a 23-hour day on the spring-forward Sunday in New York', () => {
    // DST began 2024-03-10 at 02:00 EST → 03:00 EDT.
    const inDay = ms('2024-03-10T12:00:00-04:00');
    const start = startOfLocalDay(inDay, 'America/New_York');
    const end = startOfNextLocalDay(inDay, 'America/New_York');
    expect(start).toBe(ms('2024-03-10T00:00:00-05:00'));
    expect(end).toBe(ms('2024-03-11T00:00:00-04:00'));
    expect(end - start).toBe(23 * HOUR_MS);
  });

  it('does give a 25-hour day on the fall-back Sunday in Los Angeles', () => {
    // DST ended 2024-11-03 at 02:00 PDT → 01:00 PST.
    const inDay = ms('2024-11-03T01:30:00-08:00'); // the second 01:30
    const start = startOfLocalDay(inDay, 'America/Los_Angeles');
    const end = startOfNextLocalDay(inDay, 'America/Los_Angeles');
    expect(start).toBe(ms('2024-11-03T00:00:00-07:00'));
    expect(end).toBe(ms('2024-11-04T00:00:00-08:00'));
    expect(end - start).toBe(25 * HOUR_MS);
  });

  it('does start the day at the first existing instant when midnight is skipped', () => {
    // São Paulo began DST on 2018-11-04 at 00:00 −03 → 01:00 −02: that day had no midnight.
    const inDay = ms('2018-11-04T12:00:00-02:00');
    expect(startOfLocalDay(inDay, 'America/Sao_Paulo')).toBe(ms('2018-11-04T01:00:00-02:00'));
    expect(startOfNextLocalDay(ms('2018-11-03T12:00:00-03:00'), 'America/Sao_Paulo')).toBe(
      ms('2018-11-04T01:00:00-02:00'),
    );
  });

  it('does return an instant within the day: start <= instant < next start, sampled every 7 hours through 2018', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo']) {
      for (let t = ms('2018-01-01T00:00:00Z'); t < ms('2019-01-01T00:00:00Z'); t += 7 * HOUR_MS) {
        const start = startOfLocalDay(t, zone);
        const end = startOfNextLocalDay(t, zone);
        expect(start).toBeLessThanOrEqual(t);
        expect(end).toBeGreaterThan(t);
        expect(end - start).toBeGreaterThanOrEqual(23 * HOUR_MS);
        expect(end - start).toBeLessThanOrEqual(25 * HOUR_MS);
      }
    }
  });
});

describe('zonedTimeToInstant', () => {
  it('does convert an ordinary wall time using the zone offset of that date', () => {
    expect(zonedTimeToInstant({ year: 2024, month: 1, day: 12, hour: 17, minute: 0 }, 'America/Los_Angeles')).toBe(
      ms('2024-01-12T17:00:00-08:00'),
    );
    expect(
      zonedTimeToInstant({ year: 2024, month: 7, day: 12, hour: 17, minute: 0, second: 30 }, 'America/Los_Angeles'),
    ).toBe(ms('2024-07-12T17:00:30-07:00'));
  });

  it('does pick the earlier instant for an ambiguous fall-back time', () => {
    // 01:30 happened twice in New York on 2024-11-03: first at EDT (−04), then at EST (−05).
    expect(zonedTimeToInstant({ year: 2024, month: 11, day: 3, hour: 1, minute: 30 }, 'America/New_York')).toBe(
      ms('2024-11-03T01:30:00-04:00'),
    );
  });

  it('does move a skipped spring-forward time forward by the gap', () => {
    // 02:30 did not exist in New York on 2024-03-10; it becomes 03:30 EDT.
    expect(zonedTimeToInstant({ year: 2024, month: 3, day: 10, hour: 2, minute: 30 }, 'America/New_York')).toBe(
      ms('2024-03-10T03:30:00-04:00'),
    );
  });

  it('does round-trip with zonedParts', () => {
    const local = { year: 2025, month: 6, day: 30, hour: 23, minute: 59, second: 59 };
    const parts = zonedParts(zonedTimeToInstant(local, 'Pacific/Honolulu'), 'Pacific/Honolulu');
    expect(parts).toMatchObject(local);
  });

  it('does throw a RangeError for fields out of range', () => {
    expect(() => zonedTimeToInstant({ year: 2023, month: 2, day: 29, hour: 0, minute: 0 }, 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant({ year: 2024, month: 13, day: 1, hour: 0, minute: 0 }, 'UTC')).toThrow(RangeError);
    expect(() => zonedTimeToInstant({ year: 2024, month: 1, day: 1, hour: 24, minute: 0 }, 'UTC')).toThrow(RangeError);
  });
});

describe('canonicalTimeZone and TimeZoneSchema', () => {
  it('does store a zone under its canonical name whatever its letter case', () => {
    for (const written of ['America/New_York', 'america/new_york', 'AMERICA/NEW_YORK', 'America/new_York']) {
      expect(canonicalTimeZone(written)).toBe('America/New_York');
      expect(TimeZoneSchema.parse(written)).toBe('America/New_York');
    }
    expect(TimeZoneSchema.parse('utc')).toBe('UTC');
    expect(CustodianSchema.parse({ id: 'nyc', name: 'County Jail', timeZone: 'america/new_york' }).timeZone).toBe(
      'America/New_York',
    );
  });

  it('does accept an alias and store one stable name for it, whatever the letter case', () => {
    // Node 20 resolves the alias; engines following the newer ECMA-402 rule keep it, with its letter case fixed.
    const stored = TimeZoneSchema.parse('us/eastern');
    expect(['America/New_York', 'US/Eastern']).toContain(stored);
    expect(TimeZoneSchema.parse('US/EASTERN')).toBe(stored);
    expect(TimeZoneSchema.parse(stored)).toBe(stored);
  });

  it('does give every zone the platform lists back under a name that is its own canonical name', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const canonical = canonicalTimeZone(zone);
      expect(canonical).toBeDefined();
      expect(canonicalTimeZone(canonical as string)).toBe(canonical);
    }
  });

  it('does refuse an unknown zone with the project wording', () => {
    for (const bad of ['Mars/Olympus', '', 'America/New York', '+05:00', 'x'.repeat(65)]) {
      expect(canonicalTimeZone(bad)).toBeUndefined();
      const result = TimeZoneSchema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/^expected an IANA time zone name such as "America\/New_York"/);
    }
    expect(TimeZoneSchema.safeParse(42).error?.issues[0]?.message).toMatch(/^expected an IANA time zone name/);
  });
});
