import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { runs } from '../../../../test-support/fast-check.js';
import { ProofOfStatusSchema, type SubjectInput } from '../detainer/subject.js';
import { EarlyTransferBasisSchema, OffenseCategorySchema, PersonDutySchema } from '../detainer/vocabulary.js';
import { DetainerKitError } from '../errors.js';
import { toEpochMs } from '../instant.js';
import type { JurisdictionPolicyInput } from '../policy/schema.js';
import {
  AccessSwitchSchema,
  Agreement287gSchema,
  HoldLimitSchema,
  HoldSwitchSchema,
  JurisdictionPolicySchema,
  NoticeAfterEligibilitySchema,
  NotifySwitchSchema,
  PolicyCountingRuleSchema,
  StateJudicialOrderSchema,
  StateLawSchema,
  TransferSwitchSchema,
} from '../policy/schema.js';
import { DETAINERS, type EventIntent, makeEvent } from '../test-support/event-factory.js';
import { type Driven, drive, wrap } from '../test-support/fixtures.js';
import { restoreDetainerActor } from './actor.js';
import { getEventAvailability } from './availability.js';
import type { OutcomeCode } from './context.js';
import { CustodyMoveBasisSchema, type DetainerMachineEvent, ShownProofOfStatusSchema } from './events.js';

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
  transferAtRelease: fc.constantFrom(...TransferSwitchSchema.options),
  countingRule: fc.constantFrom(...PolicyCountingRuleSchema.options),
  rejectDatabaseOnlyBasis: fc.boolean(),
  requireNeutralReview: fc.boolean(),
  noticeAfterEligibility: fc.constantFrom(...NoticeAfterEligibilitySchema.options),
  stateJudicialOrder: fc.constantFrom(...StateJudicialOrderSchema.options),
  holdLimit: fc.constantFrom(...HoldLimitSchema.options),
  agreement287g: fc.constantFrom(...Agreement287gSchema.options),
  warrantServiceOutsideNoAuthority: fc.boolean(),
  informPersonOfRequest: fc.boolean(),
  adviseRightsBeforeInterview: fc.boolean(),
  transferBeforeRelease: fc.boolean(),
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
  fc.record(
    {
      kind: fc.constant('access'),
      area: fc.constantFrom('public', 'non-public'),
      judicialWarrant: fc.boolean(),
      writtenConsent: fc.boolean(),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record({ kind: fc.constant('inform'), duty: fc.constantFrom(...PersonDutySchema.options) }),
  fc.record({ kind: fc.constant('early-transfer'), basis: fc.constantFrom(...EarlyTransferBasisSchema.options) }),
  fc.record({
    kind: fc.constant('move'),
    preset: fc.constantFrom('full-cooperation', 'decline-all', 'notify-only'),
    basis: fc.constantFrom(...CustodyMoveBasisSchema.options),
  }),
  fc.record({ kind: fc.constant('delay'), reason: fc.constantFrom('prosecution', 'witness') }),
  fc.record({ kind: fc.constant('judicial-order') }),
  fc.record({ kind: fc.constant('proof'), proof: fc.constantFrom(...ShownProofOfStatusSchema.options) }),
) as fc.Arbitrary<EventIntent>;

/** Steps: an intent and the minutes since the previous event (up to 6 days, to cross weekends and deadlines). */
const scriptArb = fc.array(fc.tuple(intentArb, fc.integer({ min: 0, max: 6 * 24 * 60 })), {
  minLength: 1,
  maxLength: 14,
});

type Snap = ReturnType<Driven['actor']['getSnapshot']>;

const DAY_MS = 24 * 3_600_000;
const deadlineMs = (s: Snap) => toEpochMs(s.context.hold?.deadline ?? '');

/**
 * What must hold from one snapshot to the next around a hold (DOMAIN.md §3):
 * - nobody is held at or past the deadline of the hold in force;
 * - a running hold's deadline never moves later;
 * - a hold ends in an outcome at or before its deadline, or (before the deadline) by a move into another
 *   agency's criminal custody: then the person is back in criminal custody and the case legitimately continues.
 */
function checkHoldStep(before: Snap, after: Snap, event: DetainerMachineEvent | null, now: number) {
  if (after.value === 'holding') {
    // No hold without a request to hold and a policy (after state law) that allows it.
    expect(after.context.detainer?.requests.hold).toBe(true);
    expect(after.context.decision?.hold).toEqual({ requested: true, allowed: true });
    expect(now).toBeLessThan(deadlineMs(after));
    if (before.value === 'holding') expect(deadlineMs(after)).toBeLessThanOrEqual(deadlineMs(before));
  } else if (before.value === 'holding') {
    if (after.status === 'done') {
      expect(toEpochMs(after.output?.at ?? '')).toBeLessThanOrEqual(deadlineMs(before));
    } else {
      expect(event?.type).toBe('CUSTODY_MOVED');
      if (event?.type === 'CUSTODY_MOVED') {
        expect(toEpochMs(event.at)).toBeLessThan(deadlineMs(before));
        // Only a move on a new criminal charge puts the person back in criminal custody [i247a-form].
        expect(event.basis).toBe('new-criminal-charge');
      }
      expect(after.matches('inCriminalCustody')).toBe(true);
      expect(after.context.outcome).toBeNull();
    }
  }
}

function run(policy: JurisdictionPolicyInput, subject: SubjectInput, script: [EventIntent, number][]) {
  const c = drive(policy, { subject });
  let held = false;
  let firstOutcome: string | null = null;
  for (const [intent, gap] of script) {
    const before = c.actor.getSnapshot();
    const event = makeEvent(intent, before.context.lastEventAt, gap);
    const persistedBefore = JSON.stringify(c.actor.getPersistedSnapshot());
    let accepted = true;
    try {
      c.send(event as never);
    } catch (error) {
      accepted = false;
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
    checkHoldStep(before, s, accepted ? event : null, c.clock.now());
    if (s.value === 'holding') held = true;
    // Every ended hold is on record, ended no later than its own deadline [cfr-287.7-d].
    for (const h of s.context.holdHistory) expect(toEpochMs(h.endedAt)).toBeLessThanOrEqual(toEpochMs(h.deadline));
    // Notice status is defined once a release is scheduled.
    if (s.context.projectedReleaseAt !== null) expect(s.context.notice).not.toBeNull();
    // Exactly one outcome: once set it never changes.
    if (firstOutcome !== null) expect(JSON.stringify(s.context.outcome)).toBe(firstOutcome);
    if (s.context.outcome) firstOutcome ??= JSON.stringify(s.context.outcome);
  }
  // Let time run on: a hold still running plays out and ends exactly at its deadline.
  const before = c.actor.getSnapshot();
  c.advanceTo(new Date(c.clock.now() + 30 * DAY_MS).toISOString());
  const after = c.actor.getSnapshot();
  checkHoldStep(before, after, null, c.clock.now());
  expect(after.value).not.toBe('holding');
  if (before.value === 'holding') {
    expect(after.output?.code).toBe('released-hold-expired');
    expect(after.output?.at).toBe(before.context.hold?.deadline);
  }
  return { c, held };
}

describe('detainerMachine properties', () => {
  it('ends in exactly one outcome, matching its final state, and never holds anyone past the deadline', () => {
    fc.assert(
      fc.property(policyArb, subjectArb, scriptArb, (policyInput, subject, script) => {
        const policy = JurisdictionPolicySchema.parse(policyInput);
        const { c } = run(policy, subject, script);
        const s = c.actor.getSnapshot();
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
          // A duty toward the person is never left "due" once the case ends: performed or flagged not performed.
          expect(s.context.duties.every((d) => d.status !== 'due')).toBe(true);
          // A transfer before release eligibility only where the policy allows it [fl-sb168-2019], [ia-27a-2018].
          if (s.context.earlyTransfer) expect(policy.transferBeforeRelease).toBe(true);
          // The hard deadline after release eligibility is recorded, never left pending, never fatal.
          if (s.context.eligibilityNotice) expect(s.context.eligibilityNotice.status).not.toBe('pending');
          // The state judicial order (North Carolina HB 10) ends entered or missing, never awaited [nc-hb10-2024].
          if (s.context.stateJudicialOrder) expect(s.context.stateJudicialOrder.status).not.toBe('awaited');
        } else {
          expect(s.context.outcome).toBeNull();
        }
        // The Georgia cap (as introduced; unverified): no hold without a judicial warrant runs past 48 elapsed
        // hours [ga-hb1105-2024]; the order record exists only on an administrative warrant [nc-hb10-2024].
        // The cap is the policy's of the custodian where the hold started: after a move, the new custodian's (seed
        // 484046730 found this: a move to a full-cooperation jail, then an I-247D's weekday count of 96 hours).
        const hold = s.context.hold;
        if (hold?.limit && s.context.detainer?.warrant !== 'judicial') {
          expect(toEpochMs(hold.deadline) - toEpochMs(hold.startedAt)).toBeLessThanOrEqual(48 * 3_600_000);
        }
        if (hold && s.context.custodyMoves.length === 0) {
          expect(hold.limit != null).toBe(policy.holdLimit !== 'by-counting-rule');
        }
        if (s.context.stateJudicialOrder) expect(['I-200', 'I-205']).toContain(s.context.detainer?.warrant);
      }),
      { numRuns: runs(300) },
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
        original.advanceTo(new Date(original.clock.now() + 30 * DAY_MS).toISOString());

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
        restored.advanceTo(new Date(clock.now() + 30 * DAY_MS).toISOString());
        const a = original.actor.getSnapshot();
        const b = restored.actor.getSnapshot();
        expect(b.value).toEqual(a.value);
        expect(b.context).toEqual(a.context);
        expect(b.status).toBe(a.status);
      }),
      { numRuns: runs(200) },
    );
  });

  // DOMAIN.md §3 and §2.7: the hold is "not to exceed 48 hours" from the moment the person would otherwise have been
  // released [cfr-287.7-d]; the detainer follows the person to "any subsequent law enforcement agency" [i247a-form].
  // A move of a person held only on the detainer changes who holds, never when the hold must end.
  it('a detainer-only move never extends the first deadline', () => {
    const holdingScriptArb = fc.array(fc.tuple(intentArb, fc.integer({ min: 0, max: 36 * 60 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(policyArb, subjectArb, holdingScriptArb, (policyInput, subject, tail) => {
        const policy = JurisdictionPolicySchema.parse({
          ...policyInput,
          hold: 'always',
          stateLaw: 'none',
          requireNeutralReview: false,
        });
        const c = drive(policy, { subject });
        c.send(
          makeEvent({ kind: 'lodge', detainer: 'I-247D' }, c.actor.getSnapshot().context.lastEventAt, 60) as never,
        );
        c.send(
          makeEvent(
            { kind: 'eligible', reason: 'bond-posted', dhsPresent: false },
            c.actor.getSnapshot().context.lastEventAt,
            60,
          ) as never,
        );
        const first = c.actor.getSnapshot();
        if (first.value !== 'holding') return; // e.g. neutral review required: no hold to move
        const firstDeadline = first.context.hold?.deadline ?? '';
        let sinceNewCharge = false;
        for (const [intent, gap] of tail) {
          const before = c.actor.getSnapshot();
          const event = makeEvent(
            intent.kind === 'move' ? { ...intent, basis: 'detainer-only' } : intent,
            before.context.lastEventAt,
            gap,
          );
          try {
            c.send(event as never);
          } catch {
            continue;
          }
          const after = c.actor.getSnapshot();
          if (event.type === 'CUSTODY_MOVED' && before.value === 'holding' && !sinceNewCharge) {
            if (after.value === 'holding') expect(after.context.hold?.deadline).toBe(firstDeadline);
            else if (after.status === 'done') {
              expect(toEpochMs(after.output?.at ?? '')).toBeLessThanOrEqual(toEpochMs(firstDeadline));
            }
          }
          if (after.value === 'holding' && !sinceNewCharge) expect(after.context.hold?.deadline).toBe(firstDeadline);
          // Only a new criminal charge (not generated here) may start a second hold.
          if (after.context.custodyMoves.some((m) => m.basis === 'new-criminal-charge')) sinceNewCharge = true;
        }
        c.advanceTo(new Date(c.clock.now() + 30 * DAY_MS).toISOString());
        const end = c.actor.getSnapshot();
        if (!sinceNewCharge && end.status === 'done') {
          expect(toEpochMs(end.output?.at ?? '')).toBeLessThanOrEqual(toEpochMs(firstDeadline));
          for (const h of end.context.holdHistory)
            expect(toEpochMs(h.endedAt)).toBeLessThanOrEqual(toEpochMs(firstDeadline));
        }
      }),
      { numRuns: runs(200) },
    );
  });

  // Counterexamples found by `npm run test:explore` (10× the runs), pinned. Both have the shape release eligible →
  // holding → CUSTODY_MOVED into another agency's criminal custody, which broke the old invariant "a case that was
  // holding is done 30 days later": the person is back in criminal custody and the case legitimately continues.
  describe('pinned counterexamples', () => {
    const mandatedCompliance: JurisdictionPolicyInput = {
      name: 'Random A',
      hold: 'never',
      notify: 'never',
      listedOffenses: ['infraction'],
      access: 'allowed',
      transferAtRelease: false,
      countingRule: 'by-form',
      rejectDatabaseOnlyBasis: false,
      stateLaw: 'mandated-compliance',
    };
    const noOffenses: SubjectInput = { offenses: [], proofOfStatus: 'none' };

    function expectBackInCriminalCustody(script: [EventIntent, number][]) {
      const { c, held } = run(JurisdictionPolicySchema.parse(mandatedCompliance), noOffenses, script);
      expect(held).toBe(true);
      const s = c.actor.getSnapshot();
      expect(s.status).toBe('active');
      expect(s.matches('inCriminalCustody')).toBe(true);
      expect(s.context.outcome).toBeNull();
      expect(s.context.custodyMoves).toHaveLength(1);
    }

    it('does continue the case after a move to new criminal custody ends a hold (seed 970702448: I-247)', () => {
      expectBackInCriminalCustody([
        [{ kind: 'lodge', detainer: 'I-247' }, 0],
        [{ kind: 'eligible', reason: 'bond-posted', dhsPresent: false }, 0],
        [{ kind: 'move', preset: 'full-cooperation' }, 0],
        [{ kind: 'lodge', detainer: 'I-247A/I-200' }, 0],
      ]);
    });

    it('does continue the case after a move to new criminal custody ends a hold (seed 314383008: I-247A)', () => {
      expectBackInCriminalCustody([
        [{ kind: 'lodge', detainer: 'I-247A/I-200' }, 0],
        [{ kind: 'serve' }, 0],
        [{ kind: 'eligible', reason: 'bond-posted', dhsPresent: false }, 0],
        [{ kind: 'move', preset: 'full-cooperation' }, 0],
        [{ kind: 'schedule', leadHours: 1 }, 0],
      ]);
    });
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
