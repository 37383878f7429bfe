import type { Instant } from '@detainer-kit/core';

/** An instant in the custodian's local time, e.g. "Thu, Mar 7, 2024, 5:00 PM EST". */
export function formatLocal(instant: Instant, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(instant));
}
