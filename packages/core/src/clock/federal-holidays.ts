import { civilFromDays, daysFromCivil, formatDateKey, weekdayFromDays } from './time-zone.js';

/**
 * US federal holidays (5 U.S.C. 6103), the "holidays" that the regulation's count leaves out
 * [cfr-287.7-d]. Holidays are judged on observed dates in the custodian's time zone (DOMAIN.md §3).
 *
 * Pure integer date arithmetic (no `Date` local-time methods), so the host's time zone never matters. This is
 * implemented here rather than taken from `@18f/us-federal-holidays` because that library pulls in dayjs
 * (~4.8 kB gzipped) against this package's 8 kB budget, and parses dates in host-local time; it is used as a
 * test oracle instead.
 *
 * @module
 */

/** One observed federal holiday: its observed date `'YYYY-MM-DD'` and its name in 5 U.S.C. 6103(a). */
export interface FederalHoliday {
  readonly date: string;
  readonly name: string;
}

/**
 * The calendar years the holiday table covers: {@link federalHolidays} and {@link isFederalHoliday} answer for
 * `first`–`last` only. The model's supported instants (`SUPPORTED_INSTANTS`) are derived from this range.
 */
export const FEDERAL_HOLIDAY_YEARS = { first: 1971, last: 2199 } as const;
const FIRST_YEAR = FEDERAL_HOLIDAY_YEARS.first;
const LAST_YEAR = FEDERAL_HOLIDAY_YEARS.last;

function assertSupportedYear(year: number): void {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RangeError(
      `federal holidays are supported for the years ${FIRST_YEAR}–${LAST_YEAR} only, got ${String(year)}`,
    );
  }
}

/** Day number (days since 1970-01-01) of the nth `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = daysFromCivil(year, month, 1);
  return first + ((weekday - weekdayFromDays(first) + 7) % 7) + (n - 1) * 7;
}

/** Day number of the last `weekday` of a month. */
function lastWeekday(year: number, month: number, weekday: number): number {
  const last = daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return last - ((weekdayFromDays(last) - weekday + 7) % 7);
}

/**
 * Observed day number of a fixed-date holiday: a Saturday holiday is observed the Friday before, a Sunday
 * holiday the Monday after (5 U.S.C. 6103(b); Executive Order 11582).
 */
function observed(days: number): number {
  const weekday = weekdayFromDays(days);
  if (weekday === 6) return days - 1;
  if (weekday === 0) return days + 1;
  return days;
}

/**
 * The holidays of `year` by their legal date (observed for fixed dates), as day numbers. The observed New
 * Year's Day may fall on Dec 31 of the year before.
 */
