/**
 * Local (wall-clock) time in an IANA time zone, built only on `Intl.DateTimeFormat#formatToParts` and the
 * platform's time-zone data: no dependency, no host-local `Date` methods, so the host's own time zone never
 * matters. Time zone and DST matter to the hold clock: a Friday 17:00 release in New York is a different
 * instant from one in Los Angeles, and weekdays and holidays are judged in the custodian's time zone
 * (DOMAIN.md §3) [cfr-287.7-d].
 *
 * @module
 */
import { z } from 'zod';

import { localTimeFormatter } from './local-time-format.js';

/** Wall-clock fields of an instant in a time zone. `weekday` is 0 = Sunday … 6 = Saturday. */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

/** A wall-clock date and time in a time zone, as a scenario author writes it. `second` defaults to 0. */
export interface ZonedDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

const DAY_MS = 86_400_000;

/**
 * The cached numeric formatter of a time zone. Throws a `RangeError` (from `Intl`) when `timeZone` is not a
 * known IANA zone.
 */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return localTimeFormatter(timeZone, 'parts');
}

/**
 * Throws a `RangeError` unless `timeZone` is an IANA zone known to the platform (and warms its formatter).
 * @internal Shared by the clock modules; not part of the public API.
 */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

const canonicalNames = new Map<string, string | null>();

/**
 * The canonical name of an IANA time zone, or `undefined` when the platform does not know it. Any letter case
 * is accepted (`america/new_york` gives `'America/New_York'`), and so is any alias the platform knows; the
 * result is the name the platform's `Intl` reports for the zone (`resolvedOptions().timeZone`), so it works
 * with every `Intl` and clock function here and is stable: `canonicalTimeZone(canonicalTimeZone(z)) ===
 * canonicalTimeZone(z)`. What an alias becomes depends on the platform: Node 20 resolves it (`US/Eastern` →
 * `America/New_York`, and keeps ICU's older primary names: `Asia/Kolkata` → `Asia/Calcutta`); engines that
 * follow the newer ECMA-402 rule keep the alias, letter case fixed. Either way both names mean the same zone.
 *
 * @example
 * canonicalTimeZone('america/new_york') // 'America/New_York'
 * canonicalTimeZone('Mars/Olympus') // undefined
 */
export function canonicalTimeZone(timeZone: string): string | undefined {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return undefined;
  let canonical = canonicalNames.get(timeZone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    if (canonicalNames.size >= 1000) canonicalNames.clear();
    canonicalNames.set(timeZone, canonical);
  }
  return canonical ?? undefined;
}

/**
 * An IANA time zone name such as `America/Chicago`, stored under its canonical name
 * ({@link canonicalTimeZone}): `america/chicago` parses to `'America/Chicago'`. Every boundary
 * that takes a time zone (custodians of cases, events, scenarios, saved cases, share links) reads it with this
 * schema, so the same zone is always stored under the same name (DOMAIN.md §3) [cfr-287.7-d].
 *
 * @example
 * TimeZoneSchema.parse('america/new_york') // 'America/New_York'
 */
export const TimeZoneSchema = z
  .string({ error: 'expected an IANA time zone name such as "America/New_York"' })
  .transform((value, ctx) => {
    const canonical = canonicalTimeZone(value);
    if (canonical !== undefined) return canonical;
    ctx.addIssue({
      code: 'custom',
      message: `expected an IANA time zone name such as "America/New_York", got ${JSON.stringify(value.slice(0, 64))}`,
    });
    return z.NEVER;
  });

