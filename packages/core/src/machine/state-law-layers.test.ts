import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { applyHoldLimit } from '../clock/hold-limit.js';
import type { DetainerInput } from '../detainer/detainer.js';
import { DetainerSchema } from '../detainer/detainer.js';
import { SubjectSchema } from '../detainer/subject.js';
import { DetainerKitError } from '../errors.js';
import { getPolicyPreset } from '../policy/presets.js';
import { resolveDecision } from '../policy/resolve-decision.js';
import type { JurisdictionPolicyInput } from '../policy/schema.js';
import { JurisdictionPolicySchema } from '../policy/schema.js';
import { drive, I247A_ADMIN, NY_JAIL, wrap } from '../test-support/fixtures.js';
import { restoreDetainerActor } from './actor.js';
import { getEventAvailability } from './availability.js';

// DOMAIN.md §9–§10: state law after 2017. Every instant below is worked out by hand (America/New_York).

const FULL = getPolicyPreset('full-cooperation');
const JUDICIAL: DetainerInput = { ...I247A_ADMIN, warrant: 'judicial' };

function lodged(
  policy: JurisdictionPolicyInput,
  detainer: DetainerInput = I247A_ADMIN,
  bookedAt = '2025-12-01T14:00:00Z',
) {
  const c = drive(policy, { bookedAt });
  const day = bookedAt.slice(0, 10);
  c.send({ type: 'DETAINER_LODGED', at: `${day}T15:00:00Z`, detainer });
  c.send({ type: 'DETAINER_SERVED', at: `${day}T16:00:00Z` });
  return c;
}

describe('a state judicial order before a hold (North Carolina HB 10) [nc-hb10-2024]', () => {
  // "a person held on a detainer with an administrative warrant is taken before a state judicial official without
  // unnecessary delay and held under a state court order". No number of hours: only a hold that ends without one
  // is flagged.
  const NC10 = {
    ...FULL,
    name: 'North Carolina HB 10',
    countingRule: 'calendar',
    stateJudicialOrder: 'required',
  } as const;
  // Eligible Fri 2025-12-05 15:00 EST = 20:00 UTC; calendar 48 h → Sun 2025-12-07 15:00 EST = 20:00 UTC.
  const ELIGIBLE = '2025-12-05T15:00:00-05:00';

  it('does await the order when the hold on an I-200 starts, and record it entered at its instant', () => {
    const c = lodged(NC10);
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    let s = c.actor.getSnapshot();
    expect(s.value).toBe('holding');
    expect(s.context.hold?.deadline).toBe('2025-12-07T20:00:00.000Z');
    expect(s.context.stateJudicialOrder).toEqual({ status: 'awaited', enteredAt: null });
    // 18:30 EST = 23:30 UTC, three and a half hours into the hold.
    c.send({ type: 'STATE_JUDICIAL_ORDER', at: '2025-12-05T18:30:00-05:00' });
    s = c.actor.getSnapshot();
    expect(s.context.stateJudicialOrder).toEqual({ status: 'entered', enteredAt: '2025-12-05T23:30:00.000Z' });
    expect(s.value).toBe('holding');
    // A second order is refused, and says why.
    expect(() => c.send({ type: 'STATE_JUDICIAL_ORDER', at: '2025-12-05T19:00:00-05:00' })).toThrow(DetainerKitError);
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2025-12-06T10:00:00-05:00' });
    expect(c.actor.getSnapshot().context.stateJudicialOrder?.status).toBe('entered');
  });

  it('does flag the order as missing when the hold ends without one, and the outcome stands', () => {
    const c = lodged(NC10);
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2025-12-06T10:00:00-05:00' });
    const s = c.actor.getSnapshot();
    expect(s.output?.code).toBe('transferred-to-dhs');
    expect(s.context.stateJudicialOrder).toEqual({ status: 'missing', enteredAt: null });

    const expired = lodged(NC10);
    expired.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expired.advanceTo('2025-12-07T21:00:00Z');
    expect(expired.actor.getSnapshot().output?.at).toBe('2025-12-07T20:00:00.000Z');
    expect(expired.actor.getSnapshot().context.stateJudicialOrder?.status).toBe('missing');
  });

  it('does take an order entered just before release eligibility, once the custodian will honor the hold', () => {
    const c = lodged(NC10);
    c.send({ type: 'STATE_JUDICIAL_ORDER', at: '2025-12-05T14:30:00-05:00' });
    expect(c.actor.getSnapshot().context.stateJudicialOrder).toEqual({
      status: 'entered',
      enteredAt: '2025-12-05T19:30:00.000Z',
    });
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(c.actor.getSnapshot().context.stateJudicialOrder?.status).toBe('entered');
  });

  it('does ask for no order on a judicial warrant, without the switch, or when no hold is honored', () => {
    const judicial = lodged(NC10, JUDICIAL);
    judicial.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(judicial.actor.getSnapshot().context.stateJudicialOrder).toBeNull();
    const order = getEventAvailability(judicial.actor.getSnapshot()).find((a) => a.type === 'STATE_JUDICIAL_ORDER');
    expect(order?.allowed).toBe(false);
    expect(order?.citations).toEqual(['nc-hb10-2024']);

    const off = lodged({ ...NC10, stateJudicialOrder: 'not-required' });
    off.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(off.actor.getSnapshot().context.stateJudicialOrder).toBeNull();
    expect(() => off.send({ type: 'STATE_JUDICIAL_ORDER', at: '2025-12-05T16:00:00-05:00' })).toThrow(DetainerKitError);

    const declining = lodged({ ...NC10, hold: 'never' });
    expect(() => declining.send({ type: 'STATE_JUDICIAL_ORDER', at: '2025-12-04T16:00:00-05:00' })).toThrow(
      DetainerKitError,
    );
  });
});

