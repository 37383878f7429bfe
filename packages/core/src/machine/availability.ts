import type { SnapshotFrom } from 'xstate';
import type { CitationId } from '../citations.js';
import type { DetainerMachine } from './detainer-machine.js';
import { earlyTransferRefusal } from './early-transfer.js';
import { DETAINER_EVENT_TYPES, type DetainerEvent, type DetainerEventType } from './events.js';
import { isDutyDue, PERSON_DUTY_CITATIONS } from './person-duties.js';

/** A case's snapshot. */
export type DetainerSnapshot = SnapshotFrom<DetainerMachine>;

/** Whether an event type can happen next, and if not, why not (the rule, with its sources). */
export interface EventAvailability {
  readonly type: DetainerEventType;
  readonly allowed: boolean;
  /** Why the event is blocked, in plain words; `null` when allowed. */
  readonly why: string | null;
  readonly citations: readonly CitationId[];
}

type Place = 'noDetainer' | 'awaitingService' | 'detainerInEffect' | 'holding';

function placeOf(snapshot: DetainerSnapshot): Place {
  if (snapshot.matches('holding')) return 'holding';
  if (snapshot.matches({ inCriminalCustody: 'awaitingService' })) return 'awaitingService';
  if (snapshot.matches({ inCriminalCustody: 'detainerInEffect' })) return 'detainerInEffect';
  return 'noDetainer';
}

const ok = (type: DetainerEventType): EventAvailability => ({ type, allowed: true, why: null, citations: [] });
const no = (type: DetainerEventType, why: string, citations: readonly CitationId[]): EventAvailability => ({
  type,
  allowed: false,
  why,
  citations,
});

const NO_DETAINER = 'No detainer has been lodged.';
const PAST_RELEASE = 'The person is past release eligibility and held only on the detainer; the hold clock is running.';

function availabilityOf(type: DetainerEventType, snapshot: DetainerSnapshot, place: Place): EventAvailability {
  const { context } = snapshot;
  switch (type) {
    case 'DETAINER_LODGED':
      return place === 'noDetainer'
        ? ok(type)
        : no(type, 'A detainer is already lodged; this model follows one detainer per case.', ['cfr-287.7-a']);
    case 'DETAINER_SERVED':
      if (place === 'awaitingService') return ok(type);
      if (place === 'noDetainer') return no(type, NO_DETAINER, ['ice-guidance-i247a']);
      return context.servedAt !== null
        ? no(type, 'The I-247A was already served.', ['ice-guidance-i247a'])
        : no(
            type,
            `Only an I-247A must be served to take effect; this ${context.detainer?.form ?? 'detainer'} took effect when lodged.`,
            ['ice-guidance-i247a'],
          );
    case 'RELEASE_SCHEDULED':
    case 'RELEASE_ELIGIBLE':
      return place === 'holding' ? no(type, PAST_RELEASE, ['cfr-287.7-d', 'humboldt-9121-4']) : ok(type);
    case 'NOTICE_SENT': {
      if (place === 'noDetainer') return no(type, `${NO_DETAINER} Nothing asks for notice.`, ['i247a-form']);
      if (place === 'awaitingService')
        return no(type, 'The I-247A has not been served, so it has not taken effect.', ['ice-guidance-i247a']);
      if (place === 'holding') {
        // A hard deadline after release eligibility (North Carolina HB 318) takes one notice during the hold.
        if (context.eligibilityNotice?.status === 'pending') return ok(type);
        return no(
          type,
          context.eligibilityNotice
            ? 'Notice after release eligibility has already been given.'
            : 'Release eligibility has passed; notice is given before release.',
          context.eligibilityNotice ? ['nc-hb318-2025'] : ['i247a-form'],
        );
      }
      const decision = context.decision;
      if (decision && !(decision.notice.requested && decision.notice.allowed)) {
        return no(type, decision.noticeReason.text, decision.noticeReason.citations);
      }
      if (context.projectedReleaseAt === null)
        return no(type, 'Schedule the release first: notice is counted back from the projected release.', [
          'i247a-form',
        ]);
      if (context.notice?.sentAt)
        return no(type, `Notice was already sent at ${context.notice.sentAt}.`, ['i247a-form']);
      return ok(type);
    }
    case 'DHS_ASSUMED_CUSTODY':
      return place === 'holding'
        ? ok(type)
        : no(
            type,
            'DHS takes custody during a hold, or at the moment of release when DHS is present and the policy transfers (mark DHS present on the release-eligible event).',
            ['cfr-287.7-d', 'i247a-form'],
          );
    case 'DETAINER_LIFTED':
      return place === 'noDetainer'
        ? no(type, `${NO_DETAINER} There is nothing to lift.`, ['ice-policy-10074.2'])
        : ok(type);
    case 'CUSTODIAN_REQUESTS_DELAY':
      if (place === 'noDetainer') return no(type, `${NO_DETAINER} There is no DHS request to defer.`, ['ice-faq-2011']);
      return place === 'holding'
        ? no(type, 'Criminal custody has ended: the person is held only on the detainer.', ['ice-faq-2011'])
        : ok(type);
    case 'STATE_JUDICIAL_ORDER': {
      // North Carolina HB 10: an order for a hold on a detainer with an administrative warrant [nc-hb10-2024].
      const order = context.stateJudicialOrder;
      if (order?.status === 'entered')
        return no(type, `A state judicial order was already entered at ${order.enteredAt}.`, ['nc-hb10-2024']);
      if (place === 'holding' && order?.status === 'awaited') return ok(type);
      const warrant = context.detainer?.warrant;
      const required = context.policy.stateJudicialOrder === 'required' && (warrant === 'I-200' || warrant === 'I-205');
      if (!required)
        return no(
          type,
          'No state judicial order is part of this case: the policy does not require one, or the detainer does not rest on an administrative warrant (I-200 or I-205).',
          ['nc-hb10-2024'],
        );
      if (place === 'detainerInEffect' && snapshot.matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } }))
        return ok(type);
      return no(
        type,
        'A state judicial order is entered for a hold: once the custodian will honor one, or while it runs.',
        ['nc-hb10-2024'],
      );
    }
    case 'PROOF_OF_STATUS':
      return context.subject.proofOfStatus === 'none'
        ? ok(type)
        : no(
            type,
            `Proof of status ("${context.subject.proofOfStatus}") has already been given in this case; a case takes one proof.`,
            ['tx-ccp-2.251'],
          );
    case 'ACCESS_REQUESTED':
    case 'CUSTODY_MOVED':
      return ok(type);
    case 'PERSON_INFORMED':
      return isDutyDue(context)
        ? ok(type)
        : no(
            type,
            context.duties.length === 0
              ? 'The policy sets no duty toward the person that is due (see informPersonOfRequest and adviseRightsBeforeInterview).'
              : 'Every duty toward the person has already been performed.',
            ['ca-gov-7284.6', 'nj-directive-2018-6'],
          );
    case 'TRANSFERRED_BEFORE_RELEASE': {
      if (place === 'holding')
        return no(type, `${PAST_RELEASE} A transfer before release eligibility is no longer possible.`, [
          'fl-sb168-2019',
          'ia-27a-2018',
        ]);
      if (place !== 'detainerInEffect')
        return no(
          type,
          place === 'noDetainer'
            ? `${NO_DETAINER} A transfer before release answers a detainer in effect.`
            : 'The I-247A has not been served, so it has not taken effect.',
          ['fl-sb168-2019', 'ia-27a-2018', 'ice-guidance-i247a'],
        );
      // The basis-free part of the check: the policy's switch (the 12 days depend on the event's basis).
      const refusal = earlyTransferRefusal(context, context.lastEventAt, 'end-of-sentence-in-federal-custody');
      return refusal ? no(type, refusal.why, refusal.citations) : ok(type);
    }
  }
}

