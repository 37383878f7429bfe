import type { Instant } from '@detainer-kit/core';

/** One formatter per time zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** An instant in the custodian's local time, e.g. "Thu, Mar 7, 2024, 5:00 PM EST". */
export function formatLocal(instant: Instant | number, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(typeof instant === 'number' ? instant : new Date(instant));
}
