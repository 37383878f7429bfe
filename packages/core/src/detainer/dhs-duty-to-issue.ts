import type { CitationId } from '../citation-ids.js';
import { type Instant, toEpochMs } from '../instant.js';
import type { Charge } from './subject.js';
import type { InadmissibilityGround, OffenseTerm } from './vocabulary.js';

/**
 * The instant the Laken Riley Act took effect: its enactment on Jan 29, 2025, taken from midnight in Washington, DC
 * (US Eastern, UTC−5 in January: 2025-01-29T00:00−05:00 = 2025-01-29T05:00Z) [laken-riley-2025].
 */
export const LAKEN_RILEY_EFFECTIVE_AT: Instant = '2025-01-29T05:00:00.000Z';

/** The inadmissibility grounds the Act names: INA 212(a)(6)(A), (6)(C) and (7) [laken-riley-2025]. */
export const LAKEN_RILEY_GROUNDS: readonly InadmissibilityGround[] = ['ina-212-a-6-A', 'ina-212-a-6-C', 'ina-212-a-7'];

/** The offense terms the Act names [laken-riley-2025] (every term but `other`). */
export const LAKEN_RILEY_OFFENSES: readonly OffenseTerm[] = [
  'burglary',
  'theft',
  'larceny',
  'shoplifting',
  'assault-of-law-enforcement-officer',
  'crime-resulting-in-death-or-serious-bodily-injury',
];

/** Why DHS was, or was not, required to issue a detainer. */
export type DhsDutyReasonCode =
  | 'before-laken-riley'
  | 'no-listed-ground'
  | 'no-listed-offense'
  | 'listed-ground-and-offense';

/** What {@link dhsDutyToIssue} takes: when, the person's offenses in the Act's terms, and the grounds DHS asserts. */
export interface DhsDutyInput {
  /** The instant asked about (for a case: its booking). */
  readonly at: Instant;
  readonly charges: readonly Charge[];
  readonly inadmissibility: readonly InadmissibilityGround[];
}

/** Whether DHS was required to issue a detainer, and why. A duty of DHS: no custodian switch reads it. */
export interface DhsDutyToIssue {
  readonly required: boolean;
  readonly reason: DhsDutyReasonCode;
  /** One neutral sentence: "DHS required to issue a detainer: yes, because …". */
  readonly text: string;
  readonly citations: readonly CitationId[];
}

const CITATIONS: readonly CitationId[] = ['laken-riley-2025'];

const GROUND_WORDS: Readonly<Record<InadmissibilityGround, string>> = {
  'ina-212-a-6-A': 'INA 212(a)(6)(A)',
  'ina-212-a-6-C': 'INA 212(a)(6)(C)',
  'ina-212-a-7': 'INA 212(a)(7)',
  other: 'another ground',
};
const INVOLVEMENT_WORDS: Readonly<Record<Charge['involvement'], string>> = {
  arrested: 'is arrested for',
  charged: 'is charged with',
  convicted: 'is convicted of',
  admits: 'admits',
};

function words(term: string): string {
  return term.replaceAll('-', ' ');
}

/**
 * Whether DHS was required to issue a detainer under the Laken Riley Act (from Jan 29, 2025): yes for a person
 * inadmissible under INA 212(a)(6)(A), (6)(C) or (7) who is charged with, arrested for, convicted of, or admits
 * burglary, theft, larceny, shoplifting, assault of a law enforcement officer, or a crime resulting in death or
 * serious bodily injury [laken-riley-2025]. Before Jan 29, 2025 the Act did not apply. The duty binds DHS, not the
 * custodian: it changes who gets a detainer, never what the custodian does with one. Pure.
 *
 * @example
 * dhsDutyToIssue({
 *   at: '2025-03-01T12:00:00.000Z',
 *   charges: [{ term: 'shoplifting', involvement: 'arrested' }],
 *   inadmissibility: ['ina-212-a-6-A'],
 * }).required // true
 */
export function dhsDutyToIssue({ at, charges, inadmissibility }: DhsDutyInput): DhsDutyToIssue {
  const no = (reason: DhsDutyReasonCode, because: string): DhsDutyToIssue => ({
    required: false,
    reason,
    text: `DHS required to issue a detainer: no, because ${because}`,
    citations: CITATIONS,
  });
  if (toEpochMs(at) < toEpochMs(LAKEN_RILEY_EFFECTIVE_AT)) {
    return no('before-laken-riley', 'this is before Jan 29, 2025, when the Laken Riley Act took effect.');
  }
  const ground = inadmissibility.find((g) => LAKEN_RILEY_GROUNDS.includes(g));
  if (ground === undefined) {
    return no(
      'no-listed-ground',
      'no inadmissibility ground under INA 212(a)(6)(A), (6)(C) or (7) is recorded, which the Laken Riley Act requires.',
    );
  }
  const charge = charges.find((c) => LAKEN_RILEY_OFFENSES.includes(c.term));
  if (charge === undefined) {
    return no(
      'no-listed-offense',
      'none of the recorded offenses is one the Laken Riley Act lists (burglary, theft, larceny, shoplifting, assault of a law enforcement officer, a crime resulting in death or serious bodily injury).',
    );
  }
  const grounds = GROUND_WORDS[ground];
  return {
    required: true,
    reason: 'listed-ground-and-offense',
    text: `DHS required to issue a detainer: yes, because the person is inadmissible under ${grounds} and ${INVOLVEMENT_WORDS[charge.involvement]} ${words(charge.term)}, which the Laken Riley Act (from Jan 29, 2025) lists. The duty binds DHS, not the custodian.`,
    citations: CITATIONS,
  };
}
