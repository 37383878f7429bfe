import type { CitationId } from '../citation-ids.js';
import type { PersonDuty } from '../detainer/vocabulary.js';
import type { Instant } from '../instant.js';
import type { DetainerCaseContext, DutyRecord } from './context.js';

/** The sources of each duty toward the person. */
export const PERSON_DUTY_CITATIONS: Readonly<Record<PersonDuty, readonly CitationId[]>> = {
  'copy-of-request': ['ca-gov-7284.6', 'nj-directive-2018-6'],
  'rights-before-interview': ['ca-gov-7284.6', 'co-hb19-1124', 'co-sb25-276', 'nj-directive-2018-6'],
};

/** What each duty asks of the custodian, in plain, neutral words. */
export const PERSON_DUTY_TEXT: Readonly<Record<PersonDuty, string>> = {
  'copy-of-request':
    'Give the person a copy of the detainer’s request and say whether the custodian will comply (California Gov. Code 7284.10 for state prisons; New Jersey’s directive, on AG forms).',
  'rights-before-interview':
    'Advise the person of their rights before an ICE interview (California, Colorado, New Jersey).',
};

/** A new duty, due from `at`. */
export function dutyDue(duty: PersonDuty, at: Instant): DutyRecord {
  return { duty, status: 'due', dueSince: at, performedAt: null, citations: PERSON_DUTY_CITATIONS[duty] };
}

/** The duties with the oldest due `duty` performed at `at`. */
export function performDuty(duties: readonly DutyRecord[], duty: PersonDuty, at: Instant): readonly DutyRecord[] {
  const i = duties.findIndex((d) => d.duty === duty && d.status === 'due');
  if (i < 0) return duties;
  return duties.map((d, j) => (j === i ? { ...d, status: 'performed' as const, performedAt: at } : d));
}

/** The duties once the case ends: any still due is `not-performed` (flagged, never fatal). */
export function closeDuties(duties: readonly DutyRecord[]): readonly DutyRecord[] {
  return duties.some((d) => d.status === 'due')
    ? duties.map((d) => (d.status === 'due' ? { ...d, status: 'not-performed' as const } : d))
    : duties;
}

/** True when a duty of this kind (any kind, when left out) is due. */
export function isDutyDue(context: DetainerCaseContext, duty?: PersonDuty): boolean {
  return context.duties.some((d) => d.status === 'due' && (duty === undefined || d.duty === duty));
}
