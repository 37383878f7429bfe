import type { CitationId } from '../citations.js';
import type { Warrant } from '../detainer/vocabulary.js';
import { fromEpochMs, HOUR_MS, type Instant, toEpochMs } from '../instant.js';
import type { HoldLimit } from '../policy/schema.js';
import { HOLD_LIMIT_HOURS } from './hold-clock.js';

/**
 * What a state-law hold limit did to one hold's deadline (Georgia HB 1105 as introduced: a hold over 48 hours needs
 * a federal judicial warrant) [ga-hb1105-2024] (unverified).
 */
export interface HoldLimitRecord {
  readonly limit: Exclude<HoldLimit, 'by-counting-rule'>;
  /** The deadline the counting rule alone gives. */
  readonly ruleDeadline: Instant;
  /** The hold's deadline after the limit: the earlier of the rule's deadline and the cap, or the rule's with a judicial warrant. */
  readonly deadline: Instant;
  /** True when the cap moved the deadline earlier. */
  readonly capped: boolean;
  /** Always true: the rule rests on the bill as introduced. */
  readonly unverified: true;
  /** One neutral sentence on what the limit did. */
  readonly text: string;
  readonly citations: readonly CitationId[];
}

const CITATIONS: readonly CitationId[] = Object.freeze(['ga-hb1105-2024', 'cfr-287.7-d']);

/**
 * Applies a state-law hold limit to the deadline a counting rule gave. `by-counting-rule` returns `null` (the rule's
 * deadline stands). `calendar-48h-unless-judicial-warrant` caps the deadline at {@link HOLD_LIMIT_HOURS} elapsed hours
 * from release eligibility unless the detainer comes with a judicial warrant [ga-hb1105-2024] (unverified).
 *
 * @example
 * // Friday 17:00 in New York; the weekday count ends Tuesday 17:00; the cap ends it Sunday 17:00.
 * applyHoldLimit({
 *   limit: 'calendar-48h-unless-judicial-warrant', warrant: 'I-200',
 *   releaseEligibleAt: '2024-06-07T21:00:00.000Z', ruleDeadline: '2024-06-11T21:00:00.000Z',
 * }).deadline // '2024-06-09T21:00:00.000Z'
 */
export function applyHoldLimit(input: {
  readonly limit: HoldLimit;
  readonly warrant: Warrant;
  readonly releaseEligibleAt: Instant;
  readonly ruleDeadline: Instant;
}): HoldLimitRecord | null {
  const { limit, warrant, releaseEligibleAt, ruleDeadline } = input;
  if (limit === 'by-counting-rule') return null;
  if (warrant === 'judicial') {
    return {
      limit,
      ruleDeadline,
      deadline: ruleDeadline,
      capped: false,
      unverified: true,
      text: 'The policy applies Georgia HB 1105 as introduced (unverified): a hold over 48 hours needs a federal judicial warrant. This detainer comes with a judicial warrant, so the counting rule’s deadline stands.',
      citations: CITATIONS,
    };
  }
  const capMs = toEpochMs(releaseEligibleAt) + HOLD_LIMIT_HOURS * HOUR_MS;
  const capped = capMs < toEpochMs(ruleDeadline);
  return {
    limit,
    ruleDeadline,
    deadline: capped ? fromEpochMs(capMs) : ruleDeadline,
    capped,
    unverified: true,
    text: capped
      ? 'The policy applies Georgia HB 1105 as introduced (unverified): a hold over 48 hours needs a federal judicial warrant. This detainer comes with none, so the hold ends 48 elapsed hours after release eligibility, before the deadline the counting rule alone would give.'
      : 'The policy applies Georgia HB 1105 as introduced (unverified): a hold over 48 hours needs a federal judicial warrant. This detainer comes with none, but the counting rule already ends the hold within 48 elapsed hours, so the cap changes nothing.',
    citations: CITATIONS,
  };
}
