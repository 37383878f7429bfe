import { fromEpochMs, HOUR_MS, type Instant, toEpochMs } from '../instant.js';
import type { CountingRule } from './counting-rule.js';
import { isFederalHolidayOnDay } from './federal-holidays.js';
import { assertTimeZone, localDayNumber, localMidnight, weekdayFromDays } from './time-zone.js';

/**
 * The hold limit: custody continued after release eligibility "not to exceed 48 hours" [cfr-287.7-d],
 * [i247a-form]. How the hours are counted is a {@link CountingRule} (DOMAIN.md §3). This is the one home of
 * the constant; everything else imports it.
 */
export const HOLD_LIMIT_HOURS = 48;

/** Safety net: no real run of weekends and holidays comes close to this many days in a row. */
const MAX_DAYS = 400;

function parseInstant(value: string, field: string): number {
  const ms = toEpochMs(value);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${field} must be an ISO 8601 instant, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/**
 * True if a local day counts under `excludeWeekendsAndHolidays`: Monday–Friday and not a US federal holiday
 * (observed date) [cfr-287.7-d].
 */
function isCountedDay(days: number): boolean {
  const weekday = weekdayFromDays(days);
  return weekday !== 0 && weekday !== 6 && !isFederalHolidayOnDay(days);
}

function assertRule(rule: CountingRule): void {
  if (rule !== 'calendar' && rule !== 'excludeWeekendsAndHolidays') {
    throw new RangeError(`rule must be "calendar" or "excludeWeekendsAndHolidays", got ${JSON.stringify(rule)}`);
  }
}

/**
 * Plain elapsed hours from `from` to `to` (ISO instants), fractional, negative when `to` is earlier. This is
 * wall-clock-independent: across a DST change it still counts real hours [i247a-form].
 *
 * @example
 * holdHoursElapsed('2024-03-09T17:00:00-05:00', '2024-03-11T17:00:00-04:00') // 47
 */
export function holdHoursElapsed(from: string, to: string): number {
  return (parseInstant(to, 'to') - parseInstant(from, 'from')) / HOUR_MS;
}

/**
 * Hours between two instants that count toward the hold limit, fractional, never negative (0 when `to` is
 * not after `from`):
 * - `calendar`: every elapsed hour [i247a-form];
 * - `excludeWeekendsAndHolidays`: only time during local days (in `timeZone`) that are Monday–Friday and not
 *   US federal holidays (observed dates); time on Saturdays, Sundays and holidays does not count
 *   [cfr-287.7-d].
 *
 * Walks day by day (not hour by hour), so it stays cheap for a million simulated cases.
 *
 * @example
 * countedHoldHours({
 *   from: '2024-03-07T17:00:00-05:00', // Thursday
 *   to: '2024-03-11T17:00:00-04:00', // Monday
 *   rule: 'excludeWeekendsAndHolidays',
 *   timeZone: 'America/New_York',
 * }) // 48
 */
export function countedHoldHours(input: {
  readonly from: string;
  readonly to: string;
  readonly rule: CountingRule;
  readonly timeZone: string;
}): number {
  const { rule, timeZone } = input;
  assertRule(rule);
  assertTimeZone(timeZone);
  const from = parseInstant(input.from, 'from');
  const to = parseInstant(input.to, 'to');
  if (to <= from) return 0;
  if (rule === 'calendar') return (to - from) / HOUR_MS;
  let counted = 0;
  let cursor = from;
  let day = localDayNumber(from, timeZone);
  while (cursor < to) {
    const nextStart = localMidnight(day + 1, timeZone);
    if (isCountedDay(day)) counted += Math.max(0, Math.min(to, nextStart) - cursor);
    cursor = Math.max(cursor, nextStart);
    day += 1;
  }
  return counted / HOUR_MS;
}

/**
 * The instant a hold must end: {@link HOLD_LIMIT_HOURS} (48) counted hours after the moment the person would
 * otherwise have been released (DOMAIN.md §2.4, §3) [cfr-287.7-d], [i247a-form].
 *
 * - `calendar`: exactly 48 elapsed hours; across a DST change the local wall clock then reads one hour more or
 *   less than at eligibility [i247a-form].
 * - `excludeWeekendsAndHolidays`: 48 hours counted only during local days in `timeZone` that are Monday–Friday
 *   and not US federal holidays (observed dates); time on excluded days does not count, and when eligibility
 *   falls on an excluded day counting starts at local midnight of the next counted day [cfr-287.7-d]. Worked
 *   examples: eligible Monday 17:00 → Wednesday 17:00; Thursday 17:00 → Monday 17:00 [kcp-examples]; with a
 *   holiday the hold can reach about five calendar days [gonzalez-9th-2020].
 *
 * Which rule applies to a detainer is chosen by `resolveCountingRule` (I-247A: unverified).
 *
 * @param input.releaseEligibleAt - ISO 8601 instant with `Z` or an offset.
 * @param input.rule - the counting rule.
 * @param input.timeZone - the custodian's IANA time zone, e.g. `'America/New_York'`.
 * @returns the deadline as a normalized ISO UTC string.
 * @throws RangeError for an unparsable instant, an unknown time zone or rule, or a date outside the
 *   holiday table's 1971–2199.
 *
 * @example
 * computeHoldDeadline({
 *   releaseEligibleAt: '2024-03-07T17:00:00-05:00', // Thursday 17:00 in New York
 *   rule: 'excludeWeekendsAndHolidays',
 *   timeZone: 'America/New_York',
 * }) // '2024-03-11T21:00:00.000Z' (Monday 17:00 EDT)
 *
 * computeHoldDeadline({
 *   releaseEligibleAt: '2024-03-09T17:00:00-05:00',
 *   rule: 'calendar',
 *   timeZone: 'America/New_York',
 * }) // '2024-03-11T22:00:00.000Z' (48 elapsed hours; Monday 18:00 EDT on the wall clock)
 */
export function computeHoldDeadline(input: {
  readonly releaseEligibleAt: string;
  readonly rule: CountingRule;
  readonly timeZone: string;
}): Instant {
  const { rule, timeZone } = input;
  assertRule(rule);
  assertTimeZone(timeZone);
  const eligible = parseInstant(input.releaseEligibleAt, 'releaseEligibleAt');
  let remaining = HOLD_LIMIT_HOURS * HOUR_MS;
  if (rule === 'calendar') return fromEpochMs(eligible + remaining);
  let cursor = eligible;
  let day = localDayNumber(eligible, timeZone);
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const nextStart = localMidnight(day + 1, timeZone);
    if (isCountedDay(day)) {
      const available = Math.max(0, nextStart - cursor);
      if (remaining <= available) return fromEpochMs(cursor + remaining);
      remaining -= available;
    }
    cursor = Math.max(cursor, nextStart);
    day += 1;
  }
  throw new RangeError(`no hold deadline within ${MAX_DAYS} days of ${input.releaseEligibleAt}`);
}
