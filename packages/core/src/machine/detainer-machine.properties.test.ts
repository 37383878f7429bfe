import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { ProofOfStatusSchema, type SubjectInput } from '../detainer/subject.js';
import { OffenseCategorySchema } from '../detainer/vocabulary.js';
import { DetainerKitError } from '../errors.js';
import { toEpochMs } from '../instant.js';
import type { JurisdictionPolicyInput } from '../policy/schema.js';
import {
  AccessSwitchSchema,
  HoldSwitchSchema,
  JurisdictionPolicySchema,
  NotifySwitchSchema,
  PolicyCountingRuleSchema,
  StateLawSchema,
} from '../policy/schema.js';
import { DETAINERS, type EventIntent, makeEvent } from '../test-support/event-factory.js';
import { drive, wrap } from '../test-support/fixtures.js';
import { restoreDetainerActor } from './actor.js';
import { getEventAvailability } from './availability.js';
import type { OutcomeCode } from './context.js';

// Properties over random policies and random event sequences (DOMAIN.md §2, §3, §5).

const FINAL_STATE_OF: Record<OutcomeCode, string> = {
  'transferred-to-dhs': 'transferredToDhs',
  'released-hold-expired': 'releasedHoldExpired',
  'released-hold-declined': 'releasedHoldDeclined',
  'released-detainer-lifted': 'releasedDetainerLifted',
  'released-no-hold-requested': 'releasedNoHoldRequested',
};

const policyArb: fc.Arbitrary<JurisdictionPolicyInput> = fc.record({
  name: fc.constantFrom('Random A', 'Random B'),
  hold: fc.constantFrom(...HoldSwitchSchema.options),
  notify: fc.constantFrom(...NotifySwitchSchema.options),
  listedOffenses: fc.subarray([...OffenseCategorySchema.options], { minLength: 1 }),
  access: fc.constantFrom(...AccessSwitchSchema.options),
  transferAtRelease: fc.boolean(),
  countingRule: fc.constantFrom(...PolicyCountingRuleSchema.options),
  rejectDatabaseOnlyBasis: fc.boolean(),
  stateLaw: fc.constantFrom(...StateLawSchema.options),
});

const subjectArb = fc.record({
  offenses: fc.subarray([...OffenseCategorySchema.options]),
  proofOfStatus: fc.constantFrom(...ProofOfStatusSchema.options),
});

const intentArb: fc.Arbitrary<EventIntent> = fc.oneof(
  fc.record({
    kind: fc.constant('lodge'),
    detainer: fc.constantFrom(...(Object.keys(DETAINERS) as (keyof typeof DETAINERS)[])),
  }),
  fc.record({ kind: fc.constant('serve') }),
  fc.record({ kind: fc.constant('schedule'), leadHours: fc.integer({ min: 1, max: 240 }) }),
  fc.record({ kind: fc.constant('notice') }),
  fc.record({
    kind: fc.constant('eligible'),
    reason: fc.constantFrom(
      'bond-posted',
      'own-recognizance',
      'charges-dismissed',
      'acquitted',
      'sentence-completed',
      'diversion',
    ),
    dhsPresent: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('dhs') }),
  fc.record({
    kind: fc.constant('lift'),
    reason: fc.constantFrom('prosecutorial-discretion', 'case-closed', 'us-citizenship-claim'),
  }),
  fc.record({ kind: fc.constant('access') }),
  fc.record({ kind: fc.constant('move'), preset: fc.constantFrom('full-cooperation', 'decline-all', 'notify-only') }),
  fc.record({ kind: fc.constant('delay'), reason: fc.constantFrom('prosecution', 'witness') }),
) as fc.Arbitrary<EventIntent>;

/** Steps: an intent and the minutes since the previous event (up to 6 days, to cross weekends and deadlines). */
const scriptArb = fc.array(fc.tuple(intentArb, fc.integer({ min: 0, max: 6 * 24 * 60 })), {
  minLength: 1,
  maxLength: 14,
});

