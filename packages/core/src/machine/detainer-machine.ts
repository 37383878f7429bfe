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
import type { TransitionTextKey } from '../text/machine-keys.js';
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
import type { OutcomeCode } from './outcome-codes.js';
import { declinedMidHoldOutcome, declinedOutcome, type OutcomeReason, outcomeOf } from './outcomes.js';
import { closeDuties, dutyDue, isDutyDue, performDuty } from './person-duties.js';
import { isWellFormedEvent, WELL_FORMED_GUARD } from './well-formed.js';

/**
 * Metadata carried by every state and transition: the sources that justify it and, on a transition, the stable key
 * of its teaching text. The words themselves (a state's title, description and explanation, by its path; a
 * transition's description and explanation, by `key`) live in the core's message catalogs (`text/en-machine.ts`,
 * `text/es.ts`), read with `stateText` and `transitionText`.
 */
export interface DetainerMeta {
  /** A transition's text key (transitions only): `transition.<key>.description` and `.explanation` in the catalogs. */
  readonly key?: TransitionTextKey;
  readonly citations: readonly CitationId[];
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

/** The custody-move history with this move added (from, to, the new policy's name and the basis). */
function withMove(context: Ctx, event: Extract<DetainerMachineEvent, { type: 'CUSTODY_MOVED' }>) {
  return [
    ...context.custodyMoves,
    { at: event.at, from: context.custodian, to: event.custodian, policyName: event.policy.name, basis: event.basis },
  ];
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
  meta: { key: 'holding.deadline-passed', citations: ['cfr-287.7-d'] },
} as const;

/** DHS is present at the moment of release and the policy hands the person over (same rule in every decision). */
function transferAtRelease(meta: { readonly key: TransitionTextKey; readonly citations: readonly CitationId[] }) {
  return {
    guard: 'transfersAtRelease',
    target: '#detainerCase.transferredToDhs',
    actions: { type: 'release', params: { code: 'transferred-to-dhs', reason: 'transferred-at-release' } },
    meta,
  } as const;
}

/** DHS lifts the detainer while the person is still in criminal custody (served or not). */
const LIFT_BEFORE_RELEASE = {
  guard: WELL_FORMED_GUARD,
  target: '#detainerCase.releasedDetainerLifted',
  actions: 'liftDetainer',
  meta: { key: 'inCriminalCustody.DETAINER_LIFTED', citations: ['ice-policy-10074.2', 'ddp-codebook'] },
} as const;

/** The custodian asks DHS to wait while the person is needed in a criminal case. */
const REQUEST_DELAY = {
  guard: WELL_FORMED_GUARD,
  actions: 'recordDelayRequest',
  meta: { key: 'inCriminalCustody.CUSTODIAN_REQUESTS_DELAY', citations: ['ice-faq-2011'] },
} as const;

/**
 * Handed to DHS before release eligibility, where state law allows it (Florida SB 168, Iowa ch. 27A). On each
 * decision state, after its RELEASE_ELIGIBLE transitions, so the teaching chart draws it with the hand-over at release.
 */
const TRANSFER_BEFORE_RELEASE = {
  guard: 'transfersBeforeRelease',
  target: '#detainerCase.transferredToDhs',
  actions: 'transferBeforeRelease',
  meta: { key: 'detainerInEffect.TRANSFERRED_BEFORE_RELEASE', citations: ['fl-sb168-2019', 'ia-27a-2018'] },
} as const;

/** The custodian performs a duty toward the person that is due (a copy of the request, rights before an interview). */
const INFORM_PERSON = {
  guard: 'dutyIsDue',
  actions: 'informPerson',
  meta: {
    key: 'inCriminalCustody.PERSON_INFORMED',
    citations: ['ca-gov-7284.6', 'nj-directive-2018-6', 'co-sb25-276'],
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
        custodyMoves: withMove(context, event),
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
        custodyMoves: withMove(context, event),
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
  meta: { citations: ['cfr-287.7-a', 'galarza-2014'] },
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
      meta: { citations: ['dhs-qa-2017', 'crs-287g'] },
      initial: 'noDetainer',
      on: {
        RELEASE_SCHEDULED: {
          guard: WELL_FORMED_GUARD,
          actions: 'scheduleRelease',
          meta: { key: 'inCriminalCustody.RELEASE_SCHEDULED', citations: ['i247a-form'] },
        },
        ACCESS_REQUESTED: {
          guard: WELL_FORMED_GUARD,
          actions: 'recordAccessRequest',
          meta: { key: 'inCriminalCustody.ACCESS_REQUESTED', citations: ['psp-letters-2017'] },
        },
        PROOF_OF_STATUS: {
          guard: 'firstProofOfStatus',
          actions: { type: 'showProofOfStatus', params: { decides: false } },
          meta: { key: 'inCriminalCustody.PROOF_OF_STATUS', citations: ['tx-ccp-2.251'] },
        },
        PERSON_INFORMED: INFORM_PERSON,
      },
      states: {
        noDetainer: {
          meta: { citations: ['dhs-qa-2017'] },
          on: {
            DETAINER_LODGED: [
              {
                guard: 'requiresService',
                target: 'awaitingService',
                actions: { type: 'lodgeDetainer', params: { inEffect: false } },
                meta: { key: 'noDetainer.DETAINER_LODGED.i247a', citations: ['ice-guidance-i247a', 'i247a-form'] },
              },
              {
                guard: WELL_FORMED_GUARD,
                target: 'detainerInEffect',
                actions: { type: 'lodgeDetainer', params: { inEffect: true } },
                meta: {
                  key: 'noDetainer.DETAINER_LODGED.other-form',
                  citations: ['ice-guidance-i247a', 'i247d', 'i247n', 'i247g-form'],
                },
              },
            ],
            RELEASE_ELIGIBLE: {
              guard: WELL_FORMED_GUARD,
              target: '#detainerCase.releasedNoHoldRequested',
              actions: { type: 'release', params: { code: 'released-no-hold-requested', reason: 'no-detainer' } },
              meta: { key: 'noDetainer.RELEASE_ELIGIBLE', citations: ['humboldt-9121-4'] },
            },
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              actions: { type: 'moveCustody', params: { endsHold: false, decides: false } },
              meta: { key: 'noDetainer.CUSTODY_MOVED', citations: ['i247a-form'] },
            },
          },
        },
        awaitingService: {
          meta: { citations: ['ice-guidance-i247a'] },
          on: {
            DETAINER_SERVED: {
              guard: WELL_FORMED_GUARD,
              target: 'detainerInEffect',
              actions: 'serveDetainer',
              meta: { key: 'awaitingService.DETAINER_SERVED', citations: ['ice-guidance-i247a'] },
            },
            RELEASE_ELIGIBLE: {
              guard: WELL_FORMED_GUARD,
              target: '#detainerCase.releasedNoHoldRequested',
              actions: {
                type: 'release',
                params: { code: 'released-no-hold-requested', reason: 'detainer-not-served' },
              },
              meta: { key: 'awaitingService.RELEASE_ELIGIBLE', citations: ['ice-guidance-i247a'] },
            },
            DETAINER_LIFTED: LIFT_BEFORE_RELEASE,
            CUSTODIAN_REQUESTS_DELAY: REQUEST_DELAY,
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              actions: { type: 'moveCustody', params: { endsHold: false, decides: false } },
              meta: { key: 'awaitingService.CUSTODY_MOVED', citations: ['i247a-form'] },
            },
          },
        },
        detainerInEffect: {
          meta: { citations: ['galarza-2014', 'cfr-287.7-a'] },
          initial: 'deciding',
          states: {
            deciding: {
              meta: { citations: ['ilrc-map-2016', 'ilrc-state-appendix'] },
              always: [
                {
                  guard: 'honorsHold',
                  target: 'honoringHold',
                  meta: { key: 'deciding.always.honor-hold', citations: ['cfr-287.7-d', 'miranda-olivares-2014'] },
                },
                {
                  guard: 'notifiesOnly',
                  target: 'notifyingOnly',
                  meta: { key: 'deciding.always.notify-only', citations: ['i247a-form', 'ilrc-map-2016'] },
                },
                {
                  target: 'declining',
                  meta: { key: 'deciding.always.decline', citations: ['galarza-2014', 'ilrc-map-2016'] },
                },
              ],
            },
            honoringHold: {
              meta: { citations: ['cfr-287.7-d'] },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({
                    key: 'honoringHold.RELEASE_ELIGIBLE.dhs-present',
                    citations: ['i247a-form', 'ddp-codebook'],
                  }),
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.holding',
                    actions: 'startHold',
                    meta: {
                      key: 'honoringHold.RELEASE_ELIGIBLE.start-hold',
                      citations: ['cfr-287.7-d', 'humboldt-9121-4', 'nortontooby-holds'],
                    },
                  },
                ],
                STATE_JUDICIAL_ORDER: {
                  guard: 'stateJudicialOrderExpected',
                  actions: 'recordStateJudicialOrder',
                  meta: { key: 'honoringHold.STATE_JUDICIAL_ORDER', citations: ['nc-hb10-2024'] },
                },
                TRANSFERRED_BEFORE_RELEASE: TRANSFER_BEFORE_RELEASE,
              },
            },
            notifyingOnly: {
              meta: { citations: ['i247a-form', 'ilrc-map-2016'] },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({
                    key: 'notifyingOnly.RELEASE_ELIGIBLE.dhs-present',
                    citations: ['i247a-form', 'ddp-codebook'],
                  }),
                  {
                    guard: 'holdWasRequested',
                    target: '#detainerCase.releasedHoldDeclined',
                    actions: 'releaseDeclined',
                    meta: { key: 'notifyingOnly.RELEASE_ELIGIBLE.hold-declined', citations: ['galarza-2014'] },
                  },
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.releasedNoHoldRequested',
                    actions: {
                      type: 'release',
                      params: { code: 'released-no-hold-requested', reason: 'notice-only-request' },
                    },
                    meta: { key: 'notifyingOnly.RELEASE_ELIGIBLE.notice-only', citations: ['i247n', 'cfr-287.7-a'] },
                  },
                ],
                TRANSFERRED_BEFORE_RELEASE: TRANSFER_BEFORE_RELEASE,
              },
            },
            declining: {
              meta: { citations: ['galarza-2014', 'ddor-2017'] },
              on: {
                RELEASE_ELIGIBLE: [
                  transferAtRelease({ key: 'declining.RELEASE_ELIGIBLE.dhs-present', citations: ['ddp-codebook'] }),
                  {
                    guard: 'holdWasRequested',
                    target: '#detainerCase.releasedHoldDeclined',
                    actions: 'releaseDeclined',
                    meta: {
                      key: 'declining.RELEASE_ELIGIBLE.hold-declined',
                      citations: ['galarza-2014', 'ddp-codebook'],
                    },
                  },
                  {
                    guard: WELL_FORMED_GUARD,
                    target: '#detainerCase.releasedNoHoldRequested',
                    actions: {
                      type: 'release',
                      params: { code: 'released-no-hold-requested', reason: 'notice-only-request' },
                    },
                    meta: { key: 'declining.RELEASE_ELIGIBLE.notice-only', citations: ['i247n'] },
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
              meta: { key: 'detainerInEffect.NOTICE_SENT', citations: ['i247a-form'] },
            },
            DETAINER_LIFTED: LIFT_BEFORE_RELEASE,
            CUSTODIAN_REQUESTS_DELAY: REQUEST_DELAY,
            CUSTODY_MOVED: {
              guard: 'criminalCustodyMove',
              target: 'detainerInEffect',
              reenter: true,
              actions: { type: 'moveCustody', params: { endsHold: false, decides: true } },
              meta: { key: 'detainerInEffect.CUSTODY_MOVED', citations: ['i247a-form'] },
            },
            PROOF_OF_STATUS: {
              guard: 'firstProofOfStatus',
              target: 'detainerInEffect',
              reenter: true,
              actions: { type: 'showProofOfStatus', params: { decides: true } },
              meta: { key: 'detainerInEffect.PROOF_OF_STATUS', citations: ['tx-ccp-2.251'] },
            },
          },
        },
      },
    },
    holding: {
      meta: { citations: ['cfr-287.7-d', 'miranda-olivares-2014', 'lunn-2017'] },
      entry: 'startHoldClock',
      exit: 'stopHoldClock',
      on: {
        HOLD_DEADLINE_REACHED: {
          target: 'releasedHoldExpired',
          actions: 'expireHold',
          meta: { key: 'holding.HOLD_DEADLINE_REACHED', citations: ['cfr-287.7-d', 'nortontooby-holds'] },
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
            meta: { key: 'holding.DHS_ASSUMED_CUSTODY', citations: ['cfr-287.7-d', 'ddp-codebook'] },
          },
        ],
        DETAINER_LIFTED: [
          EXPIRE_FIRST,
          {
            guard: WELL_FORMED_GUARD,
            target: 'releasedDetainerLifted',
            actions: 'liftDetainer',
            meta: { key: 'holding.DETAINER_LIFTED', citations: ['ice-policy-10074.2'] },
          },
        ],
        NOTICE_SENT: [
          EXPIRE_FIRST,
          {
            guard: 'eligibilityNoticePending',
            actions: 'sendEligibilityNotice',
            meta: { key: 'holding.NOTICE_SENT', citations: ['nc-hb318-2025'] },
          },
        ],
        STATE_JUDICIAL_ORDER: [
          EXPIRE_FIRST,
          {
            guard: 'stateJudicialOrderAwaited',
            actions: 'recordStateJudicialOrder',
            meta: { key: 'holding.STATE_JUDICIAL_ORDER', citations: ['nc-hb10-2024'] },
          },
        ],
        ACCESS_REQUESTED: [
          EXPIRE_FIRST,
          {
            guard: WELL_FORMED_GUARD,
            actions: 'recordAccessRequest',
            meta: { key: 'holding.ACCESS_REQUESTED', citations: ['psp-letters-2017'] },
          },
        ],
        PERSON_INFORMED: [EXPIRE_FIRST, INFORM_PERSON],
        CUSTODY_MOVED: [
          EXPIRE_FIRST,
          {
            target: '#detainerCase.inCriminalCustody.detainerInEffect',
            guard: 'criminalCustodyMove',
            actions: { type: 'moveCustody', params: { endsHold: true, decides: true } },
            meta: { key: 'holding.CUSTODY_MOVED.new-criminal-charge', citations: ['i247a-form'] },
          },
          {
            guard: 'keepsHold',
            actions: { type: 'moveCustody', params: { endsHold: false, decides: true } },
            meta: { key: 'holding.CUSTODY_MOVED.detainer-only-kept', citations: ['i247a-form', 'cfr-287.7-d'] },
          },
          {
            guard: 'detainerOnlyMove',
            target: 'releasedHoldDeclined',
            actions: 'moveCustodyHoldDeclined',
            meta: {
              key: 'holding.CUSTODY_MOVED.detainer-only-declined',
              citations: ['i247a-form', 'galarza-2014', 'cfr-287.7-d'],
            },
          },
        ],
        PROOF_OF_STATUS: [
          EXPIRE_FIRST,
          {
            guard: 'keepsHold',
            actions: { type: 'showProofOfStatus', params: { decides: true } },
            meta: { key: 'holding.PROOF_OF_STATUS.hold-kept', citations: ['tx-ccp-2.251', 'cfr-287.7-d'] },
          },
          {
            guard: 'firstProofOfStatus',
            target: 'releasedHoldDeclined',
            actions: 'proofEndsHold',
            meta: { key: 'holding.PROOF_OF_STATUS.hold-ends', citations: ['tx-ccp-2.251', 'galarza-2014'] },
          },
        ],
      },
    },
    transferredToDhs: {
      type: 'final',
      meta: { citations: ['ddp-codebook'] },
    },
    releasedHoldExpired: {
      type: 'final',
      meta: { citations: ['cfr-287.7-d', 'nortontooby-holds'] },
    },
    releasedHoldDeclined: {
      type: 'final',
      meta: { citations: ['galarza-2014', 'ddp-codebook'] },
    },
    releasedDetainerLifted: {
      type: 'final',
      meta: { citations: ['ice-policy-10074.2', 'ddp-codebook'] },
    },
    releasedNoHoldRequested: {
      type: 'final',
      meta: { citations: ['i247n', 'cfr-287.7-a'] },
    },
  },
});

/** The machine's type, for typing actors and snapshots. */
export type DetainerMachine = typeof detainerMachine;
