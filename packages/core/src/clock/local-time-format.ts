import type { Instant } from '../instant.js';

/** The `Intl.DateTimeFormat` options of each way the project reads or shows a local time (`en-US`). */
const STYLES = {
  /** Numeric wall-clock fields, 24-hour: what the clocks read (internal). */
  parts: {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  },
  long: {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  table: {
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  },
  short: { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  time: { hour: 'numeric', minute: '2-digit' },
  day: { weekday: 'short', month: 'short', day: 'numeric' },
  zone: { timeZoneName: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * How {@link formatLocal} shows a local time:
 * - `long`: `Thu, Mar 7, 2024, 5:00 PM EST` (the default);
 * - `table`: `Thu 2024-03-07 17:00 EST` (24-hour, for aligned columns);
 * - `short`: `Thu, Mar 7, 5:00 PM`;
 * - `time`: `5:00 PM`;
 * - `day`: `Thu, Mar 7`;
 * - `zone`: the zone's short name at that instant, e.g. `EST` (or `GMT-5` where there is none).
 */
export type LocalTimeStyle = Exclude<keyof typeof STYLES, 'parts'>;

/** One cache per style, one formatter per time zone: building an `Intl.DateTimeFormat` costs far more than using one. */
const caches = new Map<keyof typeof STYLES, Map<string, Intl.DateTimeFormat>>();

/**
 * The cached formatter of a style in a time zone: the project's one cache of `Intl.DateTimeFormat`s.
 * Throws a `RangeError` (from `Intl`) when `timeZone` is not a known IANA zone.
 * @internal Shared by the clock modules; not part of the public API.
 */
export function localTimeFormatter(
  timeZone: string,
  style: keyof typeof STYLES,
  locale = 'en-US',
): Intl.DateTimeFormat {
  const key = locale === 'en-US' ? timeZone : `${timeZone} ${locale}`;
  let cache = caches.get(style);
  if (cache === undefined) {
    cache = new Map();
    caches.set(style, cache);
  }
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone });
    cache.set(key, formatter);
  }
  return formatter;
}

/**
 * An instant on the wall clock of an IANA time zone, for people to read, in `locale` (`en-US` unless given; the
 * Spanish views pass `es-US`, whose ICU data writes `jue, 7 mar 2024, 5:00 p. m. EST`). Weekdays, holidays and
 * deadlines are judged in the custodian's time zone, so that is the zone to show them in (DOMAIN.md §3).
 *
 * @throws RangeError for an instant that does not parse, an unknown time zone or a malformed locale.
 *
 * @example
 * formatLocal('2024-03-07T22:00:00Z', 'America/New_York') // 'Thu, Mar 7, 2024, 5:00 PM EST'
 * formatLocal('2024-03-07T22:00:00Z', 'America/New_York', 'table') // 'Thu 2024-03-07 17:00 EST'
 */
export function formatLocal(
  instant: Instant | number,
  timeZone: string,
  style: LocalTimeStyle = 'long',
  locale = 'en-US',
): string {
  const date = typeof instant === 'number' ? instant : new Date(instant);
  const formatter = localTimeFormatter(timeZone, style, locale);
  if (style === 'long' || style === 'short' || style === 'time' || style === 'day') return formatter.format(date);
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const p of formatter.formatToParts(date)) parts[p.type] = p.value;
  if (style === 'zone') return parts.timeZoneName ?? timeZone;
  return `${parts.weekday} ${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}