function run(policy: JurisdictionPolicyInput, subject: SubjectInput, script: [EventIntent, number][]) {
  const c = drive(policy, { subject });
  let wasHolding = false;
  let firstOutcome: string | null = null;
  for (const [intent, gap] of script) {
    const before = c.actor.getSnapshot();
    const event = makeEvent(intent, before.context.lastEventAt, gap);
    const persistedBefore = JSON.stringify(c.actor.getPersistedSnapshot());
    try {
      c.send(event as never);
    } catch (error) {
      expect(DetainerKitError.isInstance(error)).toBe(true);
      const code = (error as DetainerKitError).code;
      // A refused event leaves the case unchanged, unless the clock reached a deadline on the way (then only
      // that deadline has fired).
      if (JSON.stringify(c.actor.getPersistedSnapshot()) !== persistedBefore) {
        expect(c.actor.getSnapshot().output?.code).toBe('released-hold-expired');
      }
      expect(['event-not-allowed', 'invalid-event']).toContain(code);
    }
    const s = c.actor.getSnapshot();
    if (s.value === 'holding') {
      wasHolding = true;
      // No hold without a request to hold and a policy (after state law) that allows it.
      expect(s.context.detainer?.requests.hold).toBe(true);
      expect(s.context.decision?.hold).toEqual({ requested: true, allowed: true });
      // Nobody is held past the deadline on the clock.
      expect(c.clock.now()).toBeLessThan(toEpochMs(s.context.hold?.deadline ?? ''));
    }
    // Notice status is defined once a release is scheduled.
    if (s.context.projectedReleaseAt !== null) expect(s.context.notice).not.toBeNull();
    // Exactly one outcome: once set it never changes.
    if (firstOutcome !== null) expect(JSON.stringify(s.context.outcome)).toBe(firstOutcome);
    if (s.context.outcome) firstOutcome ??= JSON.stringify(s.context.outcome);
  }
  // Let a running hold play out.
  c.advanceTo(new Date(c.clock.now() + 30 * 24 * 3_600_000).toISOString());
  return { c, wasHolding };
}

describe('detainerMachine properties', () => {
  it('ends in exactly one outcome, matching its final state, and never holds anyone past the deadline', () => {
    fc.assert(
      fc.property(policyArb, subjectArb, scriptArb, (policyInput, subject, script) => {
        const policy = JurisdictionPolicySchema.parse(policyInput);
        const { c, wasHolding } = run(policy, subject, script);
        const s = c.actor.getSnapshot();
        if (wasHolding) expect(s.status).toBe('done');
        if (s.status === 'done') {
          const outcome = s.output;
          expect(outcome).toBeDefined();
          expect(s.value).toBe(FINAL_STATE_OF[outcome?.code as OutcomeCode]);
          expect(getEventAvailability(s).every((a) => !a.allowed)).toBe(true);
          if (s.context.hold) {
            expect(toEpochMs(outcome?.at ?? '')).toBeLessThanOrEqual(toEpochMs(s.context.hold.deadline));
          }
          if (outcome?.code === 'released-hold-expired') expect(outcome.at).toBe(s.context.hold?.deadline);
          if (s.context.notice) expect(s.context.notice.status).not.toBe('pending');
        } else {
          expect(s.context.outcome).toBeNull();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('behaves identically after persist → JSON → restore at any point', () => {
    fc.assert(
      fc.property(policyArb, scriptArb, fc.nat(), (policyInput, script, cutSeed) => {
        const policy = JurisdictionPolicySchema.parse(policyInput);
        const cut = cutSeed % (script.length + 1);
        const original = drive(policy);
        const events = [];
        // Both copies receive the same concrete events, made from the original's history.
        for (const [intent, gap] of script) {
          const event = makeEvent(intent, original.actor.getSnapshot().context.lastEventAt, gap);
          events.push(event);
          try {
            original.send(event as never);
          } catch {
            // refused events are skipped by both copies
          }
        }
        original.advanceTo(new Date(original.clock.now() + 30 * 24 * 3_600_000).toISOString());

        const first = drive(policy);
        for (const event of events.slice(0, cut)) {
          try {
            first.send(event as never);
          } catch {
            // skipped, as above
          }
        }
        const saved = JSON.parse(JSON.stringify(first.actor.getPersistedSnapshot()));
        const clock = new SimulatedClock();
        clock.set(first.clock.now());
        first.actor.stop();
        const restored = wrap(restoreDetainerActor(saved, { clock }).start(), clock);
        for (const event of events.slice(cut)) {
          try {
            restored.send(event as never);
          } catch {
            // skipped, as above
          }
        }
        restored.advanceTo(new Date(clock.now() + 30 * 24 * 3_600_000).toISOString());
        const a = original.actor.getSnapshot();
        const b = restored.actor.getSnapshot();
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
        expect(b.status).toBe(a.status);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a restored snapshot whose hold deadline was edited', () => {
    const c = drive(
      JurisdictionPolicySchema.parse({
        name: 'All',
        hold: 'always',
        notify: 'always',
        access: 'allowed',
        transferAtRelease: true,
      }),
    );
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: DETAINERS['I-247D'] as never });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' });
    const saved = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    saved.context.hold.deadline = '2024-03-20T22:00:00.000Z';
    expect(() => restoreDetainerActor(saved)).toThrowError(expect.objectContaining({ code: 'invalid-snapshot' }));
    const other = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    other.value = 'nowhere';
    expect(() => restoreDetainerActor(other)).toThrowError(expect.objectContaining({ code: 'invalid-snapshot' }));
    expect(() => restoreDetainerActor({ status: 'active' })).toThrowError(
      expect.objectContaining({ code: 'invalid-snapshot' }),
    );
  });
});
