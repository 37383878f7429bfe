import { type DetainerKitError, MAX_CASE_EVENTS, SUPPORTED_INSTANTS } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import type { InspectionEvent } from 'xstate';
import { createCase } from './detainer-case.js';
import {
  expectKitError,
  heldThursdayCase,
  I247A,
  lodgeAndServe,
  NYC,
  newCase,
  observe,
  WEEKDAY_POLICY,
} from './fixtures.test-helpers.js';
import type { DetainerCase } from './types.js';

/** Expects `fn` to be refused with `code`/`field` and to leave every observable part of the case as it was. */
function expectRefusedUnchanged(
  c: DetainerCase,
  fn: () => unknown,
  code: 'invalid-event' | 'invalid-input' | 'event-not-allowed',
  field: string,
): DetainerKitError {
  const before = observe(c);
  const error = expectKitError(fn, code, field);
  expect(observe(c)).toEqual(before);
  return error;
}

describe('supported instants at the case boundary', () => {
  it('refuses a booking outside the supported range (it used to throw XState\'s "Unable to travel back in time")', () => {
    for (const bookedAt of ['1969-12-31T09:00:00Z', '1971-06-01T09:00:00Z', '2250-01-01T00:00:00Z']) {
      const error = expectKitError(
        () => createCase({ policy: WEEKDAY_POLICY, custodian: NYC, bookedAt }),
        'invalid-input',
        'bookedAt',
      );
      expect(error.message).toContain(SUPPORTED_INSTANTS.from);
    }
  });

  it('refuses a weekday-rule hold that would run past the holiday table, with the case unchanged', () => {
    const c = newCase({ policy: WEEKDAY_POLICY });
    lodgeAndServe(c);
    const error = expectRefusedUnchanged(
      c,
      () => c.send({ type: 'RELEASE_ELIGIBLE', at: '2199-12-31T17:00:00-05:00', reason: 'bond-posted' }),
      'invalid-event',
      'at',
    );
    expect(error.message).toContain('use an instant in that range');
    expect(c.can({ type: 'RELEASE_ELIGIBLE', at: '2199-12-31T17:00:00-05:00', reason: 'bond-posted' }).allowed).toBe(
      false,
    );
    expect(c.status).toBe('active');
    expect(c.snapshot.status).toBe('active');
  });

  it('refuses a release date outside the range inside an event, naming the field', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(
      c,
      () => c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-06T10:00:00Z', releaseAt: '2200-01-01T00:00:00Z' }),
      'invalid-event',
      'releaseAt',
    );
  });

  it('refuses moving the clock out of the range, by instant or by duration', () => {
    const c = heldThursdayCase();
    expectRefusedUnchanged(c, () => c.advanceTo(SUPPORTED_INSTANTS.before), 'invalid-input', 'instant');
    expectRefusedUnchanged(c, () => c.advanceBy({ days: 100_000 }), 'invalid-input', 'duration');
    // Past what a Date can hold: still the project error, not "Invalid time value".
    expectRefusedUnchanged(c, () => c.advanceBy(Number.MAX_SAFE_INTEGER), 'invalid-input', 'duration');
  });
});

describe('the event limit', () => {
  it(`refuses event number ${MAX_CASE_EVENTS + 1} with the case unchanged`, () => {
    const c = newCase();
    lodgeAndServe(c);
    const base = Date.parse('2024-03-06T00:00:00Z');
    for (let i = 2; i < MAX_CASE_EVENTS; i += 1) {
      c.send({ type: 'ACCESS_REQUESTED', at: new Date(base + i * 1000).toISOString() });
    }
    const event = { type: 'ACCESS_REQUESTED', at: '2024-03-07T00:00:00Z' } as const;
    expect(c.can(event)).toMatchObject({ allowed: false });
    const error = expectRefusedUnchanged(c, () => c.send(event), 'event-not-allowed', '');
    expect(error.message).toContain(String(MAX_CASE_EVENTS));
  });
});

describe('an unexpected failure inside the model', () => {
  /** A case whose inspector throws a plain Error once, on the next microstep, when armed. */
  function fragileCase(): { c: DetainerCase; arm: () => void } {
    let armed = false;
    const c = newCase({
      inspect: (event: InspectionEvent) => {
        if (armed && event.type === '@xstate.microstep') {
          armed = false;
          throw new Error('boom');
        }
      },
    });
    return { c, arm: () => (armed = true) };
  }

  it('is thrown as the project error from send, with the cause kept and the case unchanged', () => {
    const { c, arm } = fragileCase();
    lodgeAndServe(c);
    arm();
    const event = { type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' } as const;
    const error = expectRefusedUnchanged(c, () => c.send(event), 'event-not-allowed', '');
    expect(error).not.toBe(undefined);
    expect((error.cause as Error).message).toBe('boom');
    // The case goes on as if the failed call had never happened.
    c.send(event);
    expect(c.state).toBe('holding');
    expect(c.timeline.map((e) => e.seq)).toEqual(c.timeline.map((_, i) => i));
  });

  it('is thrown as the project error from advanceTo, with the case unchanged', () => {
    const { c, arm } = fragileCase();
    lodgeAndServe(c);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
    arm();
    expectRefusedUnchanged(c, () => c.advanceTo('2024-03-20T00:00:00Z'), 'invalid-input', '');
    c.advanceTo('2024-03-20T00:00:00Z');
    expect(c.outcome?.code).toBe('released-hold-expired');
  });
});

describe('send and can', () => {
  it('agree on every event of a case, because they run one check', () => {
    const c = heldThursdayCase();
    const events = [
      { type: 'DETAINER_SERVED', at: '2024-03-08T10:00:00Z' },
      { type: 'ACCESS_REQUESTED', at: '2024-03-08T10:00:00Z' },
      { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-01T10:00:00Z' },
      { type: 'DETAINER_LODGED', at: '2024-03-08T10:00:00Z', detainer: I247A },
      { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-20T10:00:00Z' },
    ] as const;
    for (const event of events) {
      const fork = c.forkAt(c.timeline.length - 1);
      const allowed = fork.can(event).allowed;
      let sent = true;
      try {
        fork.send(event);
      } catch {
        sent = false;
      }
      expect(sent, `${event.type} at ${event.at}`).toBe(allowed);
    }
  });
});
