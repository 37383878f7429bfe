import { assign, setup, spawnChild, stopChild } from 'xstate';
import type { CitationId } from '../citations.js';
import { computeHoldDeadline } from '../clock/hold-clock.js';
import { applyHoldLimit } from '../clock/hold-limit.js';
import { computeEligibilityNoticeDue } from '../clock/notice-clock.js';
import type { Detainer } from '../detainer/detainer.js';
import type { Subject } from '../detainer/subject.js';
import { toEpochMs } from '../instant.js';
import { lawDateAt, resolveCaseLaw } from '../law/case-law.js';
import { resolveAccess, resolveDecision } from '../policy/resolve-decision.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import type {
  CaseOutcome,
  DetainerCaseContext,
  DetainerCaseInput,
  EligibilityNoticeRecord,
  EndedHoldRecord,
  HoldEnd,
  StateJudicialOrderRecord,
} from './context.js';
import { earlyTransferRecord, earlyTransferRefusal } from './early-transfer.js';
import type { DetainerMachineEvent } from './events.js';
import { HOLD_CLOCK_ID, holdTimer } from './hold-timer.js';
import { lawAt } from './law-at.js';
import { type ClosedNoticeStatus, closeNotice, noticeFor } from './notice.js';
import { OUTCOME_TITLES, type OutcomeCode } from './outcome-codes.js';
import { declinedMidHoldOutcome, declinedOutcome, type OutcomeReason, outcomeOf } from './outcomes.js';
import { closeDuties, dutyDue, isDutyDue, performDuty } from './person-duties.js';
import { isWellFormedEvent, WELL_FORMED_GUARD } from './well-formed.js';

/**
 * Teaching metadata carried by every state and transition: the sources that justify it and a
 * plain-language explanation.
 */
export interface DetainerMeta {
  /** Short human title of a state (states only). */
  readonly title?: string;
  readonly citations: readonly CitationId[];
  /** One paragraph in plain, neutral language, for teaching. */
  readonly explanation: string;
}

type Ctx = DetainerCaseContext;

function eventAt(event: DetainerMachineEvent, context: Ctx): string {
  return 'at' in event ? event.at : context.lastEventAt;
}

function holdDeadlinePassed(context: Ctx, event: DetainerMachineEvent): boolean {
  return context.hold !== null && toEpochMs(eventAt(event, context)) >= toEpochMs(context.hold.deadline);
}

/** How a hold in progress ended, read from the outcome that ends the case (a hold declined mid-hold says why). */
const HOLD_END_OF: Partial<Record<string, HoldEnd>> = {
  'transferred-to-dhs': 'dhs-assumed-custody',
  'released-hold-expired': 'deadline-reached',
  'released-detainer-lifted': 'detainer-lifted',
  'hold-declined-after-custody-move': 'declined-by-new-custodian',
  'hold-declined-after-proof-of-status': 'declined-after-proof-of-status',
};

/**
 * The hold history with the hold in progress (if any) ended at `at`: every hold on the detainer stays on record,
 * with its hours, however it ended [cfr-287.7-d]. Applied wherever a hold ends.
 */
function withEndedHold(context: Ctx, at: string, endedBy: HoldEnd | undefined) {
  const hold = context.hold;
  if (hold === null || endedBy === undefined) return {};
  const ended: EndedHoldRecord = {
    startedAt: hold.startedAt,
    deadline: hold.deadline,
    endedAt: at,
    hours: Math.round((toEpochMs(at) - toEpochMs(hold.startedAt)) / 36_000) / 100,
    custodianId: context.custodian.id,
    custodianName: context.custodian.name,
    endedBy,
  };
  return { holdHistory: [...context.holdHistory, ended] };
}

/**
 * What every ending transition writes besides its outcome: the time, a hold in progress ended in the hold history,
 * and a notice still pending is closed (never sent, or no longer asked for once the detainer is lifted).
 */
function ending(context: Ctx, at: string, outcome: CaseOutcome | null, closedAs?: ClosedNoticeStatus) {
  const eligibilityNotice = context.eligibilityNotice;
  return {
    ...withEndedHold(context, at, outcome ? (HOLD_END_OF[outcome.reason] ?? HOLD_END_OF[outcome.code]) : undefined),
    lastEventAt: at,
    outcome,
    notice: closeNotice(context.notice, closedAs),
    duties: closeDuties(context.duties),
    eligibilityNotice:
      eligibilityNotice?.status === 'pending'
        ? { ...eligibilityNotice, status: 'not-sent' as const }
        : eligibilityNotice,
    stateJudicialOrder: closeStateJudicialOrder(context.stateJudicialOrder),
  };
}

/** A hold that ends with the state judicial order still awaited ended without one [nc-hb10-2024]. */
function closeStateJudicialOrder(record: StateJudicialOrderRecord | null): StateJudicialOrderRecord | null {
  return record?.status === 'awaited' ? { ...record, status: 'missing' as const } : record;
}

/**
 * Whether the policy requires a state judicial order for a hold on this case's detainer: `stateJudicialOrder:
 * 'required'` and an administrative warrant (I-200 or I-205) (North Carolina HB 10) [nc-hb10-2024].
 */
function stateJudicialOrderRequired(context: Ctx, policy: JurisdictionPolicy = context.policy): boolean {
  const warrant = context.detainer?.warrant;
  return policy.stateJudicialOrder === 'required' && (warrant === 'I-200' || warrant === 'I-205');
}

/**
 * The state judicial order record a hold starts with: an order already entered just before the hold stays entered;
 * else it is awaited, when the policy requires one for this detainer [nc-hb10-2024].
 */
function stateJudicialOrderAtHold(context: Ctx, policy: JurisdictionPolicy): StateJudicialOrderRecord | null {
  if (!stateJudicialOrderRequired(context, policy)) return null;
  const record = context.stateJudicialOrder;
  return record?.status === 'entered' ? record : { status: 'awaited', enteredAt: null };
}

/**
 * The hard notification deadline that release eligibility at `at` opens, when the policy sets one and a detainer is
 * in effect (North Carolina HB 318: two hours) [nc-hb318-2025]. A notice already sent counts as given.
 */
function eligibilityNoticeAt(context: Ctx, at: string, policy: JurisdictionPolicy): EligibilityNoticeRecord | null {
  if (policy.noticeAfterEligibility === 'none' || context.decision === null) return null;
  const dueAt = computeEligibilityNoticeDue(at);
  const sentAt = context.notice?.sentAt ?? null;
  if (sentAt === null) return { status: 'pending', dueAt, sentAt };
  return { status: toEpochMs(sentAt) <= toEpochMs(dueAt) ? 'sent-on-time' : 'sent-late', dueAt, sentAt };
}

/**
 * The custodian's decision, and the notice record that follows from it, for a step that puts a detainer in
 * effect (lodged, served, or moved to a new custodian): computed in that step's own assignment, from the values
 * the step writes, so entering `detainerInEffect` costs no second copy of the context.
 */
