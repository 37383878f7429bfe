import { fromEpochMs, HOUR_MS, type Instant, toEpochMs } from '../instant.js';

/**
 * Advance notice of release is asked for "as early as practicable (at least 48 hours, if possible)" before
 * release [i247a-form]. This is the one home of the constant.
 */
export const NOTICE_LEAD_HOURS = 48;

/**
 * How a notice that was sent stands against the form's request [i247a-form]; only ever recorded, never fatal:
 * `sent-on-time` / `sent-late` when 48 hours of notice were possible, and `sent-48h-not-possible` when the
 * custodian learned of the release less than 48 hours ahead and sent notice by the projected release.
 */
export type NoticeTiming = 'sent-on-time' | 'sent-late' | 'sent-48h-not-possible';

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
export function classifyNotice(input: {
  readonly dueAt: string;
  readonly sentAt: string;
}): 'sent-on-time' | 'sent-late' {
  return parseInstant(input.sentAt, 'sentAt') <= parseInstant(input.dueAt, 'dueAt') ? 'sent-on-time' : 'sent-late';
}

/**
 * Whether 48 hours of notice were possible at all: true when the notice's due time (see
 * {@link computeNoticeDue}) is 48 hours or more before the projected release, false when the custodian learned of
 * the release (or of the request) with less than 48 hours to go [i247a-form].
 *
 * @example
 * isFullNoticePossible({ projectedReleaseAt: '2024-06-14T21:00:00Z', dueAt: '2024-06-14T12:00:00Z' }) // false
 */
export function isFullNoticePossible(input: { readonly projectedReleaseAt: string; readonly dueAt: string }): boolean {
  const release = parseInstant(input.projectedReleaseAt, 'projectedReleaseAt');
  return parseInstant(input.dueAt, 'dueAt') <= release - NOTICE_LEAD_HOURS * HOUR_MS;
}

/**
 * Classifies a notice that was sent, against the form's "as early as practicable (at least 48 hours, if
 * possible)" [i247a-form]:
 * - when 48 hours were possible: {@link classifyNotice} (`sent-on-time` iff sent by the due time, else
 *   `sent-late`);
 * - when they never were (the custodian learned of the release less than 48 hours ahead): `sent-48h-not-possible`
 *   when sent by the projected release (or, for a release learned of only after its projected instant, at once),
 *   else `sent-late`. The lead time itself is recorded beside the status ({@link noticeLeadMinutes}).
 *
 * @throws RangeError for an unparsable instant.
 *
 * @example
 * // Learned at 08:00 of a release at 16:00 the same day; notice sent at 08:10.
 * classifySentNotice({
 *   projectedReleaseAt: '2024-06-14T20:00:00Z',
 *   dueAt: '2024-06-14T12:00:00Z',
 *   sentAt: '2024-06-14T12:10:00Z',
 * }) // 'sent-48h-not-possible'
 */
export function classifySentNotice(input: {
  readonly projectedReleaseAt: string;
  readonly dueAt: string;
  readonly sentAt: string;
}): NoticeTiming {
  if (isFullNoticePossible(input)) return classifyNotice(input);
  const latest = Math.max(
    parseInstant(input.projectedReleaseAt, 'projectedReleaseAt'),
    parseInstant(input.dueAt, 'dueAt'),
  );
  return parseInstant(input.sentAt, 'sentAt') <= latest ? 'sent-48h-not-possible' : 'sent-late';
}

/**
 * The lead time of a notice: whole minutes from sending to the projected release (negative when sent after it)
 * [i247a-form].
 *
 * @example
 * noticeLeadMinutes({ projectedReleaseAt: '2024-06-14T20:00:00Z', sentAt: '2024-06-14T12:10:00Z' }) // 470
 */
export function noticeLeadMinutes(input: { readonly projectedReleaseAt: string; readonly sentAt: string }): number {
  const ms = parseInstant(input.projectedReleaseAt, 'projectedReleaseAt') - parseInstant(input.sentAt, 'sentAt');
  return Math.trunc(ms / 60_000);
}

/**
 * North Carolina HB 318 (2025): the jail must notify ICE "within two hours" of the time the person would otherwise
 * be released [nc-hb318-2025] (secondary; its effective date is unverified). This is the one home of the constant.
 */
export const ELIGIBILITY_NOTICE_HOURS = 2;

/**
 * When the hard notification deadline after release eligibility falls: {@link ELIGIBILITY_NOTICE_HOURS} elapsed
 * hours after the instant the person would otherwise be released [nc-hb318-2025]. Unlike the soft 48-hour advance
 * notice, it is counted forward from release eligibility; a missed deadline is recorded, never fatal to the case.
 *
 * @throws RangeError for an unparsable instant.
 *
 * @example
 * computeEligibilityNoticeDue('2025-12-05T15:00:00-05:00') // '2025-12-05T22:00:00.000Z' (17:00 in Raleigh)
 */
export function computeEligibilityNoticeDue(releaseEligibleAt: string): Instant {
  return fromEpochMs(parseInstant(releaseEligibleAt, 'releaseEligibleAt') + ELIGIBILITY_NOTICE_HOURS * HOUR_MS);
}
