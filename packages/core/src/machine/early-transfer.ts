import type { CitationId } from '../citation-ids.js';
import type { EarlyTransferBasis } from '../detainer/vocabulary.js';
import { type Instant, toEpochMs } from '../instant.js';
import type { DetainerCaseContext, EarlyTransferRecord } from './context.js';

/**
 * Florida SB 168: a court may reduce a sentence by up to 12 days so DHS can take custody before release
 * [fl-sb168-2019]. This model counts the 12 days as 12 × 24 elapsed hours before the projected release.
 */
export const SENTENCE_REDUCTION_MAX_DAYS = 12;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The sources of each basis for a transfer before release eligibility. */
export const EARLY_TRANSFER_CITATIONS: Readonly<Record<EarlyTransferBasis, readonly CitationId[]>> = {
  'sentence-reduction': ['fl-sb168-2019'],
  'end-of-sentence-in-federal-custody': ['ia-27a-2018'],
};

/** The record of a transfer before release eligibility at `at`, with the days left to the projected release. */
export function earlyTransferRecord(
  context: DetainerCaseContext,
  at: Instant,
  basis: EarlyTransferBasis,
): EarlyTransferRecord {
  const release = context.projectedReleaseAt;
  const days = release === null ? null : Math.round(((toEpochMs(release) - toEpochMs(at)) / DAY_MS) * 1440) / 1440;
  return { at, basis, daysBeforeProjectedRelease: days };
}

/**
 * Why a transfer before release eligibility on `basis` at `at` cannot happen for this case, or `null` when it can:
 * the policy must allow it (`transferBeforeRelease`) [fl-sb168-2019], [ia-27a-2018], a detainer must be in effect,
 * and a sentence reduction reaches at most 12 days before a scheduled release [fl-sb168-2019].
 */
export function earlyTransferRefusal(
  context: DetainerCaseContext,
  at: Instant,
  basis: EarlyTransferBasis,
): { readonly why: string; readonly citations: readonly CitationId[] } | null {
  if (!context.policy.transferBeforeRelease) {
    return {
      why: 'The policy does not allow handing the person to DHS before release eligibility (set transferBeforeRelease, as Florida SB 168 and Iowa ch. 27A provide).',
      citations: ['fl-sb168-2019', 'ia-27a-2018'],
    };
  }
  if (context.decision === null) {
    return {
      why: 'No detainer is in effect, so DHS has asked for nothing that a transfer before release would answer.',
      citations: ['fl-sb168-2019', 'ia-27a-2018', 'ice-guidance-i247a'],
    };
  }
  const release = context.projectedReleaseAt;
  if (basis === 'sentence-reduction' && release !== null) {
    const lead = toEpochMs(release) - toEpochMs(at);
    if (lead > SENTENCE_REDUCTION_MAX_DAYS * DAY_MS) {
      return {
        why: `A court may reduce a sentence by up to ${SENTENCE_REDUCTION_MAX_DAYS} days so DHS takes custody before release (Florida SB 168); this transfer is more than ${SENTENCE_REDUCTION_MAX_DAYS} days before the projected release (${release}).`,
        citations: ['fl-sb168-2019'],
      };
    }
  }
  return null;
}
