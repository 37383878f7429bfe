import { describe, expect, it } from 'vitest';
import { CustodianSchema } from '../detainer/subject.js';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';
import { parseDetainerEvent } from './events.js';

// Worked examples for issue #11 items 1, 5 and 6, each from DOMAIN.md's words, with the instants worked out by hand.
// The county jail of the fixtures is in New York (EST, UTC−5, in early March 2024); the state prison is in Chicago
// (CST, UTC−6, until Sun Mar 10, 2024; CDT, UTC−5, after). Tue Mar 5 – Thu Mar 7, 2024 has no weekend or federal
// holiday, so the hold's 48 hours are 48 elapsed hours under either counting rule [cfr-287.7-d].

const fullCooperation = getPolicyPreset('full-cooperation');
const STATE_PRISON = CustodianSchema.parse({
  id: 'state-prison',
  name: 'State Prison',
  kind: 'state-prison',
  timeZone: 'America/Chicago',
});

// Tue Mar 5, 10:00 EST = 15:00Z: release eligible. Deadline: + 48 h = Thu Mar 7, 10:00 EST = 15:00Z.
const ELIGIBLE = '2024-03-05T15:00:00.000Z';
const DEADLINE = '2024-03-07T15:00:00.000Z';
// Wed Mar 6, 10:00 EST = 15:00Z: 24 hours into the hold.
const WEDNESDAY = '2024-03-06T15:00:00.000Z';

/** An I-247A lodged and served Friday Mar 1 under `policy`, eligible for release Tue Mar 5, 10:00 EST. */
function heldCase(policy = fullCooperation) {
  const c = drive(policy);
  c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
  c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
  c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
  expect(c.actor.getSnapshot().value).toBe('holding');
  expect(c.actor.getSnapshot().context.hold?.deadline).toBe(DEADLINE);
  return c;
}

