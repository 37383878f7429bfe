import { z } from 'zod';
import type { CitationId } from '../citations.js';
import type { CountingRuleChoice } from '../clock/counting-rule.js';
import type { HoldLimitRecord } from '../clock/hold-limit.js';
import type { Detainer, Issuer } from '../detainer/detainer.js';
import { type Custodian, CustodianSchema, type Subject, SubjectSchema } from '../detainer/subject.js';
import type {
  AccessArea,
  DelayReason,
  EarlyTransferBasis,
  LiftReason,
  PersonDuty,
  ReleaseReason,
} from '../detainer/vocabulary.js';
import { parseWith } from '../errors.js';
import { type Instant, InstantSchema } from '../instant.js';
import { type CaseLaw, CaseLawSchema, type LawApplication } from '../law/case-law.js';
import type { DecisionReasonCode } from '../policy/resolve-decision.js';
import type { CustodianDecision, JurisdictionPolicy } from '../policy/schema.js';
import { JurisdictionPolicySchema } from '../policy/schema.js';
import { quotedList } from '../quoted-list.js';
import type { CustodyMoveBasis } from './events.js';
import type { OutcomeCode } from './outcome-codes.js';
import type { OutcomeReason } from './outcomes.js';

export { OUTCOME_CODES, OUTCOME_TITLES, type OutcomeCode, OutcomeCodeSchema } from './outcome-codes.js';

/** How a case ended, when, why, and on what authority. */
export interface CaseOutcome {
  readonly code: OutcomeCode;
  /** A stable reason code, e.g. `hold-limit-reached`, `notice-only-request`, a lift reason, or a policy reason code. */
  readonly reason: OutcomeReason;
  /** The instant the outcome took effect (for an expired hold: the deadline itself). */
  readonly at: Instant;
  /** One neutral sentence. */
  readonly text: string;
  readonly citations: readonly CitationId[];
}

/**
 * Where notice of release stands:
 * - `not-requested`: no detainer in effect asks for notice;
 * - `withheld-by-policy`: notice was asked for; the policy does not give it;
 * - `barred-by-law`: notice was asked for; a law the policy follows forbids giving it (Illinois) [il-trust-805];
 * - `pending`: notice is asked for and allowed and has not been sent yet;
 * - `sent-on-time` / `sent-late`: 48 hours of notice were possible, and it was sent at or before / after the due
 *   instant [i247a-form];
 * - `sent-48h-not-possible`: the custodian learned of the release less than 48 hours ahead, so 48 hours were never
 *   possible, and notice was sent by the projected release (the lead time is `NoticeRecord.leadMinutes`) [i247a-form];
 * - `not-sent`: the case ended with notice still pending (recorded, not fatal);
 * - `not-requested-detainer-lifted`: DHS lifted the detainer with notice still pending: nothing asks for notice any
 *   more [ice-policy-10074.2].
 */
export const NoticeStatusSchema = z.enum(
  [
    'not-requested',
    'withheld-by-policy',
    'barred-by-law',
    'pending',
    'sent-on-time',
    'sent-late',
    'sent-48h-not-possible',
    'not-sent',
    'not-requested-detainer-lifted',
  ],
  { error: (): string => `expected a notice status: ${quotedList(NoticeStatusSchema.options)}` },
);
export type NoticeStatus = z.infer<typeof NoticeStatusSchema>;

export interface NoticeRecord {
  readonly status: NoticeStatus;
  /** When notice is due (48 hours before the projected release, or at once if less time remains). */
  readonly dueAt: Instant | null;
  readonly sentAt: Instant | null;
  /** Once sent: whole minutes from sending to the projected release (negative when sent after it) [i247a-form]. */
  readonly leadMinutes: number | null;
}

/**
 * Where the hard notification after release eligibility stands (North Carolina HB 318: notify ICE within two hours
 * of the time the person would otherwise be released) [nc-hb318-2025]:
 * - `pending`: due and not sent yet;
 * - `sent-on-time` / `sent-late`: a notice went out at or before / after the due instant (a notice already sent
 *   before release eligibility counts, in this model);
 * - `not-sent`: the case ended with none sent. Late or missing is recorded, never fatal.
 */
