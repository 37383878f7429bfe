import { z } from 'zod';

/**
 * An absolute instant, written as an ISO 8601 date-time with a `Z` or a numeric offset
 * (`2024-03-08T17:00:00-05:00`). Parsed values are normalized to UTC (`2024-03-08T22:00:00.000Z`) so two
 * spellings of the same instant compare equal.
 */
export const InstantSchema = z.iso
  .datetime({
    offset: true,
    error: 'expected an ISO 8601 instant with a time zone, e.g. "2024-03-08T17:00:00-05:00" or "2024-03-08T22:00:00Z"',
  })
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
