import { z } from 'zod';
import { DetainerSchema } from '../detainer/detainer.js';
import { CustodianSchema, ProofOfStatusSchema } from '../detainer/subject.js';
import {
  AccessAreaSchema,
  DelayReasonSchema,
  EarlyTransferBasisSchema,
  LiftReasonSchema,
  PersonDutySchema,
  ReleaseReasonSchema,
} from '../detainer/vocabulary.js';
import { parseWith } from '../errors.js';
import { InstantSchema } from '../instant.js';
import { JurisdictionPolicySchema } from '../policy/schema.js';
import { quotedList } from '../quoted-list.js';

const at = InstantSchema;

/** DHS lodges a detainer with the custodian [ice-guidance-i247a]. */
export const DetainerLodgedEventSchema = z
  .object({ type: z.literal('DETAINER_LODGED'), at, detainer: DetainerSchema })
  .strict();
/** A copy of the detainer is served on the person; an I-247A takes effect only then [ice-guidance-i247a]. */
export const DetainerServedEventSchema = z.object({ type: z.literal('DETAINER_SERVED'), at }).strict();
/** The custodian projects a release instant, which opens the notice window [i247a-form]. */
export const ReleaseScheduledEventSchema = z
  .object({ type: z.literal('RELEASE_SCHEDULED'), at, releaseAt: InstantSchema })
  .strict();
/** The custodian tells DHS of the coming release [i247a-form]. */
export const NoticeSentEventSchema = z.object({ type: z.literal('NOTICE_SENT'), at }).strict();
/**
 * The person becomes eligible for release (bond, own recognizance, dismissal, acquittal, sentence served,
 * diversion) [humboldt-9121-4]: the instant `at` starts the hold clock. `dhsPresent` says DHS is at the
 * facility ready to take custody at that moment.
 */
export const ReleaseEligibleEventSchema = z
  .object({
    type: z.literal('RELEASE_ELIGIBLE'),
    at,
    reason: ReleaseReasonSchema,
    dhsPresent: z.boolean({ error: 'dhsPresent must be true or false' }).default(false),
  })
  .strict();
/** DHS takes the person into its custody ("Booked into Detention") [ddp-codebook]. */
export const DhsAssumedCustodyEventSchema = z.object({ type: z.literal('DHS_ASSUMED_CUSTODY'), at }).strict();
/** DHS lifts or cancels the detainer [ice-policy-10074.2], [ddp-codebook]. */
export const DetainerLiftedEventSchema = z
  .object({ type: z.literal('DETAINER_LIFTED'), at, reason: LiftReasonSchema })
  .strict();
/**
 * DHS asks to enter the facility and interview the person [psp-letters-2017]. The optional facts are read by the
 * conditional access switches: `area` (`public` / `non-public`; left out: non-public) and `judicialWarrant` (left
 * out: none) for Colorado's rule [co-sb25-276]; `writtenConsent` (left out: none) for California's [ca-gov-7284.6].
 * An event without them means what it always meant under `allowed` and `refused`.
 */
export const AccessRequestedEventSchema = z
  .object({
    type: z.literal('ACCESS_REQUESTED'),
    at,
    area: AccessAreaSchema.optional(),
    judicialWarrant: z.boolean({ error: 'judicialWarrant must be true or false' }).optional(),
    writtenConsent: z.boolean({ error: 'writtenConsent must be true or false' }).optional(),
  })
  .strict();
/**
 * The custodian performs a duty toward the person: gives a copy of the request and says whether it will comply, or
 * advises the person of their rights before an ICE interview [ca-gov-7284.6], [nj-directive-2018-6], [co-sb25-276].
 */
export const PersonInformedEventSchema = z
  .object({ type: z.literal('PERSON_INFORMED'), at, duty: PersonDutySchema })
  .strict();
/**
 * The custodian hands the person to DHS before release eligibility, on a court's sentence reduction (Florida: up
 * to 12 days) [fl-sb168-2019] or so the end of the sentence is served in federal custody (Iowa) [ia-27a-2018].
 */