export const EligibilityNoticeStatusSchema = z.enum(['pending', 'sent-on-time', 'sent-late', 'not-sent'], {
  error: (): string => `expected an eligibility notice status: ${quotedList(EligibilityNoticeStatusSchema.options)}`,
});
export type EligibilityNoticeStatus = z.infer<typeof EligibilityNoticeStatusSchema>;

/** The hard notification deadline counted from release eligibility, and whether it was met [nc-hb318-2025]. */
export interface EligibilityNoticeRecord {
  readonly status: EligibilityNoticeStatus;
  /** Two elapsed hours after release eligibility. */
  readonly dueAt: Instant;
  readonly sentAt: Instant | null;
}

/**
 * Where the state judicial order before a hold stands, when the policy requires one and the hold rests on an
 * administrative warrant (North Carolina HB 10: the person is taken before a state judicial official without
 * unnecessary delay and held under a state court order) [nc-hb10-2024] (secondary):
 * - `awaited`: the hold runs and no order has been entered yet (the law sets no number of hours, so neither does
 *   the model);
 * - `entered`: a state judicial order was entered (`enteredAt`), during the hold or just before it;
 * - `missing`: the hold ended without one. Recorded and flagged, never fatal.
 */
export const StateJudicialOrderStatusSchema = z.enum(['awaited', 'entered', 'missing'], {
  error: (): string => `expected a state judicial order status: ${quotedList(StateJudicialOrderStatusSchema.options)}`,
});
export type StateJudicialOrderStatus = z.infer<typeof StateJudicialOrderStatusSchema>;

/** The state judicial order before a hold on an administrative warrant, and whether it was entered [nc-hb10-2024]. */
export interface StateJudicialOrderRecord {
  readonly status: StateJudicialOrderStatus;
  readonly enteredAt: Instant | null;
}

/** A hold: when it started, its absolute deadline, and how that deadline was counted. */
export interface HoldRecord {
  /** The instant the person would otherwise have been released: the start of the clock. */
  readonly startedAt: Instant;
  /** The absolute instant the hold must end. */
  readonly deadline: Instant;
  readonly countingRule: CountingRuleChoice;
  /** The time zone the weekday count used. */
  readonly timeZone: string;
  /**
   * What a state-law hold limit did to the deadline (Georgia HB 1105 as introduced) [ga-hb1105-2024] (unverified);
   * absent or `null` when the policy sets none.
   */
  readonly limit?: HoldLimitRecord | null;
}

/**
 * How a hold ended, as its record in `holdHistory` says:
 * - `dhs-assumed-custody`: DHS took custody before the deadline [cfr-287.7-d];
 * - `deadline-reached`: the deadline came without DHS; the person was released at it [cfr-287.7-d];
 * - `detainer-lifted`: DHS lifted the detainer [ice-policy-10074.2];
 * - `new-criminal-charge`: another agency took the person on its own criminal charge [i247a-form];
 * - `declined-by-new-custodian`: moved while held only on the detainer, to a custodian whose policy does not honor
 *   the hold [i247a-form], [galarza-2014];
 * - `declined-after-proof-of-status`: proof of status took the case out of a state mandate, and the local policy
 *   does not honor the hold [tx-ccp-2.251].
 */
export const HoldEndSchema = z.enum(
  [
    'dhs-assumed-custody',
    'deadline-reached',
    'detainer-lifted',
    'new-criminal-charge',
    'declined-by-new-custodian',
    'declined-after-proof-of-status',
  ],
  { error: (): string => `expected how a hold ended: ${quotedList(HoldEndSchema.options)}` },
);
export type HoldEnd = z.infer<typeof HoldEndSchema>;

/** How each hold ending reads, as every view shows it (the SDK's timeline and report, the CLI, the demo). */
export const HOLD_END_TEXT: Readonly<Record<HoldEnd, string>> = {
  'dhs-assumed-custody': 'DHS assumed custody',
  'deadline-reached': 'the deadline was reached; released',
  'detainer-lifted': 'DHS lifted the detainer; released',
  'new-criminal-charge': 'another agency took the person on its own criminal charge',
  'declined-by-new-custodian': 'moved, held only on the detainer, to a custodian that does not hold; released',
  'declined-after-proof-of-status': 'proof of status shown; the local policy does not hold; released',
};