function assertFiniteMs(ms: number): void {
  if (!Number.isFinite(ms)) {
    throw new RangeError(`expected a finite epoch-millisecond value, got ${String(ms)}`);
  }
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (pure integer arithmetic, any year).
 * @internal Shared by the clock modules; not part of the public API.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The proleptic Gregorian date of a day count since 1970-01-01 (inverse of {@link daysFromCivil}).
 * @internal Shared by the clock modules; not part of the public API.
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/**
 * Weekday (0 = Sunday … 6 = Saturday) of a day count since 1970-01-01, a Thursday.
 * @internal Shared by the clock modules; not part of the public API.
 */
export function weekdayFromDays(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

/**
 * The 'YYYY-MM-DD' key of a civil date.
 * @internal Shared by the clock modules; not part of the public API.
 */
export function formatDateKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Raw wall-clock fields (no weekday) of `ms` in `timeZone`, at one-second resolution. */
function wallFields(ms: number, timeZone: string): [number, number, number, number, number, number] {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        // Some engines print midnight as "24" even with h23; normalize.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  return [year, month, day, hour, minute, second];
}

/** The zone's UTC offset in ms at instant `ms` (local wall time minus UTC). */
function offsetAt(ms: number, timeZone: string): number {
  const [year, month, day, hour, minute, second] = wallFields(ms, timeZone);
  const wallAsUtc = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return wallAsUtc - wholeSecond;
}

/**
 * The wall-clock fields of an instant in an IANA time zone (DOMAIN.md §3: days are judged in the custodian's
 * time zone) [cfr-287.7-d].
 *
 * @param ms - epoch milliseconds.
 * @param timeZone - an IANA zone such as `'America/New_York'`; an unknown zone throws a `RangeError`.
 * @returns year, month (1–12), day, hour (0–23), minute, second and weekday (0 = Sunday … 6 = Saturday).
 *
 * @example
 * zonedParts(Date.parse('2024-03-08T22:00:00Z'), 'America/New_York')
 * // { year: 2024, month: 3, day: 8, hour: 17, minute: 0, second: 0, weekday: 5 }
 */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  assertFiniteMs(ms);
  const [year, month, day, hour, minute, second] = wallFields(ms, timeZone);
  return { year, month, day, hour, minute, second, weekday: weekdayFromDays(daysFromCivil(year, month, day)) };
}

/**
 * The local calendar date of an instant in a time zone, as `'YYYY-MM-DD'` (the key used by
 * {@link isFederalHoliday}) [cfr-287.7-d].
 *
 * @example
 * localDateKey(Date.parse('2024-03-09T03:00:00Z'), 'America/Los_Angeles') // '2024-03-08'
 */
export function localDateKey(ms: number, timeZone: string): string {
  assertFiniteMs(ms);
  const [year, month, day] = wallFields(ms, timeZone);
  return formatDateKey(year, month, day);
}

/**
 * The instant of a wall-clock date and time in a time zone.
 *
 * Wall times that do not map to exactly one instant are resolved like Temporal's `'compatible'` mode:
 * - **ambiguous** (fall back: the hour is repeated): the **earlier** instant, i.e. the one with the pre-change
 *   offset (01:30 on 2024-11-03 in New York is 05:30Z, not 06:30Z);
 * - **skipped** (spring forward: the hour does not exist): moved **forward** by the length of the gap, i.e.
 *   read with the pre-change offset (02:30 on 2024-03-10 in New York becomes 03:30 EDT, 07:30Z).
 *
 * Fields must be integers in range (month 1–12, a day that exists in that month, hour 0–23, minute and second
 * 0–59); anything else throws a `RangeError`. Meant for tests and scenario authors;
 * the hold clock itself counts elapsed time on instants [cfr-287.7-d].
 *
 * @example
 * new Date(zonedTimeToInstant({ year: 2024, month: 3, day: 8, hour: 17, minute: 0 }, 'America/New_York')).toISOString()
 * // '2024-03-08T22:00:00.000Z'
 */
export function zonedTimeToInstant(local: ZonedDateTime, timeZone: string): number {
  const { year, month, day, hour, minute } = local;
  const second = local.second ?? 0;
  const valid =
    [year, month, day, hour, minute, second].every(Number.isInteger) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59;
  if (!valid) {
    throw new RangeError(`invalid wall-clock date-time ${JSON.stringify(local)}`);
  }
  const wallAsUtc = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, timeZone);
  let earliest: number | undefined;
  for (const offset of offsetBefore === offsetAfter ? [offsetBefore] : [offsetBefore, offsetAfter]) {
    const candidate = wallAsUtc - offset;
    if (offsetAt(candidate, timeZone) === offset && (earliest === undefined || candidate < earliest)) {
      earliest = candidate;
    }
  }
  if (earliest !== undefined) return earliest;
  // Skipped wall time: read it with the offset in force before the gap, which lands past the gap.
  return wallAsUtc - offsetBefore;
}

