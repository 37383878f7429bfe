import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  formatDuration,
  formatInstant,
  fromDatetimeLocal,
  humanizeCode,
  toDatetimeLocal,
} from './format';

describe('formatDuration', () => {
  it('writes days and hours, or hours and minutes', () => {
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(45 * 60_000)).toBe('45 min');
    expect(formatDuration((5 * 60 + 30) * 60_000)).toBe('5 h 30 min');
    expect(formatDuration((2 * 24 + 4) * 3_600_000 + 59_000)).toBe('2 d 4 h');
    expect(formatDuration(-3_600_000)).toBe('−1 h');
  });
});

describe('formatCountdown', () => {
  it('counts hours past 24 and never goes negative', () => {
    expect(formatCountdown(47 * 3_600_000 + 59 * 60_000 + 30_000)).toBe('47:59:30');
    expect(formatCountdown(-5)).toBe('00:00:00');
  });
});

describe('datetime-local in the custodian’s time zone', () => {
  it('round-trips an instant on the wall clock of the zone', () => {
    const iso = '2024-03-08T22:00:00.000Z';
    expect(toDatetimeLocal(iso, 'America/New_York')).toBe('2024-03-08T17:00');
    expect(toDatetimeLocal(iso, 'America/Los_Angeles')).toBe('2024-03-08T14:00');
    expect(fromDatetimeLocal('2024-03-08T17:00', 'America/New_York')).toBe(iso);
  });
  it('reads the same wall time as different instants in different zones', () => {
    expect(fromDatetimeLocal('2024-03-08T17:00', 'America/Los_Angeles')).toBe('2024-03-09T01:00:00.000Z');
  });
  it('moves a skipped spring-forward time forward (Temporal "compatible")', () => {
    expect(fromDatetimeLocal('2024-03-10T02:30', 'America/New_York')).toBe('2024-03-10T07:30:00.000Z');
  });
  it('refuses incomplete or impossible values', () => {
    expect(fromDatetimeLocal('', 'America/New_York')).toBeNull();
    expect(fromDatetimeLocal('2024-02-30T10:00', 'America/New_York')).toBeNull();
    expect(fromDatetimeLocal('<script>', 'America/New_York')).toBeNull();
  });
});

describe('formatInstant', () => {
  it('shows the zone and survives bad input', () => {
    expect(formatInstant('2024-03-04T15:00:00Z', 'America/Chicago')).toMatch(/Mon, Mar 4, 2024, 9:00\sAM CST/);
    expect(formatInstant('nope', 'America/Chicago')).toBe('unknown time');
  });
  it('humanizes codes', () => {
    expect(humanizeCode('released-hold-expired')).toBe('released hold expired');
  });
});