/** One hold that has ended, as the case keeps it: every hold on the detainer stays on record, with its hours. */
export interface EndedHoldRecord {
  /** The instant the person would otherwise have been released: the start of the clock. */
  readonly startedAt: Instant;
  /** The deadline the hold had (a detainer-only move never changes it). */
  readonly deadline: Instant;
  /** When the hold ended (never after its deadline). */
  readonly endedAt: Instant;
  /** Elapsed hours from `startedAt` to `endedAt`, to two decimals. */
  readonly hours: number;
  /** The custodian holding the person when the hold ended. */
  readonly custodianId: string;
  readonly custodianName: string;
  readonly endedBy: HoldEnd;
}

export interface AccessRequestRecord {
  readonly at: Instant;
  readonly granted: boolean;
  readonly custodianId: string;
  /** Where the interview was asked for, as the event said (left out: not stated, read as non-public). */
  readonly area?: AccessArea;
  /** DHS had a judicial warrant, as the event said. */
  readonly judicialWarrant?: boolean;
  /** The person consented in writing, as the event said. */
  readonly writtenConsent?: boolean;
  /** The code of the reason that decided the request (`resolveAccess`) [psp-letters-2017]. */
  readonly reason: DecisionReasonCode;
  readonly citations: readonly CitationId[];
}

/**
 * Where a duty toward the person stands [ca-gov-7284.6], [nj-directive-2018-6], [co-sb25-276]:
 * - `due`: the duty has arisen and is not performed yet;
 * - `performed`: the custodian performed it (`performedAt`);
 * - `not-performed`: the case ended with the duty still due: flagged, never fatal.
 */
export const DutyStatusSchema = z.enum(['due', 'performed', 'not-performed'], {
  error: (): string => `expected a duty status: ${quotedList(DutyStatusSchema.options)}`,
});
export type DutyStatus = z.infer<typeof DutyStatusSchema>;

/** One duty toward the person: which, when it arose, and whether it was performed. */
export interface DutyRecord {
  readonly duty: PersonDuty;
  readonly status: DutyStatus;
  /** When the duty arose: the detainer lodged (copy of the request) or the interview request granted (rights). */
  readonly dueSince: Instant;
  readonly performedAt: Instant | null;
  readonly citations: readonly CitationId[];
}

/** A hand-over to DHS before release eligibility (Florida SB 168, Iowa ch. 27A) [fl-sb168-2019], [ia-27a-2018]. */
export interface EarlyTransferRecord {
  readonly at: Instant;
  readonly basis: EarlyTransferBasis;
  /** Elapsed days (to the minute, as a decimal) from the transfer to the projected release; `null` if none was scheduled. */
  readonly daysBeforeProjectedRelease: number | null;
}

export interface DelayRequestRecord {
  readonly at: Instant;
  readonly reason: DelayReason;
}

export interface CustodyMoveRecord {
  readonly at: Instant;
  readonly from: Custodian;
  readonly to: Custodian;
  readonly policyName: string;
  /** On what the person is held at the new custodian (see `CustodyMoveBasisSchema`) [i247a-form]. */
  readonly basis: CustodyMoveBasis;
}