describe('custody moved during a hold (DOMAIN.md §2.6–§2.7: a hold "not to exceed 48 hours"; the detainer follows to "any subsequent law enforcement agency" [cfr-287.7-d], [i247a-form])', () => {
  it('does keep the first deadline when a person held only on the detainer moves to a custodian that holds', () => {
    // Eligible Tue 10:00 EST; moved detainer-only Wed 10:00 EST (24 h in) to a prison that honors holds.
    // The 48 hours still run from Tue 10:00 EST: the deadline stays Thu 10:00 EST (15:00Z), not Fri.
    const c = heldCase();
    c.send({
      type: 'CUSTODY_MOVED',
      at: WEDNESDAY,
      custodian: STATE_PRISON,
      policy: fullCooperation,
      basis: 'detainer-only',
    });
    const moved = c.actor.getSnapshot();
    expect(moved.value).toBe('holding');
    expect(moved.context.hold?.deadline).toBe(DEADLINE);
    expect(moved.context.hold?.startedAt).toBe(ELIGIBLE);
    expect(moved.context.custodian.id).toBe('state-prison');
    expect(moved.context.custodyMoves.map((m) => m.basis)).toEqual(['detainer-only']);
    // No DHS: released at Thu 10:00 EST, 48 h after eligibility, at the prison.
    c.advanceTo('2024-03-08T15:00:00Z');
    const end = c.actor.getSnapshot();
    expect(end.output).toMatchObject({ code: 'released-hold-expired', at: DEADLINE });
    expect(end.context.holdHistory).toEqual([
      {
        startedAt: ELIGIBLE,
        deadline: DEADLINE,
        endedAt: DEADLINE,
        hours: 48,
        custodianId: 'state-prison',
        custodianName: 'State Prison',
        endedBy: 'deadline-reached',
      },
    ]);
  });

  it('does end the hold at the move, released-hold-declined, when the new custodian does not hold', () => {
    // Moved detainer-only Wed 10:00 EST (15:00Z) to a custodian that declines every request: the hold ends at the
    // move, 24 h after eligibility, and the case does not stay open without a deadline.
    const c = heldCase();
    c.send({
      type: 'CUSTODY_MOVED',
      at: WEDNESDAY,
      custodian: STATE_PRISON,
      policy: getPolicyPreset('decline-all'),
      basis: 'detainer-only',
    });
    const s = c.actor.getSnapshot();
    expect(s.status).toBe('done');
    expect(s.output).toMatchObject({
      code: 'released-hold-declined',
      reason: 'hold-declined-after-custody-move',
      at: WEDNESDAY,
    });
    expect(s.output?.text).toMatch(/moved during the hold/);
    expect(s.output?.text).toContain('The local policy does not honor requests to hold.');
    expect(s.output?.citations).toEqual(expect.arrayContaining(['i247a-form', 'galarza-2014', 'ilrc-map-2016']));
    expect(s.context.holdHistory).toEqual([
      expect.objectContaining({
        endedAt: WEDNESDAY,
        hours: 24,
        custodianId: 'state-prison',
        endedBy: 'declined-by-new-custodian',
      }),
    ]);
    expect(s.context.custodyMoves).toHaveLength(1);
  });

  it('does record both holds and the hours of each after a move on a new criminal charge', () => {
    // First hold: Tue 10:00 EST → moved on a new charge Wed 10:00 EST: 24 h, at Example County Jail.
    const c = heldCase();
    c.send({ type: 'CUSTODY_MOVED', at: WEDNESDAY, custodian: STATE_PRISON, policy: fullCooperation });
    const moved = c.actor.getSnapshot();
    expect(moved.matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } })).toBe(true);
    expect(moved.context.hold).toBeNull();
    expect(moved.context.holdHistory).toEqual([
      {
        startedAt: ELIGIBLE,
        deadline: DEADLINE,
        endedAt: WEDNESDAY,
        hours: 24,
        custodianId: 'example-county',
        custodianName: 'Example County Jail',
        endedBy: 'new-criminal-charge',
      },
    ]);
    // The new custodian decides at the next release eligibility: Mon Mar 11, 10:00 CDT (UTC−5) = 15:00Z.
    // Deadline: Mon 10:00 + 48 h = Wed Mar 13, 10:00 CDT = 15:00Z (no weekend or holiday in between).
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-11T15:00:00Z', reason: 'charges-dismissed' });
    expect(c.actor.getSnapshot().context.hold?.deadline).toBe('2024-03-13T15:00:00.000Z');
    // DHS assumes custody Tue Mar 12, 16:30 CDT = 21:30Z: 30.5 h into the second hold.
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-12T21:30:00Z' });
    const end = c.actor.getSnapshot();
    expect(end.output?.code).toBe('transferred-to-dhs');
    expect(end.context.holdHistory.map((h) => [h.hours, h.custodianId, h.endedBy])).toEqual([
      [24, 'example-county', 'new-criminal-charge'],
      [30.5, 'state-prison', 'dhs-assumed-custody'],
    ]);
  });

  it('does refuse a detainer-only move outside a hold, leaving the case unchanged, and says how to fix it', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    const before = JSON.stringify(c.actor.getPersistedSnapshot());
    expect(() =>
      c.send({
        type: 'CUSTODY_MOVED',
        at: WEDNESDAY,
        custodian: STATE_PRISON,
        policy: fullCooperation,
        basis: 'detainer-only',
      }),
    ).toThrowError(
      expect.objectContaining({
        code: 'event-not-allowed',
        message: expect.stringMatching(/basis: .*"new-criminal-charge"/),
      }),
    );
    expect(JSON.stringify(c.actor.getPersistedSnapshot())).toBe(before);
    // Sent raw, past the parser and the check, the machine ignores it too.
    c.actor.send(
      parseDetainerEvent({
        type: 'CUSTODY_MOVED',
        at: WEDNESDAY,
        custodian: STATE_PRISON,
        policy: fullCooperation,
        basis: 'detainer-only',
      }),
    );
    expect(JSON.stringify(c.actor.getPersistedSnapshot())).toBe(before);
  });

  it('does parse an old CUSTODY_MOVED without a basis as a move on a new criminal charge', () => {
    const event = parseDetainerEvent({
      type: 'CUSTODY_MOVED',
      at: WEDNESDAY,
      custodian: STATE_PRISON,
      policy: fullCooperation,
    });
    expect(event).toMatchObject({ basis: 'new-criminal-charge' });
    expect(() => parseDetainerEvent({ ...event, basis: 'transfer' })).toThrowError(
      /basis must be one of "new-criminal-charge" or "detainer-only"/,
    );
  });
});

