import { describe, expect, it } from 'vitest';
import { DetainerKitError } from '../errors.js';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN, NY_JAIL } from '../test-support/fixtures.js';
import { getEventAvailability } from './availability.js';

const fullCooperation = getPolicyPreset('full-cooperation');

describe('detainerMachine', () => {
  it('waits for service of an I-247A before the custodian decides', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: 'awaitingService' })).toBe(true);
    expect(c.actor.getSnapshot().context.decision).toBeNull();
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } })).toBe(true);
    expect(snapshot.context.effectiveAt).toBe('2024-03-01T16:00:00.000Z');
    expect(snapshot.context.decision?.disposition).toBe('honor-hold');
  });

  it('holds an I-247D detainer from Thursday 17:00 to Monday 17:00 under the weekday rule, across the 2016 DST change', () => {
    // DOMAIN.md §3 [kcp-examples]: eligible Thursday 17:00 → limit Monday 17:00 (Friday counts, the weekend does
    // not). Clocks in New York moved forward on Sunday, March 13, 2016, which the weekday count does not see.
    const c = drive(fullCooperation, { bookedAt: '2016-03-01T14:00:00Z' });
    c.send({
      type: 'DETAINER_LODGED',
      at: '2016-03-02T15:00:00Z',
      detainer: {
        form: 'I-247D',
        issuedAt: '2016-03-02T15:00:00Z',
        requests: { notice: true, hold: true },
        warrant: 'none',
      },
    });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2016-03-10T17:00:00-05:00', reason: 'bond-posted' });
    const hold = c.actor.getSnapshot().context.hold;
    expect(hold?.countingRule.rule).toBe('excludeWeekendsAndHolidays');
    expect(hold?.deadline).toBe(new Date('2016-03-14T17:00:00-04:00').toISOString());

    c.advanceTo(new Date(Date.parse('2016-03-14T17:00:00-04:00') - 1).toISOString());
    expect(c.actor.getSnapshot().value).toBe('holding');
    c.advanceTo('2016-03-14T17:00:00-04:00');
    const done = c.actor.getSnapshot();
    expect(done.status).toBe('done');
    expect(done.output).toMatchObject({
      code: 'released-hold-expired',
      reason: 'hold-limit-reached',
      at: hold?.deadline,
    });
  });

  it('marks the I-247A counting rule as unverified and counts 48 elapsed hours unless the policy overrides it', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'charges-dismissed' });
    const hold = c.actor.getSnapshot().context.hold;
    expect(hold?.countingRule).toMatchObject({ rule: 'calendar', source: 'form', unverified: true });
    expect(Date.parse(hold?.deadline ?? '') - Date.parse('2024-03-07T17:00:00-05:00')).toBe(48 * 3_600_000);

    const weekday = drive({ ...fullCooperation, countingRule: 'excludeWeekendsAndHolidays' });
    weekday.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    weekday.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    weekday.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'charges-dismissed' });
    expect(weekday.actor.getSnapshot().context.hold).toMatchObject({
      countingRule: { rule: 'excludeWeekendsAndHolidays', source: 'policy', unverified: false },
      deadline: new Date('2024-03-11T17:00:00-04:00').toISOString(),
    });
  });

  it('transfers to DHS one minute before the deadline and finds the person gone one minute after', () => {
    const deadline = Date.parse('2024-03-09T22:00:00Z');
    for (const [offsetMinutes, code] of [
      [-1, 'transferred-to-dhs'],
      [1, 'released-hold-expired'],
    ] as const) {
      const c = drive(fullCooperation);
      c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
      c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
      c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'sentence-completed' });
      const at = new Date(deadline + offsetMinutes * 60_000).toISOString();
      if (offsetMinutes < 0) c.send({ type: 'DHS_ASSUMED_CUSTODY', at });
      else c.advanceTo(at);
      const snapshot = c.actor.getSnapshot();
      expect(snapshot.output?.code).toBe(code);
      expect(Date.parse(snapshot.output?.at ?? '')).toBeLessThanOrEqual(deadline);
      if (offsetMinutes > 0) {
        expect(() => c.send({ type: 'DHS_ASSUMED_CUSTODY', at })).toThrow(/case has ended/);
      }
    }
  });

  it('ends a hold at the deadline when an event arrives after it without the clock having fired', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'sentence-completed' });
    // Sent straight to the actor, without moving the clock: the machine still refuses to extend the hold.
    c.actor.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-12T10:00:00.000Z' });
    expect(c.actor.getSnapshot().output).toMatchObject({
      code: 'released-hold-expired',
      at: '2024-03-09T22:00:00.000Z',
    });
  });

  it('releases a notice-only request at eligibility and records late notice without ending the case', () => {
    const c = drive(getPolicyPreset('notify-only'), { bookedAt: '2016-01-04T14:00:00Z' });
    c.send({
      type: 'DETAINER_LODGED',
      at: '2016-01-05T15:00:00Z',
      detainer: { form: 'I-247N', issuedAt: '2016-01-05T15:00:00Z', requests: { notice: true, hold: false } },
    });
    c.send({ type: 'RELEASE_SCHEDULED', at: '2016-01-06T15:00:00Z', releaseAt: '2016-01-12T15:00:00Z' });
    expect(c.actor.getSnapshot().context.notice).toEqual({
      status: 'pending',
      dueAt: '2016-01-10T15:00:00.000Z',
      sentAt: null,
      leadMinutes: null,
    });
    c.send({ type: 'NOTICE_SENT', at: '2016-01-11T09:00:00Z' });
    expect(c.actor.getSnapshot().context.notice?.status).toBe('sent-late');
    expect(c.actor.getSnapshot().status).toBe('active');
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2016-01-12T15:00:00Z', reason: 'sentence-completed' });
    expect(c.actor.getSnapshot().output).toMatchObject({
      code: 'released-no-hold-requested',
      reason: 'notice-only-request',
    });
  });

  it('records notice pending at a lift as no longer requested (the detainer was lifted)', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-02T15:00:00Z', releaseAt: '2024-03-03T15:00:00Z' });
    // Less than 48 hours remain: notice is due at once.
    expect(c.actor.getSnapshot().context.notice?.dueAt).toBe('2024-03-02T15:00:00.000Z');
    c.send({ type: 'DETAINER_LIFTED', at: '2024-03-02T18:00:00Z', reason: 'prosecutorial-discretion' });
    expect(c.actor.getSnapshot().context.notice?.status).toBe('not-requested-detainer-lifted');
    expect(c.actor.getSnapshot().output).toMatchObject({
      code: 'released-detainer-lifted',
      reason: 'prosecutorial-discretion',
    });
  });

  it('lets state law override a willing county (no authority to hold)', () => {
    const c = drive(getPolicyPreset('no-state-authority'));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } })).toBe(false);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'acquitted' });
    const outcome = c.actor.getSnapshot().output;
    expect(outcome?.code).toBe('released-hold-declined');
    expect(outcome?.citations).toContain('lunn-2017');
  });

  it('decides again under the new custodian’s policy when custody moves', () => {
    const c = drive(getPolicyPreset('decline-all'));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    expect(c.actor.getSnapshot().matches({ inCriminalCustody: { detainerInEffect: 'declining' } })).toBe(true);
    c.send({
      type: 'CUSTODY_MOVED',
      at: '2024-03-04T15:00:00Z',
      custodian: { id: 'state-prison', name: 'State Prison', kind: 'state-prison', timeZone: 'America/Chicago' },
      policy: fullCooperation,
    });
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.matches({ inCriminalCustody: { detainerInEffect: 'honoringHold' } })).toBe(true);
    expect(snapshot.context.custodyMoves).toHaveLength(1);
    expect(snapshot.context.custodian.timeZone).toBe('America/Chicago');
  });

  it('records DHS access requests as granted or refused by policy, changing nothing else', () => {
    for (const preset of ['full-cooperation', 'decline-all'] as const) {
      const c = drive(getPolicyPreset(preset));
      const before = c.actor.getSnapshot().value;
      c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-01T15:00:00Z' });
      const snapshot = c.actor.getSnapshot();
      expect(snapshot.value).toEqual(before);
      expect(snapshot.context.accessRequests).toEqual([
        {
          at: '2024-03-01T15:00:00.000Z',
          granted: preset === 'full-cooperation',
          custodianId: NY_JAIL.id,
          reason: preset === 'full-cooperation' ? 'local-access-allowed' : 'local-access-refused',
          citations: ['psp-letters-2017'],
        },
      ]);
    }
  });

  it('rejects malformed events with a project error and leaves the state unchanged', () => {
    const c = drive(fullCooperation);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    const before = JSON.stringify(c.actor.getPersistedSnapshot());
    const bad: unknown[] = [
      { type: 'DETAINER_SERVED' },
      { type: 'RELEASE_ELIGIBLE', at: '2024-03-02T10:00:00Z', reason: 'escaped' },
      { type: 'TELEPORT', at: '2024-03-02T10:00:00Z' },
      { type: 'DETAINER_SERVED', at: 'yesterday' },
      { type: 'DETAINER_SERVED', at: '2024-02-01T10:00:00Z' },
      { type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-02T10:00:00Z' },
      null,
    ];
    const expected = [
      ['invalid-event', 'at'],
      ['invalid-event', 'reason'],
      ['invalid-event', 'type'],
      ['invalid-event', 'at'],
      ['invalid-event', 'at'],
      ['event-not-allowed', 'type'],
      ['invalid-event', ''],
    ];
    bad.forEach((event, i) => {
      let error: unknown;
      try {
        c.send(event as never);
      } catch (e) {
        error = e;
      }
      expect(DetainerKitError.isInstance(error), `event ${i} should be rejected`).toBe(true);
      const kitError = error as DetainerKitError;
      expect([kitError.code, kitError.issues[0]?.field ?? '']).toEqual(expected[i]);
      expect(kitError.message.length).toBeGreaterThan(20);
      expect(JSON.stringify(c.actor.getPersistedSnapshot())).toBe(before);
    });
  });

  it('says why a blocked event is blocked, with a citation', () => {
    const c = drive(getPolicyPreset('decline-all'));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-02T15:00:00Z', releaseAt: '2024-03-08T15:00:00Z' });
    const notice = getEventAvailability(c.actor.getSnapshot()).find((a) => a.type === 'NOTICE_SENT');
    expect(notice?.allowed).toBe(false);
    expect(notice?.why).toBeTruthy();
    expect(notice?.citations.length).toBeGreaterThan(0);
    expect(c.actor.getSnapshot().context.notice?.status).toBe('withheld-by-policy');
  });
});
