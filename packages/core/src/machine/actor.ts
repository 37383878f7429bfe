import { type Actor, type ActorOptions, createActor, type Snapshot, type StateValue } from 'xstate';
import { z } from 'zod';
import { computeHoldDeadline } from '../clock/hold-clock.js';
import { DetainerSchema } from '../detainer/detainer.js';
import { CustodianSchema, SubjectSchema } from '../detainer/subject.js';
import { DetainerKitError, fromZodError } from '../errors.js';
import { InstantSchema, toEpochMs } from '../instant.js';
import { CaseLawSchema, resolveCaseLaw } from '../law/case-law.js';
import { resolveDecision } from '../policy/resolve-decision.js';
import { type JurisdictionPolicy, JurisdictionPolicySchema } from '../policy/schema.js';
import { type DetainerSnapshot, getEventAvailability, getEventPayloadRefusal } from './availability.js';
import { type DetainerCaseContext, type DetainerCaseInputInput, parseDetainerCaseInput } from './context.js';
import { type DetainerMachine, detainerMachine } from './detainer-machine.js';
import { type DetainerEvent, type DetainerEventInput, parseDetainerEvent } from './events.js';

/** An actor running the detainer machine. */
export type DetainerActor = Actor<DetainerMachine>;

/** Options passed through to XState's `createActor` (clock, inspect, id, logger, systemId). */
export type DetainerActorOptions = Omit<ActorOptions<DetainerMachine>, 'input' | 'snapshot'>;

/**
 * Parses the case input and creates (but does not start) an actor for it. Bad input throws a
 * `DetainerKitError` with code `invalid-input` or `invalid-policy`.
 *
 * @example
 * const actor = createDetainerActor({ bookedAt, custodian, policy: getPolicyPreset('notify-only') }, { clock }).start();
 */
export function createDetainerActor(input: DetainerCaseInputInput, options: DetainerActorOptions = {}): DetainerActor {
  const policy = JurisdictionPolicySchema.safeParse((input as { policy?: unknown } | null)?.policy);
  if (!policy.success) throw fromZodError('invalid-policy', 'policy', policy.error, 'policy');
  return createActor(detainerMachine, { ...options, input: parseDetainerCaseInput(input) });
}

/** Options of {@link checkDetainerEvent}. */
export interface CheckDetainerEventOptions {
  /**
   * The case's clock, when it runs ahead of its latest event (a virtual clock moved forward): an event may not
   * be earlier than it either.
   */
  readonly now?: string;
}

/**
 * Checks an event from outside against the case without sending it: parses it, refuses an instant earlier
 * than the case's latest event (or than `options.now`, the case's clock), and refuses an event the case cannot
 * take now (saying why, with the rule's sources). Returns the parsed event. The one home of the time-order rule.
 */
export function checkDetainerEvent(
  snapshot: DetainerSnapshot,
  value: unknown,
  options: CheckDetainerEventOptions = {},
): DetainerEvent {
  const event = parseDetainerEvent(value);
  const last = snapshot.context.lastEventAt;
  const clock = options.now !== undefined && toEpochMs(options.now) > toEpochMs(last) ? options.now : null;
  const floor = clock ?? last;
  if (toEpochMs(event.at) < toEpochMs(floor)) {
    const message =
      clock === null
        ? `must not be earlier than the case's latest event (${last}); events must come in time order`
        : `must not be earlier than the case's clock (${clock}); time only moves forward`;
    throw new DetainerKitError({
      code: 'invalid-event',
      message: `Invalid event: at: ${event.at} ${message}`,
      issues: [{ field: 'at', code: 'too_small', message }],
    });
  }
  const availability = getEventAvailability(snapshot).find((a) => a.type === event.type);
  if (availability && !availability.allowed) {
    throw new DetainerKitError({
      code: 'event-not-allowed',
      message: `${event.type} cannot happen now: ${availability.why ?? 'not allowed in this state'}`,
      issues: [{ field: 'type', code: 'event-not-allowed', message: availability.why ?? '' }],
    });
  }
  const refusal = getEventPayloadRefusal(snapshot, event);
  if (refusal) {
    throw new DetainerKitError({
      code: 'event-not-allowed',
      message: `${event.type} cannot happen now: ${refusal.field}: ${refusal.why}`,
      issues: [{ field: refusal.field, code: 'event-not-allowed', message: refusal.why }],
    });
  }
  return event;
}

/**
 * Validates an event and sends it to a running actor. A rejected event throws a `DetainerKitError`
 * (`invalid-event` or `event-not-allowed`) and leaves the case unchanged. Typed: for a value of unknown shape
 * (JSON, a form), parse it first with {@link parseDetainerEvent}, or check it with {@link checkDetainerEvent}.
 *
 * @example
 * sendDetainerEvent(actor, { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
 */
export function sendDetainerEvent(actor: DetainerActor, value: DetainerEventInput): DetainerSnapshot {
  const event = checkDetainerEvent(actor.getSnapshot(), value);
  actor.send(event);
  return actor.getSnapshot();
}

/** A persisted case snapshot, as returned by `actor.getPersistedSnapshot()` and checked on restore. */
export type PersistedDetainerSnapshot = Snapshot<unknown> & { readonly context: DetainerCaseContext };

const NullableInstant = InstantSchema.nullable();

