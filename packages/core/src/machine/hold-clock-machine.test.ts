import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, SimulatedClock } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN, NY_JAIL } from '../test-support/fixtures.js';
import { restoreDetainerActor } from './actor.js';
import { detainerMachine } from './detainer-machine.js';
import { parseDetainerEvent } from './events.js';
import { HOLD_CLOCK_ID, systemClockOf } from './hold-timer.js';

const fullCooperation = getPolicyPreset('full-cooperation');

/** A case in a hold: eligible Thursday 2024-03-07 17:00 New York time, calendar count (I-247A). */
function heldCase() {
  const c = drive(fullCooperation);
  c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
  c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
  c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' });
  return c;
}
const DEADLINE = '2024-03-09T22:00:00.000Z';

describe('systemClockOf (the one reader of XState’s system clock)', () => {
  it('returns the clock given to createActor, so SimulatedClock gives virtual time', () => {
    const clock = new SimulatedClock();
    clock.set(Date.parse('2024-03-01T00:00:00Z'));
    const actor = createActor(detainerMachine, {
      clock,
      input: {
        bookedAt: '2024-03-01T00:00:00.000Z',
        custodian: NY_JAIL,
        policy: fullCooperation,
        subject: { offenses: [], proofOfStatus: 'none' },
      },
    });
    const adapted = systemClockOf(actor.system);
    expect(adapted.now()).toBe(Date.parse('2024-03-01T00:00:00Z'));
    let fired = 0;
    adapted.setTimeout(() => {
      fired += 1;
    }, 1000);
    clock.increment(999);
    expect(fired).toBe(0);
    clock.increment(1);
    expect(fired).toBe(1);
  });

  it('falls back to the host time when the clock has no now()', () => {
    const calls: number[] = [];
    const hostLike = { setTimeout: (_fn: () => void, ms: number) => calls.push(ms), clearTimeout: () => undefined };
    const actor = createActor(detainerMachine, {
      clock: hostLike,
      input: {
        bookedAt: '2024-03-01T00:00:00.000Z',
        custodian: NY_JAIL,
        policy: fullCooperation,
        subject: { offenses: [], proofOfStatus: 'none' },
      },
    });
    const adapted = systemClockOf(actor.system);
    expect(Math.abs(adapted.now() - Date.now())).toBeLessThan(60_000);
    adapted.setTimeout(() => undefined, 5);
    expect(calls).toEqual([5]);
  });
});

describe('the hold clock', () => {
  it('runs as the spawned child `holdClock` while a hold runs, and is stopped when the hold ends', () => {
    const c = heldCase();
    expect(Object.keys(c.actor.getSnapshot().children)).toEqual([HOLD_CLOCK_ID]);
    c.send({
      type: 'CUSTODY_MOVED',
      at: '2024-03-08T10:00:00Z',
      custodian: { id: 'state-prison', name: 'State Prison', kind: 'state-prison', timeZone: 'America/New_York' },
      policy: getPolicyPreset('decline-all'),
    });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: 'detainerInEffect' })).toBe(true);
    expect(c.actor.getSnapshot().children).toEqual({});
  });

  it('is restored with a saved hold and still fires at the deadline', () => {
    const c = heldCase();
    c.advanceTo('2024-03-08T12:00:00Z');
    const saved = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    const clock = new SimulatedClock();
    clock.set(Date.parse('2024-03-08T12:00:00Z'));
    const restored = restoreDetainerActor(saved, { clock }).start();
    clock.set(Date.parse(DEADLINE) - 1);
    expect(restored.getSnapshot().value).toBe('holding');
    clock.set(Date.parse(DEADLINE));
    expect(restored.getSnapshot().context.outcome).toMatchObject({ code: 'released-hold-expired', at: DEADLINE });
  });

  it('can be replaced with machine.provide: a silent clock leaves time to the caller', () => {
    const silent = detainerMachine.provide({ actors: { holdTimer: fromCallback(() => undefined) } });
    const clock = new SimulatedClock();
    clock.set(Date.parse('2024-03-01T14:00:00Z'));
    const actor = createActor(silent, {
      clock,
      input: {
        bookedAt: '2024-03-01T14:00:00.000Z',
        custodian: NY_JAIL,
        policy: fullCooperation,
        subject: { offenses: [], proofOfStatus: 'none' },
      },
    }).start();
    for (const event of [
      { type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN },
      { type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' },
      { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' },
    ]) {
      actor.send(parseDetainerEvent(event));
    }
    clock.set(Date.parse('2024-03-20T00:00:00Z'));
    expect(actor.getSnapshot().value).toBe('holding');
    actor.send({ type: 'HOLD_DEADLINE_REACHED' });
    expect(actor.getSnapshot().context.outcome).toMatchObject({ code: 'released-hold-expired', at: DEADLINE });
  });

  it('lets xstate/graph build a test model of the machine (no invoke, no after)', () => {
    expect(() => createTestModel(detainerMachine)).not.toThrow();
  });
});

describe('events that bypassed the parser', () => {
  const raw = (event: Record<string, unknown>) => event as never;

  it('are ignored, leaving the case unchanged and active, whatever field is wrong', () => {
    const c = heldCase();
    const before = c.actor.getSnapshot();
    const bad = [
      { type: 'DETAINER_LIFTED', at: '2024-03-08T10:00:00.000Z', reason: 'bored' },
      { type: 'DETAINER_LIFTED', at: '2024-03-08T10:00:00.000Z' },
      { type: 'DHS_ASSUMED_CUSTODY' },
      { type: 'DHS_ASSUMED_CUSTODY', at: 'tomorrow' },
      { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-08T05:00:00-05:00' },
      { type: 'ACCESS_REQUESTED', at: 1_709_900_000_000 },
      { type: 'CUSTODY_MOVED', at: '2024-03-08T10:00:00.000Z', custodian: { id: 'x' }, policy: fullCooperation },
      { type: 'CUSTODY_MOVED', at: '2024-03-08T10:00:00.000Z', custodian: NY_JAIL, policy: { name: 'x' } },
    ];
    for (const event of bad) c.actor.send(raw(event));
    const after = c.actor.getSnapshot();
    expect(after.status).toBe('active');
    expect(after.value).toEqual(before.value);
    expect(after.context).toBe(before.context);
  });

  it('are ignored before release too: a bad reason, detainer or instant never reaches an action', () => {
    const c = drive(fullCooperation);
    c.actor.send(raw({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00.000Z', detainer: { form: 'I-247A' } }));
    c.actor.send(raw({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00.000Z' }));
    c.actor.send(raw({ type: 'RELEASE_SCHEDULED', at: '2024-03-01T15:00:00.000Z', releaseAt: 'soon' }));
    c.actor.send(
      raw({ type: 'RELEASE_ELIGIBLE', at: '2024-03-01T15:00:00.000Z', reason: 'escape', dhsPresent: false }),
    );
    c.actor.send(raw({ type: 'RELEASE_ELIGIBLE', at: '2024-03-01T15:00:00.000Z', reason: 'bond-posted' }));
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.value).toEqual({ inCriminalCustody: 'noDetainer' });
    expect(snapshot.context.detainer).toBeNull();
    // The same events, parsed, are taken.
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'DETAINER_LIFTED', at: '2024-03-02T16:00:00Z', reason: 'case-closed' });
    expect(c.actor.getSnapshot().context.outcome?.code).toBe('released-detainer-lifted');
  });
});
