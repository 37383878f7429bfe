import { fromEpochMs, HOUR_MS, type Instant, toEpochMs } from '../instant.js';

/**
 * Advance notice of release is asked for "as early as practicable (at least 48 hours, if possible)" before
 * release [i247a-form]. This is the one home of the constant.
 */
export const NOTICE_LEAD_HOURS = 48;

/** Whether a notice went out by its due time; only ever recorded, never fatal [i247a-form]. */
export type NoticeTiming = 'sent-on-time' | 'sent-late';

function parseInstant(value: string, field: string): number {
  const ms = toEpochMs(value);
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${field} must be an ISO 8601 instant, got ${JSON.stringify(value)}`);
  }
  return ms;
}

/**
 * When advance notice of release is due: the later of (`projectedReleaseAt` − 48 elapsed hours) and
 * `knownAt`, the instant the custodian knew of both the request and the release date. The form asks for
 * notice "as early as practicable (at least 48 hours, if possible)": a **soft** deadline, so a custodian that
 * learns of the release less than 48 hours ahead is due at once (and when it learns only after the projected
 * release, the due time is `knownAt`, after the release). Late or missing notice is recorded, never fatal
 * to the case [i247a-form].
 *
 * Counted in elapsed hours (no weekday rule), so a DST change in between does not shift it.
 *
 * @returns the due time as a normalized ISO UTC string.
 * @throws RangeError for an unparsable instant.
 *
 * @example
 * computeNoticeDue({
 *   projectedReleaseAt: '2024-06-14T17:00:00-04:00',
 *   knownAt: '2024-06-10T09:00:00-04:00',
 * }) // '2024-06-12T21:00:00.000Z' (48 hours before release)
 *
 * computeNoticeDue({
 *   projectedReleaseAt: '2024-06-14T17:00:00-04:00',
 *   knownAt: '2024-06-14T08:00:00-04:00',
 * }) // '2024-06-14T12:00:00.000Z' (learned 9 hours ahead: due at once)
 */
export function computeNoticeDue(input: { readonly projectedReleaseAt: string; readonly knownAt: string }): Instant {
  const release = parseInstant(input.projectedReleaseAt, 'projectedReleaseAt');
  const known = parseInstant(input.knownAt, 'knownAt');
  return fromEpochMs(Math.max(release - NOTICE_LEAD_HOURS * HOUR_MS, known));
}

/**
 * Classifies a notice that was sent: `'sent-on-time'` iff `sentAt <= dueAt` (sent exactly at the due time is on
 * time), otherwise `'sent-late'`. Only recorded: a late (or missing) notice is never fatal [i247a-form].
 *
 * @throws RangeError for an unparsable instant.
 *
 * @example
 * classifyNotice({ dueAt: '2024-06-12T21:00:00Z', sentAt: '2024-06-12T17:00:00-04:00' }) // 'sent-on-time'
 */
export function classifyNotice(input: { readonly dueAt: string; readonly sentAt: string }): NoticeTiming {
  return parseInstant(input.sentAt, 'sentAt') <= parseInstant(input.dueAt, 'dueAt') ? 'sent-on-time' : 'sent-late';
}