function decided(
  context: Ctx,
  at: string,
  changes: {
    readonly detainer?: Detainer;
    readonly policy?: JurisdictionPolicy;
    readonly effectiveAt?: string;
    readonly subject?: Subject;
    readonly timeZone?: string;
  },
) {
  const detainer = changes.detainer ?? context.detainer;
  if (detainer === null) return {};
  // With a law spec, the decision is taken under the layers in force at `at` [cfr-287.7-a].
  const law = lawAt(context, at, 'custodian-decision', changes.policy, changes.timeZone);
  const decision = resolveDecision({
    policy: law.policy,
    detainer,
    subject: changes.subject ?? context.subject,
  });
  const effectiveAt = changes.effectiveAt ?? context.effectiveAt;
  const notice = noticeFor(
    { decision, effectiveAt },
    {
      projectedReleaseAt: context.projectedReleaseAt,
      releaseScheduledAt: context.releaseScheduledAt,
      sentAt: context.notice?.sentAt ?? null,
    },
  );
  return { ...law.writes, decision, notice };
}

/** The subject once a proof of status shown mid-case is recorded on it [tx-ccp-2.251]. */
function subjectWithProof(context: Ctx, event: DetainerMachineEvent): Subject {
  return event.type === 'PROOF_OF_STATUS' ? { ...context.subject, proofOfStatus: event.proof } : context.subject;
}

/**
 * The decision taken again during a hold, for an event that changes what it rests on: a detainer-only move (the new
 * custodian's policy) or a proof of status (the subject). `null` for any other event.
 */
function redecidedMidHold(context: Ctx, event: DetainerMachineEvent) {
  if (context.detainer === null) return null;
  if (event.type === 'CUSTODY_MOVED' && event.basis === 'detainer-only') {
    const { policy } = lawAt(context, event.at, 'custodian-decision', event.policy, event.custodian.timeZone);
    return resolveDecision({ policy, detainer: context.detainer, subject: context.subject });
  }
  // One proof per case [tx-ccp-2.251]: a second one (sent past the parser's check) decides nothing.
  if (event.type === 'PROOF_OF_STATUS' && context.subject.proofOfStatus === 'none') {
    return resolveDecision({
      policy: lawAt(context, event.at, 'custodian-decision').policy,
      detainer: context.detainer,
      subject: subjectWithProof(context, event),
    });
  }
  return null;
}

function requireOutcome(context: Ctx): CaseOutcome {
  if (context.outcome === null) throw new Error('detainer case reached a final state without an outcome');
  return context.outcome;
}

const EXPIRE_FIRST = {
  guard: 'holdDeadlinePassed',
  target: '#detainerCase.releasedHoldExpired',
  actions: 'expireHold',
  description: 'The event comes at or after the hold deadline: the person was already released at the deadline.',
  meta: {
    citations: ['cfr-287.7-d'],
    explanation:
      'Nothing that happens after the deadline can extend a hold. The person was released at the deadline itself, so the case ends there, whatever the event. An event at exactly the deadline (48:00) also comes too late: a cautious choice of this model, since the limit is "not to exceed 48 hours".',
  },
} as const;

/** The teaching text of one transition: what it does, on what authority, in plain words. */
interface TransitionText {
  readonly description: string;
  readonly citations: readonly CitationId[];
  readonly explanation: string;
}

/** DHS is present at the moment of release and the policy hands the person over (same rule in every decision). */
function transferAtRelease(text: TransitionText) {
  return {
    guard: 'transfersAtRelease',
    target: '#detainerCase.transferredToDhs',
    actions: { type: 'release', params: { code: 'transferred-to-dhs', reason: 'transferred-at-release' } },
    description: text.description,
    meta: { citations: text.citations, explanation: text.explanation },
  } as const;
}

/** DHS lifts the detainer while the person is still in criminal custody (served or not). */
const LIFT_BEFORE_RELEASE = {
  guard: WELL_FORMED_GUARD,
  target: '#detainerCase.releasedDetainerLifted',
  actions: 'liftDetainer',
  description: 'DHS lifts or cancels the detainer.',
  meta: {
    citations: ['ice-policy-10074.2', 'ddp-codebook'],
    explanation:
      'DHS may cancel a detainer at any time; ICE data records the reason. The detainer case ends; criminal custody continues under ordinary rules.',
  },
} as const;

/** The custodian asks DHS to wait while the person is needed in a criminal case. */
const REQUEST_DELAY = {
  guard: WELL_FORMED_GUARD,
  actions: 'recordDelayRequest',
  description: 'The custodian asks DHS to wait: the person is needed for prosecution or as a witness.',
  meta: {
    citations: ['ice-faq-2011'],
    explanation:
      'A custodian may ask DHS to defer while the person is needed in a criminal case. The request is recorded; it does not change the detainer.',
  },
} as const;

/**
 * Handed to DHS before release eligibility, where state law allows it (Florida SB 168, Iowa ch. 27A). On each
 * decision state, after its RELEASE_ELIGIBLE transitions, so the teaching chart draws it with the hand-over at release.
 */
const TRANSFER_BEFORE_RELEASE = {
  guard: 'transfersBeforeRelease',
  target: '#detainerCase.transferredToDhs',
  actions: 'transferBeforeRelease',
  description: 'Handed to DHS before release eligibility: state law allows it (Florida, Iowa).',
  meta: {
    citations: ['fl-sb168-2019', 'ia-27a-2018'],
    explanation:
      'Some state laws let DHS take custody before the person would be released: in Florida a court may reduce a sentence by up to 12 days so DHS can take custody before release; in Iowa the end of a sentence may be served in federal custody. The case ends in DHS custody without a hold. The policy must allow it and a detainer must be in effect.',
  },
} as const;

/** The custodian performs a duty toward the person that is due (a copy of the request, rights before an interview). */
const INFORM_PERSON = {
  guard: 'dutyIsDue',
  actions: 'informPerson',
  description: 'The custodian performs a duty toward the person: a copy of the request, or rights before an interview.',
  meta: {
    citations: ['ca-gov-7284.6', 'nj-directive-2018-6', 'co-sb25-276'],
    explanation:
      'Some laws give the person in custody a right to be told: California state prisons give the person a copy of any hold, notification or transfer request and say whether they will comply, and need written consent before an ICE interview; New Jersey tells the detainee of each ICE request on AG forms; California, Colorado and New Jersey advise the person of their rights before an ICE interview. The duty is recorded as performed at this instant. A duty never performed is flagged when the case ends; it does not change the outcome.',
  },
} as const;

/**
 * One immigration detainer case in one custodian's hands (shared/DOMAIN.md §2), as an XState v5 machine.
 *
 * The person is booked into criminal custody; DHS may lodge a detainer; the custodian decides under its
 * policy; release eligibility starts the hold clock when a hold is requested and honored; the case ends in
 * exactly one outcome. Deadlines are absolute instants in the context, so a persisted and restored case still
 * expires at the right instant, and the machine runs on XState's `SimulatedClock` for virtual time.
 *
 * Every event carries `at`, the instant it happens. Parse events from outside with `parseDetainerEvent`
 * (or use `sendDetainerEvent`) so bad input never reaches the machine.
 *
 * @example
 * import { createActor, SimulatedClock } from 'xstate';
 * import { detainerMachine, getPolicyPreset } from '@detainer-kit/core';
 *
 * const clock = new SimulatedClock();
 * clock.set(Date.parse('2024-03-04T09:00:00-05:00'));
 * const actor = createActor(detainerMachine, {
 *   clock,
 *   input: {
 *     bookedAt: '2024-03-04T14:00:00.000Z',
 *     custodian: { id: 'cook', name: 'County Jail', kind: 'county-jail', timeZone: 'America/Chicago' },
 *     policy: getPolicyPreset('full-cooperation'),
 *     subject: { offenses: [], proofOfStatus: 'none' },
 *   },
 * }).start();
 */
