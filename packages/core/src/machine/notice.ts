import { classifySentNotice, computeNoticeDue, noticeLeadMinutes } from '../clock/notice-clock.js';
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
    return { status: gate ?? 'not-requested', dueAt: null, sentAt, leadMinutes: null };
  }
  const scheduledAt = release.releaseScheduledAt ?? projectedReleaseAt;
  const knownAt = toEpochMs(scheduledAt) > toEpochMs(effectiveAt) ? scheduledAt : effectiveAt;
  const dueAt = computeNoticeDue({ projectedReleaseAt, knownAt });
  if (sentAt === null) return { status: 'pending', dueAt, sentAt, leadMinutes: null };
  return {
    status: classifySentNotice({ projectedReleaseAt, dueAt, sentAt }),
    dueAt,
    sentAt,
    leadMinutes: noticeLeadMinutes({ projectedReleaseAt, sentAt }),
  };
}

/** How a notice still pending is closed when the case ends: never sent, or no longer asked for (detainer lifted). */
export type ClosedNoticeStatus = 'not-sent' | 'not-requested-detainer-lifted';

/**
 * The notice record once the case has ended: a notice still pending was never sent (`not-sent`), or, when the
 * case ended because DHS lifted the detainer, is no longer asked for (`not-requested-detainer-lifted`).
 */
export function closeNotice(
  notice: NoticeRecord | null,
  closedAs: ClosedNoticeStatus = 'not-sent',
): NoticeRecord | null {
  return notice?.status === 'pending' ? { ...notice, status: closedAs } : notice;
}

/**
 * Where notice stands for a case at any moment, also before a release is scheduled (when the case holds no
 * notice record yet): the recorded status if there is one, else what the decision alone says, with a notice
 * asked for and allowed counting as `pending` while the case runs and, once it has `ended`, `not-sent` (or
 * `not-requested-detainer-lifted` when DHS lifted the detainer) [i247a-form].
 */
export function noticeStatusOf(context: DetainerCaseContext, ended: boolean): NoticeStatus {
  if (context.notice) return context.notice.status;
  const gate = noticeGate(context);
  if (gate !== null) return gate;
  if (!ended) return 'pending';
  return context.outcome?.code === 'released-detainer-lifted' ? 'not-requested-detainer-lifted' : 'not-sent';
}
