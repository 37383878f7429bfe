import {
  type DetainerSnapshot,
  ELIGIBILITY_NOTICE_HOURS,
  HOLD_END_TEXT,
  HOLD_LIMIT_HOURS,
  type Instant,
  isFullNoticePossible,
  NOTICE_LEAD_HOURS,
  toEpochMs,
} from '@detainer-kit/core';
import { uniqueCitations } from './timeline.js';
import type { CaseDeadline } from './types.js';

/**
 * The deadlines of a case at `now`: when notice of release is due [i247a-form] and when a hold must end
 * [cfr-287.7-d], each with its status. Sorted by instant.
 */
export function caseDeadlines(snapshot: DetainerSnapshot, now: Instant): CaseDeadline[] {
  const { context } = snapshot;
  const done = snapshot.status === 'done';
  const deadlines: CaseDeadline[] = [];
  const notice = context.notice;
  if (notice?.dueAt) {
    const release = context.projectedReleaseAt ?? notice.dueAt;
    const full = isFullNoticePossible({ projectedReleaseAt: release, dueAt: notice.dueAt });
    // When 48 hours were never possible, notice given by the projected release is what the form asks for.
    const lastChance = full ? toEpochMs(notice.dueAt) : Math.max(toEpochMs(release), toEpochMs(notice.dueAt));
    let status: CaseDeadline['status'];
    if (notice.sentAt !== null) status = notice.status === 'sent-late' ? 'missed' : 'met';
    else if (notice.status === 'not-requested-detainer-lifted') status = 'met';
    else if (done || toEpochMs(now) > lastChance) status = 'missed';
    else status = 'upcoming';
    deadlines.push({
      kind: 'notice-due',
      at: notice.dueAt,
      status,
      label: full
        ? `Notice of release due (at least ${NOTICE_LEAD_HOURS} hours before the projected release, if possible; a soft deadline)`
        : `Notice of release due as early as practicable: less than ${NOTICE_LEAD_HOURS} hours remained when the custodian learned of the release (a soft deadline)`,
      citations: ['i247a-form'],
    });
  }
  const hard = context.eligibilityNotice;
  if (hard) {
    let status: CaseDeadline['status'];
    if (hard.status === 'sent-on-time') status = 'met';
    else if (hard.status === 'sent-late' || hard.status === 'not-sent') status = 'missed';
    else status = done || toEpochMs(now) > toEpochMs(hard.dueAt) ? 'missed' : 'upcoming';
    deadlines.push({
      kind: 'notice-after-eligibility',
      at: hard.dueAt,
      status,
      label: `Notice to ICE due within ${ELIGIBILITY_NOTICE_HOURS} hours of release eligibility (North Carolina HB 318; a hard deadline, flagged when missed, never fatal; effective date unverified)`,
      citations: ['nc-hb318-2025'],
    });
  }
  const order = context.stateJudicialOrder;
  if (order && context.hold) {
    const status: CaseDeadline['status'] =
      order.status === 'entered' ? 'met' : order.status === 'missing' ? 'missed' : 'upcoming';
    deadlines.push({
      kind: 'state-judicial-order',
      at: order.enteredAt ?? context.outcome?.at ?? context.hold.deadline,
      status,
      label:
        order.status === 'entered'
          ? 'State judicial order entered: the person is held under a state court order (North Carolina HB 10)'
          : `State judicial order ${order.status === 'missing' ? 'missing: the hold ended without one' : 'awaited: the person is to be taken before a state judicial official without unnecessary delay'} (North Carolina HB 10; no number of hours is set, so only a hold that ends without an order is flagged; never fatal)`,
      citations: ['nc-hb10-2024'],
    });
  }
  // Every hold that ended keeps its deadline (after a move on a new criminal charge a detainer can have two).
  for (const [i, ended] of context.holdHistory.entries()) {
    if (context.hold?.startedAt === ended.startedAt && context.hold.deadline === ended.deadline) continue;
    deadlines.push({
      kind: 'hold-end',
      at: ended.deadline,
      status: ended.endedBy === 'deadline-reached' ? 'reached' : 'met',
      label: `Hold ${i + 1} had to end by then (${HOLD_LIMIT_HOURS} hours); it ended after ${ended.hours} h: ${HOLD_END_TEXT[ended.endedBy]}`,
      citations: ['cfr-287.7-d'],
    });
  }
  const hold = context.hold;
  if (hold) {
    const expired = context.outcome?.code === 'released-hold-expired';
    const status: CaseDeadline['status'] = expired ? 'reached' : done ? 'met' : 'upcoming';
    deadlines.push({
      kind: 'hold-end',
      at: hold.deadline,
      status,
      label: `Hold must end (${HOLD_LIMIT_HOURS} hours, ${hold.countingRule.rule === 'calendar' ? 'elapsed time' : 'excluding Saturdays, Sundays and federal holidays'}${hold.countingRule.unverified ? '; counting rule unverified' : ''}${hold.limit?.capped ? `; capped at ${HOLD_LIMIT_HOURS} elapsed hours without a judicial warrant: Georgia HB 1105 as introduced, unverified` : ''})`,
      citations: uniqueCitations(['cfr-287.7-d'], hold.countingRule.citations, hold.limit?.citations ?? []),
    });
  }
  return deadlines.sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at));
}