function holidaysByLegalYear(year: number): { days: number; name: string }[] {
  const list: { days: number; name: string }[] = [
    { days: observed(daysFromCivil(year, 1, 1)), name: "New Year's Day" },
  ];
  if (year >= 1986) {
    // Pub. L. 98-144: third Monday in January, first observed Jan 20, 1986.
    list.push({ days: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' });
  }
  list.push(
    { days: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
    { days: lastWeekday(year, 5, 1), name: 'Memorial Day' },
  );
  if (year >= 2021) {
    // Pub. L. 117-17 (June 17, 2021): first observed Friday June 18, 2021.
    list.push({ days: observed(daysFromCivil(year, 6, 19)), name: 'Juneteenth National Independence Day' });
  }
  list.push(
    { days: observed(daysFromCivil(year, 7, 4)), name: 'Independence Day' },
    { days: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
    { days: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
    {
      // Uniform Monday Holiday Act (Pub. L. 90-363): fourth Monday in October for 1971–1977;
      // Pub. L. 94-97 restored November 11 from 1978.
      days: year <= 1977 ? nthWeekday(year, 10, 1, 4) : observed(daysFromCivil(year, 11, 11)),
      name: 'Veterans Day',
    },
    { days: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
    { days: observed(daysFromCivil(year, 12, 25)), name: 'Christmas Day' },
  );
  return list;
}

const byYear = new Map<number, readonly FederalHoliday[]>();
const dayNumbersByYear = new Map<number, ReadonlySet<number>>();

/**
 * The US federal holidays whose **observed** dates fall in calendar year `year`, in date order
 * (5 U.S.C. 6103) [cfr-287.7-d]:
 * New Year's Day; Birthday of Martin Luther King, Jr. (third Monday in January, from 1986); Washington's
 * Birthday (third Monday in February); Memorial Day (last Monday in May); Juneteenth National Independence
 * Day (June 19, from 2021); Independence Day; Labor Day (first Monday in September); Columbus Day (second
 * Monday in October); Veterans Day (November 11; the fourth Monday in October in 1971–1977); Thanksgiving
 * Day (fourth Thursday in November); Christmas Day.
 *
 * Fixed-date holidays falling on a Saturday are observed the Friday before, on a Sunday the Monday after.
 * A New Year's Day that falls on a Saturday is observed on Dec 31 of the previous year, so it is listed in
 * that previous year (`federalHolidays(2021)` ends with `2021-12-31`, and `federalHolidays(2022)` has no
 * New Year's Day).
 *
 * Not included: Inauguration Day (a holiday only for federal employees in the Washington, DC area) and
 * one-off closures by executive order (e.g. an extra day at Christmas, national days of mourning).
 *
 * @param year - an integer from 1971 to 2199; anything else throws a `RangeError` naming the range.
 * @returns a frozen list, memoized per year.
 *
 * @example
 * federalHolidays(2025).map((h) => h.date)
 * // ['2025-01-01', '2025-01-20', '2025-02-17', '2025-05-26', '2025-06-19', '2025-07-04', '2025-09-01',
 * //  '2025-10-13', '2025-11-11', '2025-11-27', '2025-12-25']
 */
export function federalHolidays(year: number): readonly FederalHoliday[] {
  assertSupportedYear(year);
  const cached = byYear.get(year);
  if (cached !== undefined) return cached;
  const candidates = [...holidaysByLegalYear(year), ...holidaysByLegalYear(year + 1).slice(0, 1)];
  const inYear = candidates
    .map(({ days, name }) => ({ ...civilFromDays(days), days, name }))
    .filter((h) => h.year === year)
    .sort((a, b) => a.days - b.days);
  const frozen = Object.freeze(
    inYear.map(({ month, day, name }) => Object.freeze({ date: formatDateKey(year, month, day), name })),
  );
  byYear.set(year, frozen);
  dayNumbersByYear.set(year, new Set(inYear.map((h) => h.days)));
  return frozen;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * True if the local date `dateKey` (`'YYYY-MM-DD'`) is the observed date of a US federal holiday, as listed by
 * {@link federalHolidays}; memoized per year. A Saturday New Year's Day is observed on the Friday before, so
 * `isFederalHoliday('2021-12-31')` is `true` and `isFederalHoliday('2022-01-01')` is `false` [cfr-287.7-d].
 *
 * @throws RangeError when `dateKey` is not a `'YYYY-MM-DD'` date or its year is outside 1971–2199.
 *
 * @example
 * isFederalHoliday('2025-07-04') // true
 */
export function isFederalHoliday(dateKey: string): boolean {
  const match = DATE_KEY.exec(dateKey);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const valid = match !== null && month >= 1 && month <= 12 && day >= 1;
  const days = valid ? daysFromCivil(year, month, day) : Number.NaN;
  const roundTrip = civilFromDays(days);
  if (!valid || roundTrip.month !== month || roundTrip.day !== day) {
    throw new RangeError(`expected an existing date 'YYYY-MM-DD', got ${JSON.stringify(dateKey)}`);
  }
  return isFederalHolidayOnDay(days);
}

/**
 * {@link isFederalHoliday} for a local date given as days since 1970-01-01 (no string work: the hold clock
 * asks once per simulated day).
 * @internal Shared by the clock modules; not part of the public API.
 */
export function isFederalHolidayOnDay(days: number): boolean {
  const { year } = civilFromDays(days);
  let set = dayNumbersByYear.get(year);
  if (set === undefined) {
    federalHolidays(year); // validates the year and fills the memo
    set = dayNumbersByYear.get(year) ?? new Set<number>();
  }
  return set.has(days);
}
