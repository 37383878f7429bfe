import { SimulatedClock } from 'xstate';
import type { DetainerInput } from '../detainer/detainer.js';
import type { CustodianInput, SubjectInput } from '../detainer/subject.js';
import { toEpochMs } from '../instant.js';
import { checkDetainerEvent, createDetainerActor, type DetainerActor, sendDetainerEvent } from '../machine/actor.js';
import type { DetainerEventInput } from '../machine/events.js';
import type { JurisdictionPolicyInput } from '../policy/schema.js';

/** Test-only helpers: a county jail in New York time and a driver that moves a simulated clock with events. */
export const NY_JAIL = {
  id: 'example-county',
  name: 'Example County Jail',
  kind: 'county-jail',
  timeZone: 'America/New_York',
} as const satisfies CustodianInput;

export const I247A_ADMIN: DetainerInput = {
  form: 'I-247A',
  requests: { notice: true, hold: true },
  basis: ['biometric-match-and-database', 'pending-proceedings'],
  warrant: 'I-200',
};

export interface Driven {
  readonly actor: DetainerActor;
  readonly clock: SimulatedClock;
  /** Moves the clock to the event's instant (firing deadlines on the way), then sends the event. */
  send(event: DetainerEventInput): void;
  /** Moves the clock to an instant, firing deadlines on the way. */
  advanceTo(instant: string): void;
}

export function drive(
  policy: JurisdictionPolicyInput,
  options: { bookedAt?: string; custodian?: CustodianInput; subject?: SubjectInput } = {},
): Driven {
  const bookedAt = options.bookedAt ?? '2024-03-01T14:00:00Z';
  const clock = new SimulatedClock();
  clock.set(toEpochMs(bookedAt));
  const actor = createDetainerActor(
    {
      bookedAt,
      custodian: options.custodian ?? NY_JAIL,
      policy,
      ...(options.subject ? { subject: options.subject } : {}),
    },
    { clock },
  ).start();
  return wrap(actor, clock);
}

/** Wraps a started actor and its simulated clock in the same driver. */
export function wrap(actor: DetainerActor, clock: SimulatedClock): Driven {
  const advanceTo = (instant: string) => {
    const target = toEpochMs(instant);
    if (target > clock.now()) clock.set(target);
  };
  return {
    actor,
    clock,
    advanceTo,
    send(event) {
      // Check first, so a refused event never moves the clock; then move the clock (a hold deadline on the way
      // fires first) and send, which checks again against the state the deadline may have changed.
      const parsed = checkDetainerEvent(actor.getSnapshot(), event);
      advanceTo(parsed.at);
      sendDetainerEvent(actor, parsed);
    },
  };
}