/**
/**
 * Why an event whose type is allowed now is still refused for what it carries, or `null`, with the field to fix:
 * a `detainer-only` move outside a hold (before release eligibility the person is in criminal custody, not held
 * only on the detainer) [i247a-form], [cfr-287.7-d]; a duty named by `PERSON_INFORMED` that is not due; a transfer
 * before release that the 12 days of a sentence reduction do not reach [fl-sb168-2019]. Used by
 * `checkDetainerEvent`, so `can()` and `send()` share the check.
 */
export function getEventPayloadRefusal(
  snapshot: DetainerSnapshot,
  event: DetainerEvent,
): { readonly field: string; readonly why: string; readonly citations: readonly CitationId[] } | null {
  const { context } = snapshot;
  if (event.type === 'CUSTODY_MOVED' && event.basis === 'detainer-only' && !snapshot.matches('holding')) {
    return {
      field: 'basis',
      why: 'A "detainer-only" move is a move during a hold, of a person held only on the detainer; no hold is running now. Use basis "new-criminal-charge" (the default) for a move in criminal custody.',
      citations: ['i247a-form', 'cfr-287.7-d'],
    };
  }
  if (event.type === 'PERSON_INFORMED' && !isDutyDue(context, event.duty)) {
    return {
      field: 'duty',
      why: `No "${event.duty}" duty is due: ${context.duties.some((d) => d.duty === event.duty) ? 'it has already been performed' : 'the policy has not set it, or it has not arisen (a copy of the request arises when a detainer is lodged; rights before an interview when an interview request is granted)'}.`,
      citations: PERSON_DUTY_CITATIONS[event.duty],
    };
  }
  if (event.type === 'TRANSFERRED_BEFORE_RELEASE') {
    const refusal = earlyTransferRefusal(context, event.at, event.basis);
    return refusal ? { field: 'at', ...refusal } : null;
  }
  return null;
}

/**
 * For every event type of the vocabulary: can it happen next, and if not, why not, with the rule's sources.
 * A blocked event is one the machine would not take whatever its payload; within a hold, events at or after
 * the deadline are allowed and end the case at the deadline.
 *
 * @example
 * getEventAvailability(actor.getSnapshot()).filter((a) => a.allowed).map((a) => a.type)
 */
export function getEventAvailability(snapshot: DetainerSnapshot): EventAvailability[] {
  if (snapshot.status !== 'active') {
    const outcome = snapshot.context.outcome;
    const why = outcome ? `The case has ended: ${outcome.text}` : 'The case has ended.';
    return DETAINER_EVENT_TYPES.map((type) => no(type, why, outcome?.citations ?? []));
  }
  const place = placeOf(snapshot);
  return DETAINER_EVENT_TYPES.map((type) => availabilityOf(type, snapshot, place));
}
