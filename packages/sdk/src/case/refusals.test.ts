import { describe, expect, it } from 'vitest';
import { createCase, restoreCase } from './detainer-case.js';
import {
  expectKitError,
  heldThursdayCase,
  I247A,
  lodgeAndServe,
  NYC,
  newCase,
  observe,
  THURSDAY_HOLD_DEADLINE,
} from './fixtures.test-helpers.js';
import type { DetainerCase } from './types.js';

/** Expects `fn` to be refused with `code`/`field` and to leave every observable part of the case as it was. */
function expectRefusedUnchanged(
  c: DetainerCase,
  fn: () => unknown,
  code: Parameters<typeof expectKitError>[1],
  field: string,
): void {
  const before = observe(c);
  expectKitError(fn, code, field);
  expect(observe(c)).toEqual(before);
}

describe('DetainerCase refusals', () => {
  it('refuses an event without `at`', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(
      c,
      () => c.sendUnknown({ type: 'RELEASE_ELIGIBLE', reason: 'bond-posted' }),
      'invalid-event',
      'at',
    );
  });

  it('refuses an unknown event type', () => {
    const c = newCase();
    expectRefusedUnchanged(
      c,
      () => c.sendUnknown({ type: 'RELEASED_BY_MAGIC', at: '2024-03-05T10:00:00Z' }),
      'invalid-event',
      'type',
    );
    expect(c.canUnknown({ type: 'RELEASED_BY_MAGIC', at: '2024-03-05T10:00:00Z' })).toMatchObject({
      allowed: false,
      citations: [],
    });
  });

  it('refuses the internal hold-deadline event from outside', () => {
    const c = heldThursdayCase();
    expectRefusedUnchanged(
      c,
      () => c.sendUnknown({ type: 'HOLD_DEADLINE_REACHED', at: '2024-03-08T10:00:00Z' }),
      'invalid-event',
      'type',
    );
  });

  it('refuses a wrong release reason', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(
      c,
      () => c.sendUnknown({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'escaped' }),
      'invalid-event',
      'reason',
    );
  });

  it('refuses an event earlier than the latest event', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(
      c,
      () => c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-05T09:00:00-05:00' }),
      'invalid-event',
      'at',
    );
  });

  it('refuses an event earlier than the clock after an advance', () => {
    const c = newCase();
    lodgeAndServe(c);
    c.advanceTo('2024-03-06T12:00:00-05:00');
    expectRefusedUnchanged(
      c,
      () => c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-06T11:00:00-05:00' }),
      'invalid-event',
      'at',
    );
  });

  it('refuses an event the state does not allow, with the rule and its sources', () => {
    const c = newCase();
    const event = { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-05T10:00:00-05:00' } as const;
    expectRefusedUnchanged(c, () => c.send(event), 'event-not-allowed', 'type');
    const check = c.can(event);
    expect(check.allowed).toBe(false);
    expect(check.why).toMatch(/DHS takes custody during a hold/);
    expect(check.citations).toEqual(['cfr-287.7-d', 'i247a-form']);
  });

  it('accepts an event after the hold deadline as the core does: the hold ends at its deadline first', () => {
    for (const offset of [0, 60_000]) {
      const c = heldThursdayCase();
      const at = new Date(Date.parse(THURSDAY_HOLD_DEADLINE) + offset).toISOString();
      const event = { type: 'DHS_ASSUMED_CUSTODY', at } as const;
      // can() and send() run one check, so they agree.
      expect(c.can(event)).toEqual({ allowed: true, why: null, citations: [] });
      const entries = c.send(event);
      expect(entries.map((e) => e.event.type)).toEqual(['HOLD_DEADLINE_REACHED']);
      expect(c.outcome).toMatchObject({ code: 'released-hold-expired', at: THURSDAY_HOLD_DEADLINE });
      expect(c.now).toBe(at);
      // Saved and restored, the accepted event replays the same way.
      expect(restoreCase(JSON.stringify(c.toJSON())).toJSON()).toEqual(c.toJSON());
    }
  });

  it('refuses every event once the case has ended', () => {
    const c = heldThursdayCase();
    c.advanceTo(THURSDAY_HOLD_DEADLINE);
    expectRefusedUnchanged(
      c,
      () => c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-12T10:00:00Z' }),
      'event-not-allowed',
      'type',
    );
  });

  it('refuses moving the clock back, or by a negative or malformed duration', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(c, () => c.advanceTo('2024-03-05T10:30:00-05:00'), 'invalid-input', 'instant');
    expectRefusedUnchanged(c, () => c.advanceTo('next tuesday'), 'invalid-input', 'instant');
    expectRefusedUnchanged(c, () => c.advanceBy(-1), 'invalid-input', 'duration');
    expectRefusedUnchanged(c, () => c.advanceBy({ hours: -2 }), 'invalid-input', 'duration.hours');
    expectRefusedUnchanged(c, () => c.advanceBy({ weeks: 1 } as never), 'invalid-input', 'duration');
  });

  it('refuses a fork outside the timeline', () => {
    const c = newCase();
    lodgeAndServe(c);
    expectRefusedUnchanged(c, () => c.forkAt(3), 'invalid-input', 'seq');
    expectRefusedUnchanged(c, () => c.forkAt(0.5), 'invalid-input', 'seq');
  });

  it('refuses bad case options, naming the field', () => {
    expectKitError(
      () => createCase({ policy: 'sanctuary', custodian: NYC, bookedAt: '2024-03-04T09:00:00Z' } as never),
      'invalid-policy',
    );
    expectKitError(
      () =>
        createCase({
          policy: 'full-cooperation',
          custodian: { ...NYC, timeZone: 'Mars/Olympus' },
          bookedAt: '2024-03-04T09:00:00Z',
        }),
      'invalid-input',
      'custodian.timeZone',
    );
    expectKitError(
      () => createCase({ policy: 'full-cooperation', custodian: NYC, bookedAt: 'Monday' }),
      'invalid-input',
      'bookedAt',
    );
    expectKitError(
      () =>
        createCase({
          policy: 'full-cooperation',
          custodian: NYC,
          bookedAt: '2024-03-04T09:00:00Z',
          bookedat: 'x',
        } as never),
      'invalid-input',
    );
  });

  it('accepts a valid event after refusing bad ones', () => {
    const c = newCase();
    expect(() =>
      c.sendUnknown({
        type: 'DETAINER_LODGED',
        at: '2024-03-05T10:00:00-05:00',
        detainer: { ...I247A, warrant: 'none' },
      }),
    ).toThrow();
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-05T10:00:00-05:00', detainer: I247A });
    expect(c.timeline).toHaveLength(1);
  });
});
