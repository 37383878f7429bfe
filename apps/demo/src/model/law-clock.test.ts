import { getScenario, runScenario } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import { holdCount, offDays } from './law-clock';

describe('offDays', () => {
  it('finds the weekend and Labor Day in the custodian’s time zone', () => {
    const start = Date.parse('2014-08-29T00:00:00-04:00'); // Friday
    const end = Date.parse('2014-09-03T00:00:00-04:00');
    const days = offDays(start, end, 'America/New_York');
    expect(days.map((d) => d.kind)).toEqual(['saturday', 'sunday', 'holiday']);
    expect(days[2]?.label).toMatch(/Labor Day/);
    // Each band is a local day: midnight to midnight in New York.
    expect(new Date(days[0]?.from ?? 0).toISOString()).toBe('2014-08-30T04:00:00.000Z');
  });
  it('places days in the zone given (Honolulu is 6 hours behind New York in August)', () => {
    const start = Date.parse('2014-08-29T00:00:00Z');
    const end = Date.parse('2014-09-01T00:00:00Z');
    const [sat] = offDays(start, end, 'Pacific/Honolulu');
    expect(new Date(sat?.from ?? 0).toISOString()).toBe('2014-08-30T10:00:00.000Z');
  });
});

describe('holdCount', () => {
  it('counts 7 + 0 + 0 + 24 + 17 hours under the weekday rule', () => {
    const run = runScenario(getScenario('weekday-rule-friday-release'));
    const end = Date.parse(run.case.now);
    const count = holdCount(run.case.context, end, end);
    expect(count?.rule).toBe('excludeWeekendsAndHolidays');
    expect(count?.text).toBe('Fri 7 h · Sat 0 h · Sun 0 h · Mon 24 h · Tue 17 h = 48 h');
    expect(count?.countedSoFar).toBe(48);
  });
  it('counts the weekend under the calendar rule', () => {
    const s = getScenario('weekday-rule-friday-release');
    const run = runScenario(s, { policy: 'full-cooperation' });
    const end = Date.parse(run.case.now);
    expect(holdCount(run.case.context, end, end)?.text).toBe('Fri 7 h · Sat 24 h · Sun 17 h = 48 h');
  });
  it('marks the days after the virtual clock as ahead, and is null without a hold', () => {
    const run = runScenario(getScenario('weekday-rule-friday-release'));
    const start = Date.parse(run.case.context.hold?.startedAt ?? '');
    const count = holdCount(run.case.context, start + 10 * 3_600_000, null);
    expect(count?.days.filter((d) => !d.ahead).map((d) => d.weekday)).toEqual(['Fri', 'Sat']);
    expect(count?.countedSoFar).toBe(7);
    expect(holdCount({ hold: null }, 0, null)).toBeNull();
  });
});
