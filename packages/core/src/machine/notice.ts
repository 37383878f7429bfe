import { classifyNotice, computeNoticeDue } from '../clock/notice-clock.js';
import { type Instant, toEpochMs } from '../instant.js';
import type { DetainerCaseContext, NoticeRecord, NoticeStatus } from './context.js';

/**
 * Why no notice is owed, from the decision alone: no detainer in effect asks for it, the policy does not
 * give it, or a law the policy follows bars it. `null` when notice is asked for and allowed.
 */
function noticeGate(
  facts: Pick<DetainerCaseContext, 'decision' | 'effectiveAt'>,
): 'not-requested' | 'withheld-by-policy' | 'barred-by-law' | null {
  const { decision } = facts;
  if (decision === null || facts.effectiveAt === null || !decision.notice.requested) return 'not-requested';
  if (decision.notice.allowed) return null;
  // A prohibition (Illinois) is not a choice to decline [il-trust-805].
  return decision.noticeReason.code === 'local-notify-barred' ? 'barred-by-law' : 'withheld-by-policy';
}

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
  const gate = noticeGate(facts);
  if (gate !== null || decision === null || effectiveAt === null) {
    return { status: gate ?? 'not-requested', dueAt: null, sentAt };
  }
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

/**
 * Where notice stands for a case at any moment, also before a release is scheduled (when the case holds no
 * notice record yet): the recorded status if there is one, else what the decision alone says, with a notice
 * asked for and allowed counting as `pending` while the case runs and `not-sent` once it has `ended`
 * [i247a-form].
 */
export function noticeStatusOf(context: DetainerCaseContext, ended: boolean): NoticeStatus {
  if (context.notice) return context.notice.status;
  return noticeGate(context) ?? (ended ? 'not-sent' : 'pending');
}