/** The inputs a persisted context must hold; derived parts are recomputed from them and compared. */
const PersistedContextSchema = z
  .object({
    caseId: z.string().max(120).nullable(),
    bookedAt: InstantSchema,
    custodian: CustodianSchema,
    policy: JurisdictionPolicySchema,
    subject: SubjectSchema,
    detainer: DetainerSchema.nullable(),
    lodgedAt: NullableInstant,
    servedAt: NullableInstant,
    effectiveAt: NullableInstant,
    projectedReleaseAt: NullableInstant,
    releaseScheduledAt: NullableInstant,
    lastEventAt: InstantSchema,
  })
  .loose();

const PersistedSnapshotSchema = z
  .object({
    status: z.enum(['active', 'done']),
    value: z.union([z.string(), z.record(z.string(), z.unknown())]),
    context: PersistedContextSchema,
  })
  .loose();

/**
 * The policy the recorded decision was taken under: the policy itself, or, for a case with law, the local policy
 * under the layers in force on the date of the latest recorded custodian's decision.
 */
function decisionPolicy(context: DetainerCaseContext): JurisdictionPolicy {
  const law = context.law ?? null;
  const last = [...(context.lawApplied ?? [])].reverse().find((a) => a.point === 'custodian-decision');
  if (law === null || last === undefined) return context.policy;
  try {
    return resolveCaseLaw(CaseLawSchema.parse(law), context.localPolicy ?? context.policy, last.date).policy;
  } catch {
    throw tampered('context.law', 'is not an expanded law spec (see expandCaseLaw)');
  }
}

function tampered(field: string, message: string): DetainerKitError {
  return new DetainerKitError({
    code: 'invalid-snapshot',
    message: `Invalid persisted case: ${field}: ${message}`,
    issues: [{ field, code: 'custom', message }],
  });
}

/**
 * Checks a persisted snapshot (from `actor.getPersistedSnapshot()`, possibly after JSON) before it is
 * restored: its shape, its state, and that every derived fact (the decision, the hold deadline) is what the
 * rules give for its inputs, so an edited document cannot hold a person longer than the law's count.
 * Throws a `DetainerKitError` with code `invalid-snapshot`.
 */
export function validatePersistedDetainerSnapshot(value: unknown): PersistedDetainerSnapshot {
  const parsed = PersistedSnapshotSchema.safeParse(value);
  if (!parsed.success) throw fromZodError('invalid-snapshot', 'persisted case', parsed.error);
  const raw = value as { context: DetainerCaseContext };
  const context = raw.context;
  try {
    const resolved = detainerMachine.resolveState({ value: parsed.data.value as StateValue, context });
    if (resolved.status === 'error') throw new Error('unreachable state');
  } catch {
    throw tampered('value', 'is not a state of the detainer machine');
  }
  const { detainer } = context;
  if (context.decision && detainer) {
    const expected = resolveDecision({ policy: decisionPolicy(context), detainer, subject: context.subject });
    if (JSON.stringify(expected) !== JSON.stringify(context.decision)) {
      throw tampered('context.decision', 'does not follow from the policy and detainer it records');
    }
  }
  const hold = context.hold;
  if (hold) {
    const deadline = computeHoldDeadline({
      releaseEligibleAt: hold.startedAt,
      rule: hold.countingRule.rule,
      timeZone: hold.timeZone,
    });
    // A state-law hold limit (Georgia HB 1105 as introduced) may have capped the counting rule's deadline.
    const limit = hold.limit ?? null;
    const expected = limit ? limit.deadline : deadline;
    if ((limit && limit.ruleDeadline !== deadline) || expected !== hold.deadline) {
      throw tampered('context.hold.deadline', `should be ${expected} for a hold that started at ${hold.startedAt}`);
    }
  }
  return value as PersistedDetainerSnapshot;
}

/**
 * Restores a case from a persisted snapshot and returns the (unstarted) actor. Because deadlines are
 * absolute instants and the hold clock is a child actor saved with the snapshot, a restored case in a hold
 * re-arms for the time that remains, and one restored after its deadline ends at the deadline as soon as it
 * starts.
 *
 * @example
 * const saved = JSON.stringify(actor.getPersistedSnapshot());
 * const again = restoreDetainerActor(JSON.parse(saved), { clock }).start();
 */
export function restoreDetainerActor(persisted: unknown, options: DetainerActorOptions = {}): DetainerActor {
  const validated = validatePersistedDetainerSnapshot(persisted);
  // A case saved before duties and transfers before release were modeled has neither: it had none.
  // A case saved before cases carried law has none: its policy alone decided it.
  const saved: Partial<DetainerCaseContext> = validated.context;
  const context = {
    ...validated.context,
    duties: saved.duties ?? [],
    earlyTransfer: saved.earlyTransfer ?? null,
    // Likewise for the records added with custody-move bases, state judicial orders, 287(g) and proof of status.
    holdHistory: saved.holdHistory ?? [],
    stateJudicialOrder: saved.stateJudicialOrder ?? null,
    lodgedBy: saved.lodgedBy ?? null,
    proofOfStatusAt: saved.proofOfStatusAt ?? null,
    law: saved.law ?? null,
    localPolicy: saved.localPolicy ?? null,
    lawApplied: saved.lawApplied ?? [],
  };
  const snapshot = { ...validated, context };
  const { caseId, bookedAt, custodian, policy, subject } = snapshot.context;
  // XState ignores `input` when a snapshot is given; it is passed only because the machine's input is required.
  const input = {
    ...(caseId === null ? {} : { caseId }),
    bookedAt,
    custodian,
    policy: snapshot.context.localPolicy ?? policy,
    subject,
  };
  return createActor(detainerMachine, { ...options, snapshot, input });
}