export const TransferredBeforeReleaseEventSchema = z
  .object({ type: z.literal('TRANSFERRED_BEFORE_RELEASE'), at, basis: EarlyTransferBasisSchema })
  .strict();
/**
 * Why the person moves to another custodian [i247a-form]:
 * - `new-criminal-charge` (the default): another agency takes the person on its own criminal charge. A hold in
 *   progress ends (its record stays in `holdHistory`) and the new custodian decides anew at the next release
 *   eligibility;
 * - `detainer-only`: the person is past release eligibility and held only on the detainer, and is moved while the
 *   hold runs. The 48 hours keep running from the original release eligibility [cfr-287.7-d]: the new custodian
 *   keeps the hold to the same deadline or ends it at the move [galarza-2014]. Only allowed during a hold.
 */
export const CustodyMoveBasisSchema = z.enum(['new-criminal-charge', 'detainer-only'], {
  error: (): string => `basis must be one of ${quotedList(CustodyMoveBasisSchema.options)}`,
});
export type CustodyMoveBasis = z.infer<typeof CustodyMoveBasisSchema>;

/**
 * The person moves to another custodian (state prison, another county); the detainer follows and the new
 * custodian's policy applies from then on [i247a-form]. `basis` says on what the person is held there.
 */
export const CustodyMovedEventSchema = z
  .object({
    type: z.literal('CUSTODY_MOVED'),
    at,
    custodian: CustodianSchema,
    policy: JurisdictionPolicySchema,
    basis: CustodyMoveBasisSchema.default('new-criminal-charge'),
  })
  .strict();
/** The proofs of status a person can show mid-case: the Texas exemption's two (`ProofOfStatusSchema` less `none`). */
export const ShownProofOfStatusSchema = ProofOfStatusSchema.exclude(['none'], {
  error: (): string => `proof must be one of ${quotedList(ShownProofOfStatusSchema.options)}`,
});
export type ShownProofOfStatus = z.infer<typeof ShownProofOfStatusSchema>;
/**
 * The person shows the custodian proof of US citizenship or lawful immigration status mid-case. Under a state law
 * that mandates compliance (Texas) that proof exempts the case from the mandate, so the decision is taken again and
 * the local policy decides [tx-ccp-2.251]. Only one proof per case.
 */
export const ProofOfStatusEventSchema = z
  .object({ type: z.literal('PROOF_OF_STATUS'), at, proof: ShownProofOfStatusSchema })
  .strict();
/** The custodian asks DHS to wait: the person is needed for prosecution or as a witness [ice-faq-2011]. */
export const CustodianRequestsDelayEventSchema = z
  .object({ type: z.literal('CUSTODIAN_REQUESTS_DELAY'), at, reason: DelayReasonSchema })
  .strict();

/**
 * A state judicial official enters an order under which the person is held on a detainer with an administrative
 * warrant (North Carolina HB 10, from Dec 1, 2024) [nc-hb10-2024] (secondary). Taken during a hold, or just before it
 * (once the custodian will honor the hold), when the policy sets `stateJudicialOrder: 'required'`.
 */
export const StateJudicialOrderEventSchema = z.object({ type: z.literal('STATE_JUDICIAL_ORDER'), at }).strict();

/**
 * At most this many events in one case. A real detainer case has a few dozen; the limit keeps the cost of a case
 * bounded, because the context's lists (access and delay requests, custody moves) are copied on every change,
 * so a case's cost grows with the square of its events. An event past the limit is refused (`event-not-allowed`),
 * and a saved case with more events is refused on restore.
 */
export const MAX_CASE_EVENTS = 1000;

/**
 * The schema of every event a person or system can send to a case, in the order the project lists them: the
 * one home of the event vocabulary. {@link DetainerEventSchema}, {@link DETAINER_EVENT_TYPES} and the SDK's
 * scenario steps are all built from it.
 */
