import { z } from 'zod';
import { FEDERAL_HOLIDAY_YEARS } from './clock/federal-holidays.js';

/**
 * The instants the model supports, `from` (inclusive) to `before` (exclusive): 1 January of the year after the
 * holiday table's first year to 1 January of its last year, UTC (today 1972-01-01T00:00:00.000Z to
 * 2199-01-01T00:00:00.000Z, from {@link FEDERAL_HOLIDAY_YEARS}). A year's margin at each end keeps every local
 * date the clocks look at inside the holiday table: a custodian's local date differs from the UTC date by at
 * most a day, and a hold deadline (a few calendar days at most, even over a run of weekends and holidays) or a
 * notice due time (48 hours before release) computed from a supported instant stays within the table.
 *
 * This is the one rule: {@link InstantSchema} enforces it, so every event, case input, scenario file, saved case
 * and share link refuses an instant outside it (with the project error, naming the field). A case's clock
 * stays inside the range too: a hold whose deadline would fall after `before` cannot be run to its end.
 */
export const SUPPORTED_INSTANTS = Object.freeze({
  from: new Date(Date.UTC(FEDERAL_HOLIDAY_YEARS.first + 1, 0, 1)).toISOString(),
  before: new Date(Date.UTC(FEDERAL_HOLIDAY_YEARS.last, 0, 1)).toISOString(),
});

const SUPPORTED_FROM_MS = Date.parse(SUPPORTED_INSTANTS.from);
const SUPPORTED_BEFORE_MS = Date.parse(SUPPORTED_INSTANTS.before);

/**
 * True if `value` (an ISO 8601 instant, or epoch milliseconds) lies in {@link SUPPORTED_INSTANTS}. An
 * unparsable string is not supported.
 *
 * @example
 * isSupportedInstant('2024-03-08T17:00:00-05:00') // true
 * isSupportedInstant('1969-07-20T20:17:00Z') // false
 */
export function isSupportedInstant(value: string | number): boolean {
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) && ms >= SUPPORTED_FROM_MS && ms < SUPPORTED_BEFORE_MS;
}

/** The message of an instant outside {@link SUPPORTED_INSTANTS}: what is wrong and how to fix it. */
export const UNSUPPORTED_INSTANT_MESSAGE = `must be from ${SUPPORTED_INSTANTS.from} and before ${SUPPORTED_INSTANTS.before}, the instants this model supports (its federal holiday table covers ${FEDERAL_HOLIDAY_YEARS.first}–${FEDERAL_HOLIDAY_YEARS.last}): use an instant in that range`;

/**
 * An absolute instant, written as an ISO 8601 date-time with a `Z` or a numeric offset
 * (`2024-03-08T17:00:00-05:00`), within {@link SUPPORTED_INSTANTS}. Parsed values are normalized to UTC
 * (`2024-03-08T22:00:00.000Z`) so two spellings of the same instant compare equal.
 */
export const InstantSchema = z.iso
  .datetime({
    offset: true,
    error: 'expected an ISO 8601 instant with a time zone, e.g. "2024-03-08T17:00:00-05:00" or "2024-03-08T22:00:00Z"',
  })
  .refine((value) => isSupportedInstant(value), { error: UNSUPPORTED_INSTANT_MESSAGE, abort: true })
  .transform((value) => new Date(value).toISOString());

/** An absolute instant as a normalized ISO 8601 UTC string. */
export type Instant = z.output<typeof InstantSchema>;

/** Milliseconds since the epoch of an ISO instant. */
export function toEpochMs(instant: string): number {
  return Date.parse(instant);
}

/** The normalized ISO UTC string of an epoch-millisecond value. */
export function fromEpochMs(ms: number): Instant {
  return new Date(ms).toISOString();
}

/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;