describe('proof of status shown mid-case (DOMAIN.md §5: Texas mandates compliance, "exempt when the person proves citizenship or lawful status" [tx-ccp-2.251])', () => {
  /** Texas mandate over a county whose own policy never holds but gives notice. */
  const texasLocalNever = { ...getPolicyPreset('state-mandated-compliance'), hold: 'never' as const };

  it('does end a mandated hold when proof is shown and the local policy would not hold', () => {
    // Eligible Tue 10:00 EST: the mandate holds to Thu 10:00 EST. Proof of lawful status Wed 10:00 EST (15:00Z):
    // the mandate no longer applies, the local policy (hold: never) decides, and the hold ends then, after 24 h.
    const c = heldCase(texasLocalNever);
    expect(c.actor.getSnapshot().context.decision?.holdReason.code).toBe(
      'state-law-mandated-compliance-overrides-local',
    );
    c.send({ type: 'PROOF_OF_STATUS', at: WEDNESDAY, proof: 'lawful-status' });
    const s = c.actor.getSnapshot();
    expect(s.output).toMatchObject({
      code: 'released-hold-declined',
      reason: 'hold-declined-after-proof-of-status',
      at: WEDNESDAY,
    });
    expect(s.output?.text).toContain('The local policy does not honor requests to hold.');
    expect(s.context.subject.proofOfStatus).toBe('lawful-status');
    expect(s.context.proofOfStatusAt).toBe(WEDNESDAY);
    expect(s.context.decision?.holdReason.code).toBe('local-hold-never');
    expect(s.context.holdHistory).toEqual([
      expect.objectContaining({ hours: 24, endedBy: 'declined-after-proof-of-status', deadline: DEADLINE }),
    ]);
  });

  it('does keep the hold to the same deadline when the local policy holds anyway', () => {
    const c = heldCase(getPolicyPreset('state-mandated-compliance'));
    c.send({ type: 'PROOF_OF_STATUS', at: WEDNESDAY, proof: 'us-citizenship' });
    const s = c.actor.getSnapshot();
    expect(s.value).toBe('holding');
    expect(s.context.hold?.deadline).toBe(DEADLINE);
    expect(s.context.decision?.holdReason.code).toBe('local-hold-always');
    // A second proof sent raw, past the check, is ignored by the machine too.
    const before = JSON.stringify(c.actor.getPersistedSnapshot());
    c.actor.send(parseDetainerEvent({ type: 'PROOF_OF_STATUS', at: '2024-03-06T16:00:00Z', proof: 'lawful-status' }));
    expect(JSON.stringify(c.actor.getPersistedSnapshot())).toBe(before);
  });

  it('does decide again before release: the local switch, not state law, then declines the hold', () => {
    // Proof shown Mon Mar 4 before release: the mandate no longer applies. At eligibility Tue 10:00 EST the local
    // policy (hold never, notify always) releases the person; the reason is the local switch's.
    const c = drive(texasLocalNever);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } })).toBe(true);
    c.send({ type: 'PROOF_OF_STATUS', at: '2024-03-04T15:00:00Z', proof: 'us-citizenship' });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: { detainerInEffect: 'notifyingOnly' } })).toBe(true);
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    const s = c.actor.getSnapshot();
    expect(s.output).toMatchObject({ code: 'released-hold-declined', reason: 'local-hold-never', at: ELIGIBLE });
    expect(s.context.decision?.reasons.map((r) => r.code)).toContain('state-law-mandate-exempt-citizenship');
  });

  it('does refuse a second proof of status, leaving the case unchanged', () => {
    const c = drive(texasLocalNever);
    c.send({ type: 'PROOF_OF_STATUS', at: '2024-03-01T15:00:00Z', proof: 'lawful-status' });
    expect(c.actor.getSnapshot().context.subject.proofOfStatus).toBe('lawful-status');
    const before = JSON.stringify(c.actor.getPersistedSnapshot());
    expect(() => c.send({ type: 'PROOF_OF_STATUS', at: '2024-03-02T15:00:00Z', proof: 'us-citizenship' })).toThrowError(
      expect.objectContaining({ code: 'event-not-allowed', message: expect.stringMatching(/already been given/) }),
    );
    expect(JSON.stringify(c.actor.getPersistedSnapshot())).toBe(before);
    expect(() => parseDetainerEvent({ type: 'PROOF_OF_STATUS', at: WEDNESDAY, proof: 'none' })).toThrowError(
      /proof must be one of "us-citizenship" or "lawful-status"/,
    );
  });
});