export const DETAINER_EVENT_SCHEMAS = [
  DetainerLodgedEventSchema,
  DetainerServedEventSchema,
  ReleaseScheduledEventSchema,
  NoticeSentEventSchema,
  ReleaseEligibleEventSchema,
  DhsAssumedCustodyEventSchema,
  DetainerLiftedEventSchema,
  AccessRequestedEventSchema,
  CustodyMovedEventSchema,
  CustodianRequestsDelayEventSchema,
  StateJudicialOrderEventSchema,
  ProofOfStatusEventSchema,
  PersonInformedEventSchema,
  TransferredBeforeReleaseEventSchema,
] as const;

/** The type of each event schema of a list, in order, as a tuple. */
type EventTypesOf<T extends readonly { readonly shape: { readonly type: { readonly value: string } } }[]> = {
  readonly [K in keyof T]: T[K]['shape']['type']['value'];
};

/** The types of event a person or system can send to a case: the project's event vocabulary. */
export const DETAINER_EVENT_TYPES = DETAINER_EVENT_SCHEMAS.map(
  (schema) => schema.shape.type.value,
) as unknown as EventTypesOf<typeof DETAINER_EVENT_SCHEMAS>;
export type DetainerEventType = (typeof DETAINER_EVENT_TYPES)[number];

const EVENT_TYPE_HINT = `type must be one of ${DETAINER_EVENT_TYPES.map((t) => `"${t}"`).join(', ')}`;

/** Any event a case accepts from outside, parsed and normalized (instants in UTC, defaults filled in). */
export const DetainerEventSchema = z.discriminatedUnion('type', DETAINER_EVENT_SCHEMAS, { error: EVENT_TYPE_HINT });
/** A parsed event. */
export type DetainerEvent = z.output<typeof DetainerEventSchema>;
/** `T` with every object and array read-only, so a literal written `as const` is accepted as input. */
type ReadonlyInput<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyInput<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyInput<T[K]> }
    : T;

/**
 * An event as written by a person (defaults may be left out; instants in any offset; read-only objects and arrays,
 * e.g. written `as const`, are accepted).
 */
export type DetainerEventInput = ReadonlyInput<z.input<typeof DetainerEventSchema>>;
/** The parsed event of one type, e.g. `DetainerEventOf<'RELEASE_ELIGIBLE'>`. */
export type DetainerEventOf<T extends DetainerEventType> = Extract<DetainerEvent, { type: T }>;

/** The type of the event the case's own hold clock sends when the hold deadline arrives. */
export const HOLD_DEADLINE_REACHED = 'HOLD_DEADLINE_REACHED';

/**
 * The event the case's own hold clock sends when the hold deadline arrives [cfr-287.7-d]. Not part of the public
 * vocabulary: a person cannot send it, and {@link parseDetainerEvent} rejects it; a saved case's timeline
 * records it with this schema.
 */
export const HoldDeadlineReachedEventSchema = z.object({ type: z.literal(HOLD_DEADLINE_REACHED) }).strict();

/** Sent by the case's own hold clock when the hold deadline arrives (see {@link HoldDeadlineReachedEventSchema}). */
export interface HoldDeadlineReachedEvent {
  readonly type: typeof HOLD_DEADLINE_REACHED;
}

/** Every event the machine handles: the public vocabulary plus its internal clock event. */
export type DetainerMachineEvent = DetainerEvent | HoldDeadlineReachedEvent;

/**
 * Parses an event from outside (JSON, a form, a scenario step) or throws a `DetainerKitError` with code
 * `invalid-event` whose message names the field and the fix.
 *
 * @example
 * parseDetainerEvent({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' })
 * // { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00.000Z', reason: 'bond-posted', dhsPresent: false }
 */
export function parseDetainerEvent(value: unknown): DetainerEvent {
  return parseWith(DetainerEventSchema, value, 'invalid-event', 'event');
}
