import {
  type AccessRequestRecord,
  DECISION_REASONS,
  type DetainerCaseContext,
  type DhsDutyToIssue,
  type DutyRecord,
  dhsDutyToIssue,
  type Instant,
  PERSON_DUTY_TEXT,
} from '@detainer-kit/core';

/**
 * Whether DHS was required to issue a detainer for this case's person under the Laken Riley Act (core's
 * `dhsDutyToIssue`, asked at booking), or `null` when the case records neither offenses in the Act's terms
 * (`subject.charges`) nor inadmissibility grounds (`subject.inadmissibility`) [laken-riley-2025]. It binds DHS, not
 * the custodian: nothing in the case's decisions reads it.
 *
 * @example
 * caseDutyToIssue(detainerCase.context)?.text // 'DHS required to issue a detainer: yes, because …'
 */
export function caseDutyToIssue(context: DetainerCaseContext): DhsDutyToIssue | null {
  const { charges, inadmissibility } = context.subject;
  if (charges === undefined && inadmissibility === undefined) return null;
  return dhsDutyToIssue({ at: context.bookedAt, charges: charges ?? [], inadmissibility: inadmissibility ?? [] });
}

/** One duty toward the person in words: what it asks, and whether it was performed ("due", "performed at …"). */
export function dutyText(duty: DutyRecord, when: (i: Instant) => string): string {
  const what = PERSON_DUTY_TEXT[duty.duty];
  switch (duty.status) {
    case 'due':
      return `${what} Due since ${when(duty.dueSince)}; not performed yet.`;
    case 'performed':
      return `${what} Due since ${when(duty.dueSince)}; performed at ${when(duty.performedAt ?? duty.dueSince)}.`;
    case 'not-performed':
      return `${what} Due since ${when(duty.dueSince)}; not performed when the case ended (recorded, not fatal to the case).`;
  }
}

/** One DHS interview request in words: granted or refused, and the reason. */
export function accessText(request: AccessRequestRecord, when: (i: Instant) => string): string {
  return `DHS's request to interview the person on ${when(request.at)} was ${request.granted ? 'granted' : 'refused'}: ${DECISION_REASONS[request.reason].text}`;
}