/** Everything the machine knows about one case. Instants are absolute (ISO UTC) so a restored case keeps them. */
export interface DetainerCaseContext {
  readonly caseId: string | null;
  readonly bookedAt: Instant;
  readonly custodian: Custodian;
  /**
   * The policy the custodian decides under. Without `law`, the local policy itself; with `law`, the local policy
   * under the layers in force at the latest decision (see `lawApplied`).
   */
  readonly policy: JurisdictionPolicy;
  /**
   * The law the case is decided under (a jurisdiction, options, own layers, an as-of date), or `null`: the policy
   * alone decides, as in a case without law.
   */
  readonly law: CaseLaw | null;
  /** With `law`: the local policy (the user's choice, the local-policy layer); `null` without law. */
  readonly localPolicy: JurisdictionPolicy | null;
  /**
   * With `law`: which law each decision applied (the custodian's decision, the start of the hold clock, the notice
   * deadline after eligibility), in order: the jurisdiction, the date used and the deciding layers. Empty without law.
   */
  readonly lawApplied: readonly LawApplication[];
  readonly subject: Subject;
  readonly detainer: Detainer | null;
  readonly lodgedAt: Instant | null;
  readonly servedAt: Instant | null;
  /** When the detainer took effect (at lodging, or at service for an I-247A). */
  readonly effectiveAt: Instant | null;
  /** The custodian's decision on the detainer under the current policy. */
  readonly decision: CustodianDecision | null;
  readonly projectedReleaseAt: Instant | null;
  readonly releaseScheduledAt: Instant | null;
  /** Defined from the moment a release is scheduled. */
  readonly notice: NoticeRecord | null;
  readonly releaseEligible: {
    readonly at: Instant;
    readonly reason: ReleaseReason;
    readonly dhsPresent: boolean;
  } | null;
  readonly hold: HoldRecord | null;
  /**
   * Every hold that has ended, in order: after a move on a new criminal charge a detainer can have two holds, and
   * each keeps its own record and hours [cfr-287.7-d]. A hold still running is in `hold`, not here.
   */
  readonly holdHistory: readonly EndedHoldRecord[];
  /**
   * The hard notification deadline after release eligibility, when the policy sets `noticeAfterEligibility`
   * (North Carolina HB 318) and a detainer was in effect at eligibility [nc-hb318-2025]; else `null`.
   */
  readonly eligibilityNotice: EligibilityNoticeRecord | null;
  /**
   * The state judicial order before a hold, when the policy sets `stateJudicialOrder: 'required'` and the hold rests
   * on an I-200 or I-205 (North Carolina HB 10) [nc-hb10-2024]; else `null`.
   */
  readonly stateJudicialOrder: StateJudicialOrderRecord | null;
  /**
   * Who lodged the detainer: its `issuer`, or `287g-officer` when the custodian has a 287(g) Jail Enforcement Model
   * agreement (trained jail officers issue detainers) [ice-287g-models-2025], [crs-287g]; `null` before one is lodged.
   */
  readonly lodgedBy: Issuer | null;
  readonly accessRequests: readonly AccessRequestRecord[];
  /**
   * The duties toward the person that the policy sets (`informPersonOfRequest`, `adviseRightsBeforeInterview`),
   * in the order they arose [ca-gov-7284.6], [nj-directive-2018-6], [co-sb25-276]; empty when it sets none.
   */
  readonly duties: readonly DutyRecord[];
  /** Set when the custodian handed the person to DHS before release eligibility [fl-sb168-2019], [ia-27a-2018]. */
  readonly earlyTransfer: EarlyTransferRecord | null;
  readonly delayRequests: readonly DelayRequestRecord[];
  readonly custodyMoves: readonly CustodyMoveRecord[];
  readonly liftReason: LiftReason | null;
  /** When the person showed proof of citizenship or lawful status mid-case (`PROOF_OF_STATUS`), else `null`. */
  readonly proofOfStatusAt: Instant | null;
  /** The instant of the latest event; events may not go back in time. */
  readonly lastEventAt: Instant;
  readonly outcome: CaseOutcome | null;
}

/** What a case starts from: the person booked into one custodian's criminal custody under a policy. */
export const DetainerCaseInputSchema = z
  .object({
    caseId: z.string().min(1).max(120).optional(),
    bookedAt: InstantSchema,
    custodian: CustodianSchema,
    /** The local policy (the user's choice); with `law`, the local-policy layer under the law. */
    policy: JurisdictionPolicySchema,
    /** The law the case is decided under, at the instant of each decision; left out, the policy alone decides. */
    law: CaseLawSchema.optional(),
    subject: SubjectSchema.default({ offenses: [], proofOfStatus: 'none' }),
  })
  .strict();
/** Parsed machine input. */
export type DetainerCaseInput = z.output<typeof DetainerCaseInputSchema>;
/** Machine input as written by a person. */
export type DetainerCaseInputInput = z.input<typeof DetainerCaseInputSchema>;

/** Parses a case's input or throws a `DetainerKitError` with code `invalid-input`. */
export function parseDetainerCaseInput(value: unknown): DetainerCaseInput {
  return parseWith(DetainerCaseInputSchema, value, 'invalid-input', 'case input');
}
