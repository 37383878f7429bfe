import { classifyNotice, computeNoticeDue } from '../clock/notice-clock.js';
import { type Instant, toEpochMs } from '../instant.js';
import type { DetainerCaseContext, NoticeRecord } from './context.js';

/**
 * Where notice of release stands, derived from the case: defined from the moment a release is scheduled.
 * Notice is due 48 hours before the projected release, or at once if less time remains when the custodian
 * learns of both the request and the release date; a late or missing notice is recorded, never fatal
 * [i247a-form].
 */
export function deriveNotice(context: DetainerCaseContext): NoticeRecord | null {
  return noticeFor(context, {
    projectedReleaseAt: context.projectedReleaseAt,
    releaseScheduledAt: context.releaseScheduledAt,
    sentAt: context.notice?.sentAt ?? null,
  });
}

/**
 * {@link deriveNotice} from the few facts it reads, so a machine step that changes one of them need not copy the
 * whole context first.
 * @internal
 */
export function noticeFor(
  facts: Pick<DetainerCaseContext, 'decision' | 'effectiveAt'>,
  release: {
    readonly projectedReleaseAt: Instant | null;
    readonly releaseScheduledAt: Instant | null;
    readonly sentAt: Instant | null;
  },
): NoticeRecord | null {
  const { projectedReleaseAt, sentAt } = release;
  if (projectedReleaseAt === null) return null;
  const { decision, effectiveAt } = facts;
  if (decision === null || effectiveAt === null || !decision.notice.requested) {
    return { status: 'not-requested', dueAt: null, sentAt };
  }
  if (!decision.notice.allowed) return { status: 'withheld-by-policy', dueAt: null, sentAt };
  const scheduledAt = release.releaseScheduledAt ?? projectedReleaseAt;
  const knownAt = toEpochMs(scheduledAt) > toEpochMs(effectiveAt) ? scheduledAt : effectiveAt;
  const dueAt = computeNoticeDue({ projectedReleaseAt, knownAt });
  if (sentAt === null) return { status: 'pending', dueAt, sentAt };
  return { status: classifyNotice({ dueAt, sentAt }), dueAt, sentAt };
}

/** The notice record once the case has ended: a notice still pending was never sent. */
export function closeNotice(notice: NoticeRecord | null): NoticeRecord | null {
  return notice?.status === 'pending' ? { ...notice, status: 'not-sent' } : notice;
}
