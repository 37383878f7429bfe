/**
 * Display formatting: instants in the custodian's time zone, durations, countdowns, and the
 * `datetime-local` round trip. No legal rule lives here; wall-clock conversion and formatting use the SDK's time-zone helpers.
 */
import { formatLocal, HOUR_MS, zonedParts, zonedTimeToInstant } from '@detainer-kit/sdk';
import { currentLocale } from '../i18n/store';

const MINUTE = 60_000;

/** "Mon, Mar 4, 2024, 9:00 AM CST" in the given IANA zone. */
export function formatInstant(instant: string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return 'unknown time';
  return formatLocal(ms, timeZone, 'long', currentLocale());
}

/** "Mon, Mar 4, 9:00 AM": compact, for lists and markers. */
export function formatShort(instant: string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) return 'unknown time';
  return formatLocal(ms, timeZone, 'short', currentLocale());
}

/** An axis tick: the day ("Mon, Mar 4") at local midnight, else the time ("6:00 PM"). */
export function formatTick(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return p.hour === 0 && p.minute === 0
    ? formatLocal(ms, timeZone, 'day', currentLocale())
    : formatLocal(ms, timeZone, 'time', currentLocale());
}

/** "2 d 4 h", "5 h 30 min", "45 min", "0 min". Negative durations get a leading minus sign. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  const sign = ms < 0 ? '−' : '';
  let rest = Math.round(Math.abs(ms) / MINUTE);
  const days = Math.floor(rest / (24 * 60));
  rest -= days * 24 * 60;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0 && days === 0) parts.push(`${minutes} min`);
  return sign + (parts.length > 0 ? parts.join(' ') : '0 min');
}

/** Hours with one decimal: "47.5 h". */
export function formatHours(ms: number): string {
  return `${(Math.round((ms / HOUR_MS) * 10) / 10).toString()} h`;
}

/** A countdown "HH:MM:SS" (hours may exceed 24); never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The `datetime-local` value ("2024-03-04T09:00") of an instant, on the wall clock of `timeZone`. */
export function toDatetimeLocal(instant: string, timeZone: string): string {
  const p = zonedParts(Date.parse(instant), timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * The ISO instant of a `datetime-local` value read on the wall clock of `timeZone`, or `null` when the value
 * is not a complete date and time. Skipped and repeated DST hours resolve like Temporal's 'compatible'.
 */
export function fromDatetimeLocal(value: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  try {
    return new Date(zonedTimeToInstant({ year, month, day, hour, minute }, timeZone)).toISOString();
  } catch {
    return null;
  }
}

/** "released-hold-expired" → "released hold expired". */
export function humanizeCode(code: string): string {
  return code.replace(/[-_]+/g, ' ').trim();
}

/** Short UTC offset label of a zone at an instant, e.g. "CST" / "GMT-5". */
export function zoneAbbreviation(instant: string | number, timeZone: string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return formatLocal(ms, timeZone, 'zone');
}