describe('the hold limit set by state law', () => {
  // North Carolina HB 318 [nc-hb318-2025]: "48 hours from when the person would otherwise be released (no weekend
  // exclusion)": the existing `calendar` counting rule. Eligible Fri 2025-12-05 15:00 EST (20:00 UTC):
  // calendar → Sun 2025-12-07 15:00 EST (20:00 UTC); the weekday count would run Fri 9 h + Mon 24 h + Tue 15 h →
  // Tue 2025-12-09 15:00 EST (20:00 UTC).
  it('does end a North Carolina hold 48 elapsed hours after would-be release, weekend included', () => {
    const nc = lodged({ ...FULL, name: 'North Carolina 2025', countingRule: 'calendar' });
    nc.send({ type: 'RELEASE_ELIGIBLE', at: '2025-12-05T15:00:00-05:00', reason: 'bond-posted' });
    expect(nc.actor.getSnapshot().context.hold?.deadline).toBe('2025-12-07T20:00:00.000Z');
    const weekday = lodged({ ...FULL, name: 'Weekday count', countingRule: 'excludeWeekendsAndHolidays' });
    weekday.send({ type: 'RELEASE_ELIGIBLE', at: '2025-12-05T15:00:00-05:00', reason: 'bond-posted' });
    expect(weekday.actor.getSnapshot().context.hold?.deadline).toBe('2025-12-09T20:00:00.000Z');
  });

  // Georgia HB 1105 [ga-hb1105-2024] (as introduced: unverified): "a hold over 48 hours needs a federal judicial
  // warrant". Eligible Fri 2024-06-07 17:00 EDT = 21:00 UTC. Weekday rule [cfr-287.7-d]: Fri 7 h + Mon 24 h +
  // Tue 17 h = 48 → Tue 2024-06-11 17:00 EDT (21:00 UTC) (no federal holiday that week). The Georgia cap: 48 elapsed
  // hours → Sun 2024-06-09 17:00 EDT (21:00 UTC). With a judicial warrant the weekday deadline stands.
  const WEEKDAY = { ...FULL, name: 'Weekday count', countingRule: 'excludeWeekendsAndHolidays' } as const;
  const GA = {
    ...WEEKDAY,
    name: 'Georgia HB 1105 (as introduced)',
    holdLimit: 'calendar-48h-unless-judicial-warrant',
  } as const;
  const FRIDAY = '2024-06-07T17:00:00-04:00';

  it('does run the weekday count past the weekend, to Tuesday 17:00', () => {
    const c = lodged(WEEKDAY, I247A_ADMIN, '2024-06-03T14:00:00Z');
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    expect(c.actor.getSnapshot().context.hold?.deadline).toBe('2024-06-11T21:00:00.000Z');
    expect(c.actor.getSnapshot().context.hold?.limit).toBeNull();
  });

  it('does cap the hold at Sunday 17:00 without a judicial warrant, and release the person then', () => {
    const c = lodged(GA, I247A_ADMIN, '2024-06-03T14:00:00Z');
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    const hold = c.actor.getSnapshot().context.hold;
    expect(hold?.deadline).toBe('2024-06-09T21:00:00.000Z');
    expect(hold?.limit).toMatchObject({
      limit: 'calendar-48h-unless-judicial-warrant',
      ruleDeadline: '2024-06-11T21:00:00.000Z',
      deadline: '2024-06-09T21:00:00.000Z',
      capped: true,
      unverified: true,
      citations: ['ga-hb1105-2024', 'cfr-287.7-d'],
    });
    c.advanceTo('2024-06-10T12:00:00Z');
    const s = c.actor.getSnapshot();
    expect(s.output).toMatchObject({ code: 'released-hold-expired', at: '2024-06-09T21:00:00.000Z' });
  });

  it('does apply the cap of the custodian where the hold starts, not of an earlier one (explore seed 484046730)', () => {
    // Booked in a Georgia-capped jail, moved on a new charge before any detainer to a jail without the cap: the
    // hold that starts there on Friday 17:00 runs by the weekday count to Tuesday 17:00, uncapped.
    const c = drive(GA, { bookedAt: '2024-06-03T14:00:00Z' });
    c.send({
      type: 'CUSTODY_MOVED',
      at: '2024-06-03T15:00:00Z',
      custodian: { ...NY_JAIL, id: 'other-county', name: 'Other County Jail' },
      policy: WEEKDAY,
    });
    c.send({ type: 'DETAINER_LODGED', at: '2024-06-04T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-06-04T16:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    const hold = c.actor.getSnapshot().context.hold;
    expect(hold?.limit).toBeNull();
    expect(hold?.deadline).toBe('2024-06-11T21:00:00.000Z');
  });

  it('does keep the capped deadline through a save and restore, and ends the restored case at Sunday 17:00', () => {
    const c = lodged(GA, I247A_ADMIN, '2024-06-03T14:00:00Z');
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    c.advanceTo('2024-06-08T12:00:00Z');
    const saved = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    c.actor.stop();
    const clock = new SimulatedClock();
    clock.set(Date.parse('2024-06-08T12:00:00Z'));
    const restored = wrap(restoreDetainerActor(saved, { clock }).start(), clock);
    expect(restored.actor.getSnapshot().context.hold?.deadline).toBe('2024-06-09T21:00:00.000Z');
    restored.advanceTo('2024-06-10T12:00:00Z');
    expect(restored.actor.getSnapshot().output).toMatchObject({
      code: 'released-hold-expired',
      at: '2024-06-09T21:00:00.000Z',
    });
    // A capped deadline that does not follow from the record is refused as edited.
    const edited = {
      ...saved,
      context: { ...saved.context, hold: { ...saved.context.hold, deadline: '2024-06-11T21:00:00.000Z' } },
    };
    expect(() => restoreDetainerActor(edited)).toThrowError(expect.objectContaining({ code: 'invalid-snapshot' }));
  });

  it('does restore a case saved before hold history, orders, 287(g) and proof of status were recorded', () => {
    const c = lodged(GA, I247A_ADMIN, '2024-06-03T14:00:00Z');
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    const saved = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    for (const key of ['holdHistory', 'stateJudicialOrder', 'lodgedBy', 'proofOfStatusAt', 'duties', 'earlyTransfer']) {
      delete saved.context[key];
    }
    const clock = new SimulatedClock();
    clock.set(Date.parse('2024-06-08T00:00:00Z'));
    const restored = wrap(restoreDetainerActor(saved, { clock }).start(), clock);
    const context = restored.actor.getSnapshot().context;
    expect(context.holdHistory).toEqual([]);
    expect(context.duties).toEqual([]);
    expect(context.lodgedBy).toBeNull();
    restored.advanceTo('2024-06-10T12:00:00Z');
    // The hold that ends is recorded in the (new) history.
    expect(restored.actor.getSnapshot().context.holdHistory).toHaveLength(1);
  });

  it('does keep the weekday deadline, Tuesday 17:00, with a judicial warrant', () => {
    const c = lodged(GA, JUDICIAL, '2024-06-03T14:00:00Z');
    c.send({ type: 'RELEASE_ELIGIBLE', at: FRIDAY, reason: 'bond-posted' });
    const hold = c.actor.getSnapshot().context.hold;
    expect(hold?.deadline).toBe('2024-06-11T21:00:00.000Z');
    expect(hold?.limit).toMatchObject({ capped: false, deadline: '2024-06-11T21:00:00.000Z' });
  });

  it('does change nothing when the counting rule already ends the hold within 48 elapsed hours', () => {
    // Calendar count: Fri 21:00 UTC + 48 h = Sun 21:00 UTC, the same instant as the cap.
    const limit = applyHoldLimit({
      limit: 'calendar-48h-unless-judicial-warrant',
      warrant: 'I-205',
      releaseEligibleAt: '2024-06-07T21:00:00.000Z',
      ruleDeadline: '2024-06-09T21:00:00.000Z',
    });
    expect(limit).toMatchObject({ capped: false, deadline: '2024-06-09T21:00:00.000Z' });
    expect(
      applyHoldLimit({
        limit: 'by-counting-rule',
        warrant: 'I-205',
        releaseEligibleAt: '2024-06-07T21:00:00.000Z',
        ruleDeadline: '2024-06-11T21:00:00.000Z',
      }),
    ).toBeNull();
  });
});

describe('287(g) agreements [ice-287g-models-2025], [crs-287g]', () => {
  const subject = SubjectSchema.parse({});
  const detainer = DetainerSchema.parse(I247A_ADMIN);

  it('does record a detainer lodged under a Jail Enforcement Model agreement as lodged by a 287(g) officer', () => {
    const jem = lodged({ ...FULL, name: 'JEM jail', agreement287g: 'jail-enforcement-model' });
    expect(jem.actor.getSnapshot().context.lodgedBy).toBe('287g-officer');
    expect(jem.actor.getSnapshot().context.decision?.reasons.map((r) => r.code)).toContain(
      'agreement-287g-jail-enforcement',
    );
    const plain = lodged(FULL);
    expect(plain.actor.getSnapshot().context.lodgedBy).toBe('ICE');
  });

  // Lunn [lunn-2017]: no authority to hold on a civil detainer. Whether a Warrant Service Officer's service of an
  // I-200/I-205 escapes that rule is unverified: off by default.
  const WSO = JurisdictionPolicySchema.parse({
    ...FULL,
    name: 'No state authority, WSO agreement',
    stateLaw: 'no-authority-to-hold',
    agreement287g: 'warrant-service-officer',
  });

  it('does leave the "no authority" rule in force for warrant service by default', () => {
    const d = resolveDecision({ policy: WSO, detainer, subject });
    expect(d.disposition).toBe('notify-only');
    expect(d.holdReason.code).toBe('state-law-no-authority-overrides-local');
    expect(d.reasons.map((r) => r.code)).toContain('agreement-287g-warrant-service');
  });

  it('does let the hold proceed as warrant service when the unverified reading is switched on', () => {
    const on = { ...WSO, warrantServiceOutsideNoAuthority: true };
    const d = resolveDecision({ policy: on, detainer, subject });
    expect(d.disposition).toBe('honor-hold');
    expect(d.holdReason.code).toBe('state-law-no-authority-warrant-service');
    expect(d.holdReason.text).toMatch(/unverified/);
    // A judicial warrant is not an I-200 or I-205: the reading does not apply.
    const judicial = resolveDecision({ policy: on, detainer: DetainerSchema.parse(JUDICIAL), subject });
    expect(judicial.holdReason.code).toBe('state-law-no-authority-overrides-local');
    // Without a WSO agreement the switch changes nothing.
    const noAgreement = resolveDecision({ policy: { ...on, agreement287g: 'none' }, detainer, subject });
    expect(noAgreement.holdReason.code).toBe('state-law-no-authority-overrides-local');
    // The local switch still decides.
    const never = resolveDecision({ policy: { ...on, hold: 'never' }, detainer, subject });
    expect(never.holdReason.code).toBe('local-hold-never');

    const c = lodged(on);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2025-12-05T15:00:00-05:00', reason: 'bond-posted' });
    expect(c.actor.getSnapshot().value).toBe('holding');
  });
});
