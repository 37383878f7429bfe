import { type ActorSystem, fromCallback } from 'xstate';
import { toEpochMs } from '../instant.js';
import type { HoldDeadlineReachedEvent } from './events.js';

/** The clock an actor system runs on: XState's `Clock`, plus `now()` where it has one (`SimulatedClock`). */
export interface SystemClock {
  setTimeout(fn: () => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
  /** The clock's time in epoch ms: `SimulatedClock#now`, or the host's time for the default clock. */
  now(): number;
}

/**
 * The clock an actor system runs on: the `clock` passed to `createActor` (`SimulatedClock` for virtual time),
 * or the host's timers. XState keeps it on the system as `_clock` without a public accessor; this is the one
 * place that reads it (its test fails if XState renames it).
 * @internal
 */
// biome-ignore lint/suspicious/noExplicitAny: any actor system, whatever its actors.
export function systemClockOf(system: ActorSystem<any>): SystemClock {
  const clock = (system as { _clock?: Partial<SystemClock> })._clock;
  if (clock === undefined || typeof clock.setTimeout !== 'function' || typeof clock.clearTimeout !== 'function') {
    throw new Error('the actor system has no clock: XState no longer exposes `system._clock`');
  }
  const now = typeof clock.now === 'function' ? clock.now.bind(clock) : Date.now;
  return { setTimeout: clock.setTimeout.bind(clock), clearTimeout: clock.clearTimeout.bind(clock), now };
}

/** The largest delay a host `setTimeout` accepts (about 24.8 days); longer waits are chained. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** The id of the hold clock's child actor while a hold runs. */
export const HOLD_CLOCK_ID = 'holdClock';

/** What the hold clock is given: the hold's absolute deadline (ISO UTC). */
export interface HoldTimerInput {
  readonly deadline: string;
}

/**
 * The hold clock: a callback actor, spawned on entry to `holding` (id `holdClock`), that sends
 * `HOLD_DEADLINE_REACHED` at the absolute deadline.
 *
 * XState does not restore pending `after` timers from a persisted snapshot (statelyai/xstate#5331), but it
 * does restore child actors. Because this actor is given the *absolute* deadline, a case restored hours later
 * re-arms for the time that remains, and one restored after the deadline expires at once, with the outcome
 * dated at the deadline itself. It reads the actor system's clock, so `SimulatedClock` gives virtual time.
 *
 * Replace it with `detainerMachine.provide({ actors: { holdTimer } })`, e.g. with a callback actor that does
 * nothing when a test sends `HOLD_DEADLINE_REACHED` itself.
 */
export const holdTimer = fromCallback<HoldDeadlineReachedEvent, HoldTimerInput>(({ input, sendBack, system }) => {
  const clock = systemClockOf(system);
  const deadline = toEpochMs(input.deadline);
  let handle: unknown;
  const arm = () => {
    const remaining = deadline - clock.now();
    handle =
      remaining > MAX_TIMEOUT_MS
        ? clock.setTimeout(arm, MAX_TIMEOUT_MS)
        : clock.setTimeout(
            () => sendBack({ type: 'HOLD_DEADLINE_REACHED' } satisfies HoldDeadlineReachedEvent),
            Math.max(0, remaining),
          );
  };
  arm();
  return () => clock.clearTimeout(handle);
});
