import { classifyNotice, computeNoticeDue } from '../clock/notice-clock.js';
import { toEpochMs } from '../instant.js';
import type { DetainerCaseContext, NoticeRecord } from './context.js';

/**
 * Where notice of release stands, derived from the case: defined from the moment a release is scheduled.
 * Notice is due 48 hours before the projected release, or at once if less time remains when the custodian
 * learns of both the request and the release date; a late or missing notice is recorded, never fatal
 * [i247a-form].
 */
export function deriveNotice(context: DetainerCaseContext): NoticeRecord | null {
  const { projectedReleaseAt, decision } = context;
  if (projectedReleaseAt === null) return null;
  const sentAt = context.notice?.sentAt ?? null;
  if (decision === null || context.effectiveAt === null || !decision.notice.requested) {
    return { status: 'not-requested', dueAt: null, sentAt };
  }
  if (!decision.notice.allowed) return { status: 'withheld-by-policy', dueAt: null, sentAt };
  const scheduledAt = context.releaseScheduledAt ?? projectedReleaseAt;
  const knownAt = toEpochMs(scheduledAt) > toEpochMs(context.effectiveAt) ? scheduledAt : context.effectiveAt;
  const dueAt = computeNoticeDue({ projectedReleaseAt, knownAt });
  if (sentAt === null) return { status: 'pending', dueAt, sentAt };
  return { status: classifyNotice({ dueAt, sentAt }), dueAt, sentAt };
}

/** The notice record once the case has ended: a notice still pending was never sent. */
export function closeNotice(notice: NoticeRecord | null): NoticeRecord | null {
  return notice?.status === 'pending' ? { ...notice, status: 'not-sent' } : notice;
}
