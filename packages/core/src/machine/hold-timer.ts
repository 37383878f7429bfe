import { fromCallback } from 'xstate';
import { toEpochMs } from '../instant.js';
import type { HoldDeadlineReachedEvent } from './events.js';

/** The clock an actor system runs on: XState's `Clock`, plus `now()` where it has one (`SimulatedClock`). */
interface SystemClock {
  setTimeout(fn: () => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
  now?: () => number;
}

/** The largest delay a host `setTimeout` accepts (about 24.8 days); longer waits are chained. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/**
 * The hold clock: an invoked actor that sends `HOLD_DEADLINE_REACHED` at the absolute deadline.
 *
 * XState does not restore pending `after` timers from a persisted snapshot (statelyai/xstate#5331), but it
 * does restart invoked actors. Because this actor is given the *absolute* deadline, a case restored hours
 * later re-arms for the time that remains, and one restored after the deadline expires at once, with the
 * outcome dated at the deadline itself. It reads the actor system's clock, so `SimulatedClock` gives
 * virtual time.
 */
export const holdTimer = fromCallback<HoldDeadlineReachedEvent, { readonly deadline: string }>(
  ({ input, sendBack, system }) => {
    // `_clock` is the clock passed to `createActor` (declared on XState's ActorSystem type).
    const clock = system._clock as SystemClock;
    const now = () => (typeof clock.now === 'function' ? clock.now() : Date.now());
    const deadline = toEpochMs(input.deadline);
    let handle: unknown;
    const arm = () => {
      const remaining = deadline - now();
      handle =
        remaining > MAX_TIMEOUT_MS
          ? clock.setTimeout(arm, MAX_TIMEOUT_MS)
          : clock.setTimeout(() => sendBack({ type: 'HOLD_DEADLINE_REACHED' }), Math.max(0, remaining));
    };
    arm();
    return () => clock.clearTimeout(handle);
  },
);