export const detainerMachine = setup({
  types: {
    context: {} as DetainerCaseContext,
    events: {} as DetainerMachineEvent,
    input: {} as DetainerCaseInput,
    output: {} as CaseOutcome,
    meta: {} as DetainerMeta,
  },
  actors: { holdTimer },
  guards: {
    // Every guard of an event transition first checks that the event is well formed (see `isWellFormedEvent`),
    // and unguarded event transitions take the `wellFormed` guard: a raw `actor.send` that bypassed the parser
    // is ignored, never half-applied.
    [WELL_FORMED_GUARD]: ({ event }) => isWellFormedEvent(event),
    holdDeadlinePassed: ({ context, event }) => isWellFormedEvent(event) && holdDeadlinePassed(context, event),
    requiresService: ({ event }) =>
      event.type === 'DETAINER_LODGED' && isWellFormedEvent(event) && event.detainer.form === 'I-247A',
    honorsHold: ({ context }) => context.decision?.disposition === 'honor-hold',
    notifiesOnly: ({ context }) => context.decision?.disposition === 'notify-only',
    transfersAtRelease: ({ context, event }) =>
      event.type === 'RELEASE_ELIGIBLE' &&
      event.dhsPresent === true &&
      context.decision?.transferAtRelease === true &&
      isWellFormedEvent(event),
    holdWasRequested: ({ context, event }) => context.decision?.hold.requested === true && isWellFormedEvent(event),
    stateJudicialOrderExpected: ({ context, event }) =>
      stateJudicialOrderRequired(context, lawAt(context, eventAt(event, context), 'hold-clock').policy) &&
      context.stateJudicialOrder?.status !== 'entered' &&
      isWellFormedEvent(event),
    stateJudicialOrderAwaited: ({ context, event }) =>
      context.stateJudicialOrder?.status === 'awaited' && isWellFormedEvent(event),
    /** A move on another agency's own criminal charge (the default basis) [i247a-form]. */
    criminalCustodyMove: ({ event }) =>
      event.type === 'CUSTODY_MOVED' && event.basis === 'new-criminal-charge' && isWellFormedEvent(event),
    /** A move during a hold of a person held only on the detainer [i247a-form], [cfr-287.7-d]. */
    detainerOnlyMove: ({ event }) =>
      event.type === 'CUSTODY_MOVED' && event.basis === 'detainer-only' && isWellFormedEvent(event),
    /**
     * The decision taken again mid-hold (new custodian's policy, or proof of status) still honors the hold, so the
     * hold goes on to its first deadline [cfr-287.7-d], [galarza-2014].
     */
    keepsHold: ({ context, event }) =>
      isWellFormedEvent(event) && redecidedMidHold(context, event)?.hold.allowed === true,
    /** A proof of status the case has not had yet: one per case [tx-ccp-2.251]. */
    firstProofOfStatus: ({ context, event }) =>
      event.type === 'PROOF_OF_STATUS' && context.subject.proofOfStatus === 'none' && isWellFormedEvent(event),
    eligibilityNoticePending: ({ context, event }) =>
      context.eligibilityNotice?.status === 'pending' && isWellFormedEvent(event),
    dutyIsDue: ({ context, event }) =>
      event.type === 'PERSON_INFORMED' && isWellFormedEvent(event) && isDutyDue(context, event.duty),
    transfersBeforeRelease: ({ context, event }) =>
      event.type === 'TRANSFERRED_BEFORE_RELEASE' &&
      isWellFormedEvent(event) &&
      earlyTransferRefusal(context, event.at, event.basis) === null,
    noticeCanBeSent: ({ context, event }) =>
      context.decision?.notice.requested === true &&
      context.decision.notice.allowed &&
      context.projectedReleaseAt !== null &&
      context.notice?.sentAt === null &&
      isWellFormedEvent(event),
  },
  // One assignment per transition: each action below writes everything its step changes (the event's instant
  // included), so a step copies the context once.
  actions: {
    /** The interview request decided by the access switch (`resolveAccess`); a granted one may owe a rights advisal. */
    recordAccessRequest: assign(({ context, event }) => {
      if (event.type !== 'ACCESS_REQUESTED') return {};
      const { at } = event;
      const { policy } = lawAt(context, at, 'custodian-decision');
      const ruling = resolveAccess(policy.access, event);
      const rightsDue = ruling.granted && policy.adviseRightsBeforeInterview;
      return {
        lastEventAt: at,
        accessRequests: [
          ...context.accessRequests,
          {
            at,
            granted: ruling.granted,
            custodianId: context.custodian.id,
            ...(event.area === undefined ? {} : { area: event.area }),
            ...(event.judicialWarrant === undefined ? {} : { judicialWarrant: event.judicialWarrant }),
            ...(event.writtenConsent === undefined ? {} : { writtenConsent: event.writtenConsent }),
            reason: ruling.reason.code,
            citations: ruling.reason.citations,
          },
        ],
        ...(rightsDue ? { duties: [...context.duties, dutyDue('rights-before-interview', at)] } : {}),
      };
    }),
    /** The custodian performs a duty toward the person that is due. */
    informPerson: assign(({ context, event }) =>
      event.type === 'PERSON_INFORMED'
        ? { lastEventAt: event.at, duties: performDuty(context.duties, event.duty, event.at) }
        : {},
    ),
    /** Handed to DHS before release eligibility: the case ends with its own reason [fl-sb168-2019], [ia-27a-2018]. */
    transferBeforeRelease: assign(({ context, event }) => {
      if (event.type !== 'TRANSFERRED_BEFORE_RELEASE') return {};
      return {
        ...ending(
          context,
          event.at,
          outcomeOf('transferred-to-dhs', 'transferred-before-release-eligibility', event.at),
        ),
        earlyTransfer: earlyTransferRecord(context, event.at, event.basis),
      };
    }),
    scheduleRelease: assign(({ context, event }) => {
      if (event.type !== 'RELEASE_SCHEDULED') return {};
      return {
        lastEventAt: event.at,
        projectedReleaseAt: event.releaseAt,
        releaseScheduledAt: event.at,
        notice: noticeFor(context, {
          projectedReleaseAt: event.releaseAt,
          releaseScheduledAt: event.at,
          sentAt: context.notice?.sentAt ?? null,
        }),
      };
    }),
    lodgeDetainer: assign(({ context, event }, params: { readonly inEffect: boolean }) => {
      if (event.type !== 'DETAINER_LODGED') return {};
      const { at, detainer } = event;
      // Under a 287(g) Jail Enforcement Model agreement, trained jail officers issue detainers [ice-287g-models-2025].
      const { policy } = lawAt(context, at, 'custodian-decision');
      const lodgedBy = policy.agreement287g === 'jail-enforcement-model' ? '287g-officer' : detainer.issuer;
      // A copy of the request is owed from the moment it is received [ca-gov-7284.6], [nj-directive-2018-6].
      const duties = policy.informPersonOfRequest
        ? { duties: [...context.duties, dutyDue('copy-of-request', at)] }
        : {};
      return params.inEffect
        ? {
            lastEventAt: at,
            detainer,
            lodgedAt: at,
            lodgedBy,
            effectiveAt: at,
            ...duties,
            ...decided(context, at, { detainer, effectiveAt: at }),
          }
        : { lastEventAt: at, detainer, lodgedAt: at, lodgedBy, ...duties };
    }),
    serveDetainer: assign(({ context, event }) => {
      const at = eventAt(event, context);
      return { lastEventAt: at, servedAt: at, effectiveAt: at, ...decided(context, at, { effectiveAt: at }) };
    }),
    sendNotice: assign(({ context, event }) => {
      const at = eventAt(event, context);
      return {
        lastEventAt: at,
        notice: noticeFor(context, {
          projectedReleaseAt: context.projectedReleaseAt,
          releaseScheduledAt: context.releaseScheduledAt,
          sentAt: at,
        }),
      };
    }),
    /** Notice sent during a hold, against the hard deadline counted from release eligibility [nc-hb318-2025]. */
    sendEligibilityNotice: assign(({ context, event }) => {
      const at = eventAt(event, context);
      const record = context.eligibilityNotice;
      if (record === null) return {};
      return {
        lastEventAt: at,
        eligibilityNotice: {
          ...record,
          sentAt: at,
          status: toEpochMs(at) <= toEpochMs(record.dueAt) ? ('sent-on-time' as const) : ('sent-late' as const),
        },
        notice:
          context.notice?.status === 'pending'
            ? noticeFor(context, {
                projectedReleaseAt: context.projectedReleaseAt,
                releaseScheduledAt: context.releaseScheduledAt,
                sentAt: at,
              })
            : context.notice,
      };
    }),
    /** A state judicial order is entered: the person is held under it from `at` [nc-hb10-2024]. */
    recordStateJudicialOrder: assign(({ context, event }) => {
      const at = eventAt(event, context);
      return { lastEventAt: at, stateJudicialOrder: { status: 'entered' as const, enteredAt: at } };
    }),
    /**
     * `decides`: the new custodian decides under its policy (on entering `detainerInEffect`, or, for a detainer-only
     * move that keeps the hold, at once). `endsHold`: a move on a new criminal charge ends the hold in progress, whose
     * record stays in the hold history.
     */
    moveCustody: assign(({ context, event }, params: { readonly endsHold: boolean; readonly decides: boolean }) => {
      if (event.type !== 'CUSTODY_MOVED') return {};
      const law = lawAt(context, event.at, 'custodian-decision', event.policy, event.custodian.timeZone);
      const moved = {
        lastEventAt: event.at,
        custodian: event.custodian,
        ...(context.law ? { policy: law.policy, localPolicy: event.policy } : { policy: event.policy }),
        ...(params.decides
          ? decided(context, event.at, { policy: event.policy, timeZone: event.custodian.timeZone })
          : {}),
        custodyMoves: [
          ...context.custodyMoves,
          {
            at: event.at,
            from: context.custodian,
            to: event.custodian,
            policyName: event.policy.name,
            basis: event.basis,
          },
        ],
      };
      return params.endsHold
        ? {
            ...moved,
            ...withEndedHold(context, event.at, 'new-criminal-charge'),
            hold: null,
            releaseEligible: null,
            stateJudicialOrder: closeStateJudicialOrder(context.stateJudicialOrder),
          }
        : moved;
    }),
    /**
     * A detainer-only move whose new custodian does not honor the hold: the move is recorded, and the hold ends at the
     * move with the person released [i247a-form], [galarza-2014].
     */
    moveCustodyHoldDeclined: assign(({ context, event }) => {
      if (event.type !== 'CUSTODY_MOVED' || context.detainer === null) return {};
      const law = lawAt(context, event.at, 'custodian-decision', event.policy, event.custodian.timeZone);
      const decision = resolveDecision({ policy: law.policy, detainer: context.detainer, subject: context.subject });
      const moved: Ctx = {
        ...context,
        custodian: event.custodian,
        policy: event.policy,
        ...law.writes,
        decision,
        custodyMoves: [
          ...context.custodyMoves,
          {
            at: event.at,
            from: context.custodian,
            to: event.custodian,
            policyName: event.policy.name,
            basis: event.basis,
          },
        ],
      };
      return {
        ...ending(moved, event.at, declinedMidHoldOutcome('hold-declined-after-custody-move', decision, event.at)),
        custodian: moved.custodian,
        policy: moved.policy,
        ...law.writes,
        decision,
        custodyMoves: moved.custodyMoves,
      };
    }),
    /** Records a proof of status shown mid-case; `decides`: the decision is taken again with it [tx-ccp-2.251]. */
    showProofOfStatus: assign(({ context, event }, params: { readonly decides: boolean }) => {
      if (event.type !== 'PROOF_OF_STATUS') return {};
      const subject = subjectWithProof(context, event);
      return {
        ...(params.decides ? decided(context, event.at, { subject }) : {}),
        lastEventAt: event.at,
        subject,
        proofOfStatusAt: event.at,
      };
    }),
    /** Proof of status shown during a hold, and the local policy does not hold: the hold ends [tx-ccp-2.251]. */
    proofEndsHold: assign(({ context, event }) => {
      if (event.type !== 'PROOF_OF_STATUS' || context.detainer === null) return {};
      const subject = subjectWithProof(context, event);
      const law = lawAt(context, event.at, 'custodian-decision');
      const decision = resolveDecision({ policy: law.policy, detainer: context.detainer, subject });
      return {
        ...law.writes,
        ...ending(
          { ...context, subject, decision },
          event.at,
          declinedMidHoldOutcome('hold-declined-after-proof-of-status', decision, event.at),
        ),
        subject,
        decision,
        proofOfStatusAt: event.at,
      };
    }),
    recordDelayRequest: assign(({ context, event }) =>
      event.type === 'CUSTODIAN_REQUESTS_DELAY'
        ? { lastEventAt: event.at, delayRequests: [...context.delayRequests, { at: event.at, reason: event.reason }] }
        : {},
    ),
    startHold: assign(({ context, event }) => {
      const decidedRule = context.decision?.countingRule;
      if (event.type !== 'RELEASE_ELIGIBLE' || !decidedRule || context.detainer === null) return {};
      const timeZone = context.custodian.timeZone;
      // With a law spec, the hold clock starts under the layers in force at release eligibility: its counting rule
      // and hold limit are those of that instant's law [cfr-287.7-d].
      const law = lawAt(context, event.at, 'hold-clock');
      const rule = context.law
        ? resolveDecision({ policy: law.policy, detainer: context.detainer, subject: context.subject }).countingRule
        : decidedRule;
      const noticeLaw = lawAt({ ...context, ...law.writes }, event.at, 'eligibility-notice');
      const ruleDeadline = computeHoldDeadline({ releaseEligibleAt: event.at, rule: rule.rule, timeZone });
      // A state-law hold limit (Georgia HB 1105 as introduced, unverified) may cap the deadline [ga-hb1105-2024].
      const limit = applyHoldLimit({
        limit: law.policy.holdLimit,
        warrant: context.detainer?.warrant ?? 'none',
        releaseEligibleAt: event.at,
        ruleDeadline,
      });
      return {
        ...noticeLaw.writes,
        lastEventAt: event.at,
        releaseEligible: { at: event.at, reason: event.reason, dhsPresent: event.dhsPresent },
        eligibilityNotice: eligibilityNoticeAt(context, event.at, noticeLaw.policy),
        stateJudicialOrder: stateJudicialOrderAtHold(context, law.policy),
        hold: {
          startedAt: event.at,
          deadline: limit?.deadline ?? ruleDeadline,
          countingRule: rule,
          timeZone,
          limit,
        },
      };
    }),
    /** Eligible for release and released (or handed over) at once: the case ends with the given outcome. */
    release: assign(({ context, event }, params: { readonly code: OutcomeCode; readonly reason: OutcomeReason }) => {
      if (event.type !== 'RELEASE_ELIGIBLE') return {};
      const law = context.decision === null ? null : lawAt(context, event.at, 'eligibility-notice');
      return {
        ...law?.writes,
        ...ending(
          { ...context, eligibilityNotice: eligibilityNoticeAt(context, event.at, law?.policy ?? context.policy) },
          event.at,
          outcomeOf(params.code, params.reason, event.at),
        ),
        releaseEligible: { at: event.at, reason: event.reason, dhsPresent: event.dhsPresent },
      };
    }),
    /** Eligible for release, and the hold that was requested is not honored. */
    releaseDeclined: assign(({ context, event }) => {
      if (event.type !== 'RELEASE_ELIGIBLE') return {};
      const law = context.decision === null ? null : lawAt(context, event.at, 'eligibility-notice');
      return {
        ...law?.writes,
        ...ending(
          { ...context, eligibilityNotice: eligibilityNoticeAt(context, event.at, law?.policy ?? context.policy) },
          event.at,
          context.decision ? declinedOutcome(context.decision, event.at) : null,
        ),
        releaseEligible: { at: event.at, reason: event.reason, dhsPresent: event.dhsPresent },
      };
    }),
    /** The case ends with the given outcome at the event's instant. */
    finish: assign(({ context, event }, params: { readonly code: OutcomeCode; readonly reason: OutcomeReason }) => {
      const at = eventAt(event, context);
      return ending(context, at, outcomeOf(params.code, params.reason, at));
    }),
    liftDetainer: assign(({ context, event }) => {
      if (event.type !== 'DETAINER_LIFTED') return {};
      return {
        ...ending(
          context,
          event.at,
          outcomeOf('released-detainer-lifted', event.reason, event.at),
          'not-requested-detainer-lifted',
        ),
        liftReason: event.reason,
      };
    }),
    /** Ends the hold at its deadline: the person is released at that instant, never later. */
    expireHold: assign(({ context }) => {
      const at = context.hold?.deadline ?? context.lastEventAt;
      return ending(context, at, outcomeOf('released-hold-expired', 'hold-limit-reached', at));
    }),
    /**
     * Starts the hold clock: the `holdTimer` actor (replace it with `machine.provide({ actors: { holdTimer } })`)
     * spawned as a child, given the absolute deadline. A spawned child is saved with the snapshot and restarted
     * on restore, so a restored hold still ends at its deadline.
     */
    startHoldClock: spawnChild('holdTimer', {
      id: HOLD_CLOCK_ID,
      input: ({ context }) => ({ deadline: context.hold?.deadline ?? context.lastEventAt }),
    }),
    stopHoldClock: stopChild(HOLD_CLOCK_ID),
  },
}).createMachine({
  id: 'detainerCase',
  description: 'One immigration detainer case in one custodian’s hands, from booking to exactly one outcome.',
  meta: {
    title: 'Detainer case',
    citations: ['cfr-287.7-a', 'galarza-2014'],
    explanation:
      'A detainer is a request from DHS to the agency holding a person in criminal custody: to give notice before release, to hold the person up to 48 hours after release, or both. Honoring it is the custodian’s choice under its policy and state law. Each case ends in exactly one outcome.',
  },
  context: ({ input }) => ({
    caseId: input.caseId ?? null,
    bookedAt: input.bookedAt,
    custodian: input.custodian,
    // With law, the policy in force at booking until the first decision resolves it again at its own instant.
    policy: input.law
      ? resolveCaseLaw(input.law, input.policy, lawDateAt(input.law, input.bookedAt, input.custodian.timeZone)).policy
      : input.policy,
    law: input.law ?? null,
    localPolicy: input.law ? input.policy : null,
    lawApplied: [],
    subject: input.subject,
    detainer: null,
    lodgedAt: null,
    servedAt: null,
    effectiveAt: null,
    decision: null,
    projectedReleaseAt: null,
    releaseScheduledAt: null,
    notice: null,
    releaseEligible: null,
    hold: null,
    holdHistory: [],
    eligibilityNotice: null,
    stateJudicialOrder: null,
    lodgedBy: null,
    accessRequests: [],
    duties: [],
    earlyTransfer: null,
    delayRequests: [],
    custodyMoves: [],
    liftReason: null,
    proofOfStatusAt: null,
    lastEventAt: input.bookedAt,
    outcome: null,
  }),
  output: ({ context }) => requireOutcome(context),
  initial: 'inCriminalCustody',
  states: {
    inCriminalCustody: {
      description: 'The person is held on a criminal charge: booked, awaiting court, or serving a sentence.',
      meta: {
        title: 'In criminal custody',
        citations: ['dhs-qa-2017', 'crs-287g'],
        explanation:
          'At booking, fingerprints go to the FBI, which shares them with DHS; a match lets ICE decide whether to lodge a detainer. In a 287(g) jail-model jurisdiction, trained local officers may screen and issue detainers themselves.',
      },
      initial: 'noDetainer',
      on: {
        RELEASE_SCHEDULED: {
          guard: WELL_FORMED_GUARD,
          actions: 'scheduleRelease',
          description:
            'The custodian projects a release instant; notice (if requested and allowed) is due 48 hours before it.',
          meta: {
            citations: ['i247a-form'],
            explanation:
              'The detainer asks for notice "as early as practicable (at least 48 hours, if possible)" before release. Scheduling the release fixes the instant the notice is counted back from; if less than 48 hours remain, notice is due at once. It is a soft deadline: late notice is recorded, not fatal.',
          },
        },
        ACCESS_REQUESTED: {
          guard: WELL_FORMED_GUARD,
          actions: 'recordAccessRequest',
          description: 'DHS asks to interview the person in the facility; the policy grants or refuses it.',
          meta: {
            citations: ['psp-letters-2017'],
            explanation:
              'Access is a separate switch from holds and notice: some policies let DHS interview people in the jail, others do not, and some decide by place and warrant (Colorado, 2025: non-public areas only with a judicial warrant) or by consent (California state prisons: written consent). The request is recorded as granted or refused, with the reason; a granted interview may owe the person a rights advisal first. Nothing else changes.',
          },
        },
        PROOF_OF_STATUS: {
          guard: 'firstProofOfStatus',
          actions: { type: 'showProofOfStatus', params: { decides: false } },
          description: 'The person shows proof of US citizenship or lawful status; it is recorded.',
          meta: {
            citations: ['tx-ccp-2.251'],
            explanation:
              'The proof is recorded on the person. Under a state law that mandates honoring detainers (Texas art. 2.251), a detainer decided later is decided without the mandate, by the local policy.',
          },
        },
        PERSON_INFORMED: INFORM_PERSON,
      },
      states: {
        noDetainer: {
          description: 'No detainer has been lodged.',
          meta: {
            title: 'No detainer',
            citations: ['dhs-qa-2017'],
            explanation:
              'DHS has not lodged a detainer. If the person becomes eligible for release now, ordinary release rules apply.',
          },
          on: {
            DETAINER_LODGED: [
              {
                guard: 'requiresService',
                target: 'awaitingService',
                actions: { type: 'lodgeDetainer', params: { inEffect: false } },
                description: 'An I-247A is lodged; it takes effect once served on the person.',
                meta: {
                  citations: ['ice-guidance-i247a', 'i247a-form'],
                  explanation:
                    'Since April 2017 DHS uses Form I-247A with an administrative warrant (I-200 or I-205). The form must be served on the person for it to take effect, so the case waits for service.',
                },
              },
              {
                guard: WELL_FORMED_GUARD,
                target: 'detainerInEffect',
                actions: { type: 'lodgeDetainer', params: { inEffect: true } },
                description: 'A detainer on a form other than the I-247A is lodged and takes effect.',
                meta: {
                  citations: ['ice-guidance-i247a', 'i247d', 'i247n', 'i247g-form'],
                  explanation:
                    'Older forms (I-247, and the I-247D, I-247N and I-247X of 2015–2017) stay active after a form change, and take effect when lodged. So does an I-247G (from Mar 4, 2025), a notice-only request under the Gonzalez settlement; whether it must first be served is not stated in the sources used.',
                },
              },
            ],
            RELEASE_ELIGIBLE: {
              guard: WELL_FORMED_GUARD,
              target: '#detainerCase.releasedNoHoldRequested',
              actions: { type: 'release', params: { code: 'released-no-hold-requested', reason: 'no-detainer' } },
              description: 'Eligible for release with no detainer lodged: released.',
              meta: {
                citations: ['humboldt-9121-4'],
                explanation:
                  'Bond, release on own recognizance, dismissal, acquittal, a completed sentence or diversion makes the person eligible for release. With no detainer, nothing asks the custodian to wait.',
              },
            },
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              actions: { type: 'moveCustody', params: { endsHold: false, decides: false } },
              description: 'The person moves to another custodian, whose policy applies from then on.',
              meta: {
                citations: ['i247a-form'],
                explanation:
                  'People move between jails and prisons. A detainer lodged later will be decided under the new custodian’s policy.',
              },
            },
          },
        },
        awaitingService: {
          description: 'An I-247A has been lodged but not yet served on the person.',
          meta: {
            title: 'Awaiting service',
            citations: ['ice-guidance-i247a'],
            explanation:
              'ICE guidance says the person must be served a copy of the I-247A for it to take effect. Until then, the custodian has nothing to honor.',
          },
          on: {
            DETAINER_SERVED: {
              guard: WELL_FORMED_GUARD,
              target: 'detainerInEffect',
              actions: 'serveDetainer',
              description: 'The I-247A is served on the person and takes effect.',
              meta: {
                citations: ['ice-guidance-i247a'],
                explanation:
                  'With the copy served, the detainer takes effect and the custodian decides under its policy.',
              },
            },
            RELEASE_ELIGIBLE: {
              guard: WELL_FORMED_GUARD,
              target: '#detainerCase.releasedNoHoldRequested',
              actions: {
                type: 'release',
                params: { code: 'released-no-hold-requested', reason: 'detainer-not-served' },
              },
              description: 'Eligible for release before the I-247A was served: released.',
              meta: {
                citations: ['ice-guidance-i247a'],
                explanation:
                  'An I-247A that was never served has not taken effect, so no request applies when the person becomes eligible for release.',
              },
            },
            DETAINER_LIFTED: LIFT_BEFORE_RELEASE,
            CUSTODIAN_REQUESTS_DELAY: REQUEST_DELAY,
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              actions: { type: 'moveCustody', params: { endsHold: false, decides: false } },
              description: 'The person moves to another custodian; the detainer follows.',
              meta: {
                citations: ['i247a-form'],
                explanation:
                  'The detainer is addressed to the custodian "or any subsequent law enforcement agency", so it follows the person. It still needs service to take effect.',
              },
            },
          },
        },
        detainerInEffect: {
          description: 'A detainer is in effect; the custodian has decided what to do under its policy.',
          meta: {
            title: 'Detainer in effect',
            citations: ['galarza-2014', 'cfr-287.7-a'],
            explanation:
              'A detainer is a request, not a command. The custodian resolves its policy, state law first, and decides whether to honor a hold, give notice only, or decline. Each reason is recorded with its source.',
          },
          initial: 'deciding',
          states: {
            deciding: {
              description: 'The custodian resolves its policy layers for this detainer.',
              meta: {
                title: 'Deciding',
                citations: ['ilrc-map-2016', 'ilrc-state-appendix'],
                explanation:
                  'Policies are separate switches: hold, notify, access, transfer, and a state-law layer that takes precedence over local policy. The decision is taken at once.',
              },
              always: [
                {
                  guard: 'honorsHold',
                  target: 'honoringHold',
                  description: 'A hold is requested and the policy allows it.',
                  meta: {
                    citations: ['cfr-287.7-d', 'miranda-olivares-2014'],
                    explanation:
                      'The custodian will keep the person up to 48 hours after release eligibility so DHS can assume custody. Holding is a new seizure that needs probable cause.',
                  },
                },
                {
                  guard: 'notifiesOnly',
                  target: 'notifyingOnly',
                  description: 'Notice is requested and allowed; no hold will be honored.',
                  meta: {
                    citations: ['i247a-form', 'ilrc-map-2016'],
                    explanation:
                      'The custodian will tell DHS of the release but will not keep the person past it, either because no hold was requested or because the policy does not honor one.',
                  },
                },
                {
                  target: 'declining',
                  description: 'The policy honors none of the requests.',
                  meta: {
                    citations: ['galarza-2014', 'ilrc-map-2016'],
                    explanation:
                      'The custodian will neither hold the person nor give notice. A custodian may decline because a detainer is a request, not a command.',
                  },
                },
              ],
            },
            honoringHold: {
              description: 'The custodian will honor the request to hold.',
              meta: {
                title: 'Will honor hold',
                citations: ['cfr-287.7-d'],
                explanation:
                  'When the person becomes eligible for release, the hold clock starts: at most 48 hours, counted by the rule that applies to this detainer.',
              },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({
                    description: 'DHS is present at release and the policy hands the person over.',
                    citations: ['i247a-form', 'ddp-codebook'],
                    explanation:
                      'With DHS at the door at the moment of release, no hold is needed: custody passes to DHS.',
                  }),
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.holding',
                    actions: 'startHold',
                    description: 'Eligible for release: the hold clock starts.',
                    meta: {
                      citations: ['cfr-287.7-d', 'humboldt-9121-4', 'nortontooby-holds'],
                      explanation:
                        'The moment the person would otherwise be released starts the hold clock. The deadline is fixed now, as an absolute instant, by the counting rule and the custodian’s time zone.',
                    },
                  },
                ],
                STATE_JUDICIAL_ORDER: {
                  guard: 'stateJudicialOrderExpected',
                  actions: 'recordStateJudicialOrder',
                  description:
                    'A state judicial official enters the order the hold will rest on, just before release eligibility.',
                  meta: {
                    citations: ['nc-hb10-2024'],
                    explanation:
                      'Some state laws (North Carolina HB 10, from Dec 1, 2024) say that a person held on a detainer with an administrative warrant is taken before a state judicial official and held under a state court order. An order entered before the hold starts is recorded, and the hold, when it starts, rests on it.',
                  },
                },
                TRANSFERRED_BEFORE_RELEASE: TRANSFER_BEFORE_RELEASE,
              },
            },
            notifyingOnly: {
              description: 'The custodian will give notice but not hold.',
              meta: {
                title: 'Notice only',
                citations: ['i247a-form', 'ilrc-map-2016'],
                explanation:
                  'DHS learns of the release if the notice is sent; at release the person walks out unless DHS is there.',
              },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({
                    description: 'DHS is present at release and the policy hands the person over.',
                    citations: ['i247a-form', 'ddp-codebook'],
                    explanation: 'Notice let DHS be present at the moment of release; the policy allows the hand-over.',
                  }),
                  {
                    guard: 'holdWasRequested',
                    target: '#detainerCase.releasedHoldDeclined',
                    actions: 'releaseDeclined',
                    description: 'A hold was requested but not honored: released at eligibility.',
                    meta: {
                      citations: ['galarza-2014'],
                      explanation: 'The policy gives notice but does not hold, so the person is released on time.',
                    },
                  },
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.releasedNoHoldRequested',
                    actions: {
                      type: 'release',
                      params: { code: 'released-no-hold-requested', reason: 'notice-only-request' },
                    },
                    description: 'The detainer asked for notice only: released at eligibility.',
                    meta: {
                      citations: ['i247n', 'cfr-287.7-a'],
                      explanation: 'No hold was requested, so none applies: the person is released when eligible.',
                    },
                  },
                ],
                TRANSFERRED_BEFORE_RELEASE: TRANSFER_BEFORE_RELEASE,
              },
            },
            declining: {
              description: 'The custodian declines the detainer’s requests.',
              meta: {
                title: 'Declined',
                citations: ['galarza-2014', 'ddor-2017'],
                explanation:
                  'The custodian will neither hold nor notify. ICE has noted that custodians rarely tell it of a decline.',
              },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({
                    description: 'DHS happens to be present at release and the policy allows a hand-over.',
                    citations: ['ddp-codebook'],
                    explanation:
                      'Even without a hold or notice, a policy may hand the person to DHS agents who are present.',
                  }),
                  {
                    guard: 'holdWasRequested',
                    target: '#detainerCase.releasedHoldDeclined',
                    actions: 'releaseDeclined',
                    description: 'The hold was declined: released at eligibility.',
                    meta: {
                      citations: ['galarza-2014', 'ddp-codebook'],
                      explanation: 'ICE data records this as "Detainer Declined by LEA".',
                    },
                  },
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.releasedNoHoldRequested',
                    actions: {
                      type: 'release',
                      params: { code: 'released-no-hold-requested', reason: 'notice-only-request' },
                    },
                    description: 'Only notice was requested and the policy withholds it: released at eligibility.',
                    meta: {
                      citations: ['i247n'],
                      explanation: 'No hold was requested, and the policy does not give notice.',
                    },
                  },
                ],
                TRANSFERRED_BEFORE_RELEASE: TRANSFER_BEFORE_RELEASE,
              },
            },
          },
          on: {
            NOTICE_SENT: {
              guard: 'noticeCanBeSent',
              actions: 'sendNotice',
              description: 'The custodian notifies DHS of the release; on time or late is recorded.',
              meta: {
                citations: ['i247a-form'],
                explanation:
                  'Notice sent at or before the due instant is on time; after it, late. Either way the case goes on: the deadline is soft.',
              },
            },
            DETAINER_LIFTED: LIFT_BEFORE_RELEASE,
            CUSTODIAN_REQUESTS_DELAY: REQUEST_DELAY,
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              target: 'detainerInEffect',
              reenter: true,
              actions: { type: 'moveCustody', params: { endsHold: false, decides: true } },
              description: 'The person moves to another custodian; the detainer follows and is decided again.',
              meta: {
                citations: ['i247a-form'],
                explanation:
                  'The detainer follows the person to "any subsequent law enforcement agency". The new custodian’s policy applies from then on, so the decision is taken again.',
              },
            },
            PROOF_OF_STATUS: {
              guard: 'firstProofOfStatus',
              target: 'detainerInEffect',
              reenter: true,
              actions: { type: 'showProofOfStatus', params: { decides: true } },
              description: 'The person shows proof of US citizenship or lawful status; the decision is taken again.',
              meta: {
                citations: ['tx-ccp-2.251'],
                explanation:
                  'A state law that mandates honoring detainers (Texas art. 2.251) does not apply to a person who proves US citizenship or lawful immigration status. Once the proof is shown, the decision is taken again: under such a mandate, the local policy’s switches now decide; elsewhere nothing changes.',
              },
            },
          },
        },
      },
    },
    holding: {
      description: 'Held past release eligibility on the detainer alone, until DHS assumes custody or the deadline.',
      meta: {
        title: 'Hold running',
        citations: ['cfr-287.7-d', 'miranda-olivares-2014', 'lunn-2017'],
        explanation:
          'The person would otherwise be free. The hold may not exceed 48 hours, counted by the rule that applies, and it is a new seizure that needs probable cause. At the deadline the person must be released at once.',
      },
      entry: 'startHoldClock',
      exit: 'stopHoldClock',
      on: {
        HOLD_DEADLINE_REACHED: {
          target: 'releasedHoldExpired',
          actions: 'expireHold',
          description: 'The hold deadline arrives without DHS: released at that instant.',
          meta: {
            citations: ['cfr-287.7-d', 'nortontooby-holds'],
            explanation:
              'When the limit is reached the person must be released at once; holding longer risks false imprisonment.',
          },
        },
        DHS_ASSUMED_CUSTODY: [
          EXPIRE_FIRST,
          {
            guard: WELL_FORMED_GUARD,
            target: 'transferredToDhs',
            actions: {
              type: 'finish',
              params: { code: 'transferred-to-dhs', reason: 'dhs-assumed-custody-during-hold' },
            },
            description: 'DHS assumes custody before the deadline.',
            meta: {
              citations: ['cfr-287.7-d', 'ddp-codebook'],
              explanation:
                'DHS arrives within the hold and takes custody ("Booked into Detention"). Arriving at exactly the deadline is too late in this model: the hold ends at 48:00.',
            },
          },
        ],
        DETAINER_LIFTED: [
          EXPIRE_FIRST,
          {
            guard: WELL_FORMED_GUARD,
            target: 'releasedDetainerLifted',
            actions: 'liftDetainer',
            description: 'DHS lifts the detainer during the hold: released at once.',
            meta: {
              citations: ['ice-policy-10074.2'],
              explanation:
                'ICE policy is to promptly assume custody or cancel the detainer. With it cancelled, nothing supports the hold.',
            },
          },
        ],
        NOTICE_SENT: [
          EXPIRE_FIRST,
          {
            guard: 'eligibilityNoticePending',
            actions: 'sendEligibilityNotice',
            description:
              'The custodian notifies ICE during the hold, against the deadline counted from release eligibility.',
            meta: {
              citations: ['nc-hb318-2025'],
              explanation:
                'Some state laws (North Carolina HB 318, 2025) require the jail to notify ICE within two hours of the time the person would otherwise be released: a hard deadline counted forward from release eligibility, unlike the soft 48-hour advance notice. The notice is recorded as on time or late; a late one is flagged, and the hold goes on either way.',
            },
          },
        ],
        STATE_JUDICIAL_ORDER: [
          EXPIRE_FIRST,
          {
            guard: 'stateJudicialOrderAwaited',
            actions: 'recordStateJudicialOrder',
            description: 'A state judicial official enters an order under which the person is held.',
            meta: {
              citations: ['nc-hb10-2024'],
              explanation:
                'Some state laws (North Carolina HB 10, from Dec 1, 2024) say that a person held on a detainer with an administrative warrant is taken before a state judicial official "without unnecessary delay" and held under a state court order. The law sets no number of hours, so this model sets none: the order is recorded when entered, and a hold that ends without one is flagged as missing. The hold goes on either way.',
            },
          },
        ],
        ACCESS_REQUESTED: [
          EXPIRE_FIRST,
          {
            guard: WELL_FORMED_GUARD,
            actions: 'recordAccessRequest',
            description: 'DHS asks to interview the person during the hold.',
            meta: {
              citations: ['psp-letters-2017'],
              explanation: 'Access is decided by the policy, independently of the hold.',
            },
          },
        ],
        PERSON_INFORMED: [EXPIRE_FIRST, INFORM_PERSON],
        CUSTODY_MOVED: [
          EXPIRE_FIRST,
          {
            target: '#detainerCase.inCriminalCustody.detainerInEffect',
            guard: 'criminalCustodyMove',
            actions: { type: 'moveCustody', params: { endsHold: true, decides: true } },
            description:
              'Another agency takes the person into its criminal custody; the hold ends and the detainer follows.',
            meta: {
              citations: ['i247a-form'],
              explanation:
                'If another agency takes the person on its own criminal charge, this hold ends; its record and hours stay in the hold history. The detainer follows the person, and the new custodian’s policy decides anew; any new hold starts only at the next release eligibility.',
            },
          },
          {
            guard: 'keepsHold',
            actions: { type: 'moveCustody', params: { endsHold: false, decides: true } },
            description:
              'Moved while held only on the detainer, to a custodian that honors the hold: the hold goes on to the same deadline.',
            meta: {
              citations: ['i247a-form', 'cfr-287.7-d'],
              explanation:
                'The detainer follows the person to "any subsequent law enforcement agency". The person is held only on the detainer, so the 48 hours keep running from the original release eligibility: the new custodian may hold only to the deadline already fixed, never past it.',
            },
          },
          {
            guard: 'detainerOnlyMove',
            target: 'releasedHoldDeclined',
            actions: 'moveCustodyHoldDeclined',
            description:
              'Moved while held only on the detainer, to a custodian that does not honor the hold: released at the move.',
            meta: {
              citations: ['i247a-form', 'galarza-2014', 'cfr-287.7-d'],
              explanation:
                'A detainer is a request, not a command, and the new custodian’s policy does not honor the hold. With nothing else to hold the person on, the hold ends at the move and the person is released.',
            },
          },
        ],
        PROOF_OF_STATUS: [
          EXPIRE_FIRST,
          {
            guard: 'keepsHold',
            actions: { type: 'showProofOfStatus', params: { decides: true } },
            description:
              'Proof of US citizenship or lawful status is shown during the hold, and the policy still honors the hold.',
            meta: {
              citations: ['tx-ccp-2.251', 'cfr-287.7-d'],
              explanation:
                'The proof is recorded and the decision taken again. Under a state mandate the local policy now decides; here it still honors the hold, so the hold goes on to the same deadline.',
            },
          },
          {
            guard: 'firstProofOfStatus',
            target: 'releasedHoldDeclined',
            actions: 'proofEndsHold',
            description:
              'Proof of US citizenship or lawful status is shown during the hold, and the local policy does not hold: released.',
            meta: {
              citations: ['tx-ccp-2.251', 'galarza-2014'],
              explanation:
                'A state law that mandates honoring detainers (Texas art. 2.251) does not apply to a person who proves US citizenship or lawful immigration status. Without the mandate the local policy decides, and it does not honor the hold, so the hold ends when the proof is shown and the person is released.',
            },
          },
        ],
      },
    },
    transferredToDhs: {
      type: 'final',
      description: 'Outcome: DHS assumed custody.',
      meta: {
        title: OUTCOME_TITLES['transferred-to-dhs'],
        citations: ['ddp-codebook'],
        explanation: 'The person is now in DHS custody ("Booked into Detention" in ICE data).',
      },
    },
    releasedHoldExpired: {
      type: 'final',
      description: 'Outcome: the hold expired without DHS and the person was released.',
      meta: {
        title: OUTCOME_TITLES['released-hold-expired'],
        citations: ['cfr-287.7-d', 'nortontooby-holds'],
        explanation:
          'DHS did not assume custody within the limit. The person was released at the deadline; DHS arriving later finds the person gone.',
      },
    },
    releasedHoldDeclined: {
      type: 'final',
      description: 'Outcome: the custodian declined the hold and released the person.',
      meta: {
        title: OUTCOME_TITLES['released-hold-declined'],
        citations: ['galarza-2014', 'ddp-codebook'],
        explanation: 'The custodian did not honor the request to hold. ICE data calls this "Detainer Declined by LEA".',
      },
    },
    releasedDetainerLifted: {
      type: 'final',
      description: 'Outcome: DHS lifted the detainer.',
      meta: {
        title: OUTCOME_TITLES['released-detainer-lifted'],
        citations: ['ice-policy-10074.2', 'ddp-codebook'],
        explanation:
          'The detainer no longer asks anything of the custodian. A person still in criminal custody stays there under ordinary rules; one in a hold is released at once.',
      },
    },
    releasedNoHoldRequested: {
      type: 'final',
      description: 'Outcome: released without a hold, because no request to hold applied.',
      meta: {
        title: OUTCOME_TITLES['released-no-hold-requested'],
        citations: ['i247n', 'cfr-287.7-a'],
        explanation:
          'No detainer in effect asked for a hold (none was lodged, it was notice-only, or an I-247A was never served), so the person was released when eligible.',
      },
    },
  },
});

/** The machine's type, for typing actors and snapshots. */
export type DetainerMachine = typeof detainerMachine;