const MIDNIGHT_CACHE_LIMIT = 50_000;
let midnightCount = 0;
const midnightsByZone = new Map<string, Map<number, number>>();

/**
 * The first instant of a local day (given as days since 1970-01-01) in a time zone. Memoized: a simulation
 * asks for the same few thousand days again and again.
 * @internal Shared by the clock modules; not part of the public API.
 */
export function localMidnight(days: number, timeZone: string): number {
  let zoneCache = midnightsByZone.get(timeZone);
  const cached = zoneCache?.get(days);
  if (cached !== undefined) return cached;
  const { year, month, day } = civilFromDays(days);
  // A skipped midnight moves forward to the first instant that exists on that day.
  const ms = zonedTimeToInstant({ year, month, day, hour: 0, minute: 0 }, timeZone);
  if (midnightCount >= MIDNIGHT_CACHE_LIMIT) {
    midnightsByZone.clear();
    midnightCount = 0;
    zoneCache = undefined;
  }
  if (zoneCache === undefined) {
    zoneCache = new Map<number, number>();
    midnightsByZone.set(timeZone, zoneCache);
  }
  zoneCache.set(days, ms);
  midnightCount += 1;
  return ms;
}

const lastOffsetByZone = new Map<string, number>();

/**
 * The local day (days since 1970-01-01) that contains the instant `ms` in a time zone: the day `d` with
 * `localMidnight(d) <= ms < localMidnight(d + 1)`. Guesses the day from the zone's last seen offset and checks
 * it against the memoized midnights, so a warm cache needs no `Intl` call at all.
 * @internal Shared by the clock modules; not part of the public API.
 */
export function localDayNumber(ms: number, timeZone: string): number {
  assertFiniteMs(ms);
  let offset = lastOffsetByZone.get(timeZone);
  if (offset === undefined) {
    offset = offsetAt(ms, timeZone);
    lastOffsetByZone.set(timeZone, offset);
  }
  let day = Math.floor((ms + offset) / DAY_MS);
  for (let step = 0; step < 4; step += 1) {
    const start = localMidnight(day, timeZone);
    if (ms < start) {
      day -= 1;
    } else if (ms >= localMidnight(day + 1, timeZone)) {
      day += 1;
    } else {
      lastOffsetByZone.set(timeZone, day * DAY_MS - start);
      return day;
    }
  }
  const [year, month, dayOfMonth] = wallFields(ms, timeZone);
  return daysFromCivil(year, month, dayOfMonth);
}

/**
 * The instant of local midnight that starts the day containing `ms` in `timeZone`. Correct across DST: the
 * local day may last 23 or 25 hours, and where midnight itself is skipped by a DST change (e.g.
 * America/Sao_Paulo before 2019) the day starts at the first instant that exists, 01:00 [cfr-287.7-d].
 *
 * @example
 * new Date(startOfLocalDay(Date.parse('2024-03-08T22:00:00Z'), 'America/New_York')).toISOString()
 * // '2024-03-08T05:00:00.000Z'
 */
export function startOfLocalDay(ms: number, timeZone: string): number {
  return localMidnight(localDayNumber(ms, timeZone), timeZone);
}

/**
 * The instant of local midnight that starts the day after the one containing `ms` in `timeZone` (the end of
 * the local day, exclusive). Correct across DST, as {@link startOfLocalDay} [cfr-287.7-d].
 *
 * @example
 * new Date(startOfNextLocalDay(Date.parse('2024-03-09T12:00:00Z'), 'America/New_York')).toISOString()
 * // '2024-03-10T05:00:00.000Z' (Sunday 2024-03-10 then lasts 23 hours)
 */
export function startOfNextLocalDay(ms: number, timeZone: string): number {
  return localMidnight(localDayNumber(ms, timeZone) + 1, timeZone);
}
