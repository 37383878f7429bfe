import { describe, expect, it } from 'vitest';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';
import { transitionText } from '../text/index.js';
import { detainerMachine } from './detainer-machine.js';
import { noticeStatusOf } from './notice.js';

// Worked examples for the modeling errors found in review (issue #11), each from DOMAIN.md's words, with the
// instants worked out by hand. The county jail of the fixtures is in New York (EST, UTC−5, in March 2024).

const fullCooperation = getPolicyPreset('full-cooperation');

/** A full-cooperation case with an I-247A lodged Friday Mar 1 and served the same day, in New York. */
function servedCase() {
  const c = drive(fullCooperation);
  c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
  c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
  return c;
}

describe('notice when 48 hours were never possible (DOMAIN.md §2.5, §3: "as early as practicable (at least 48 hours, if possible)" [i247a-form])', () => {
  it('does record notice sent ten minutes after learning of a release eight hours away as 48h-not-possible, with its lead time', () => {
    // Tue Mar 5, 08:00 EST (13:00Z): the release is projected for 16:00 EST (21:00Z), eight hours away.
    // Due = max(21:00Z − 48 h, 13:00Z) = 13:00Z: at once. Sent 08:10 EST (13:10Z), 7 h 50 min = 470 min before
    // the release: 48 hours were never possible, so this is not "late".
    const c = servedCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-05T13:00:00Z', releaseAt: '2024-03-05T21:00:00Z' });
    c.send({ type: 'NOTICE_SENT', at: '2024-03-05T13:10:00Z' });
    expect(c.actor.getSnapshot().context.notice).toEqual({
      status: 'sent-48h-not-possible',
      dueAt: '2024-03-05T13:00:00.000Z',
      sentAt: '2024-03-05T13:10:00.000Z',
      leadMinutes: 470,
    });
  });

  it('does still record notice as late when 48 hours were possible and it went out after the due instant', () => {
    // Scheduled Mon Mar 4, 09:00 EST (14:00Z) for Fri Mar 8, 17:00 EST (22:00Z): due Wed Mar 6, 17:00 EST
    // (22:00Z). Sent Thu Mar 7, 11:00 EST (16:00Z): late, 30 hours (1800 min) before the release.
    const c = servedCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-04T14:00:00Z', releaseAt: '2024-03-08T22:00:00Z' });
    c.send({ type: 'NOTICE_SENT', at: '2024-03-07T16:00:00Z' });
    expect(c.actor.getSnapshot().context.notice).toMatchObject({
      status: 'sent-late',
      dueAt: '2024-03-06T22:00:00.000Z',
      leadMinutes: 1800,
    });
  });

  it('does record notice as late when 48 hours were not possible and it went out after the projected release', () => {
    // Same eight-hour window as above; sent 16:30 EST (21:30Z), 30 minutes after the projected release.
    const c = servedCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-05T13:00:00Z', releaseAt: '2024-03-05T21:00:00Z' });
    c.send({ type: 'NOTICE_SENT', at: '2024-03-05T21:30:00Z' });
    expect(c.actor.getSnapshot().context.notice).toMatchObject({ status: 'sent-late', leadMinutes: -30 });
  });
});

describe('notice after the detainer is lifted (DOMAIN.md §2.7: DHS may cancel a detainer "at any time" [ice-policy-10074.2])', () => {
  it('does close notice still pending at the lift as not-requested-detainer-lifted, not as not-sent', () => {
    // Scheduled Sat Mar 2, 10:00 EST (15:00Z) for Sun Mar 3, 10:00 EST: due at once (15:00Z). DHS lifts the
    // detainer at 13:00 EST (18:00Z), before any notice: nothing asks for notice any more.
    const c = servedCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-02T15:00:00Z', releaseAt: '2024-03-03T15:00:00Z' });
    c.send({ type: 'DETAINER_LIFTED', at: '2024-03-02T18:00:00Z', reason: 'prosecutorial-discretion' });
    const s = c.actor.getSnapshot();
    expect(s.output).toMatchObject({ code: 'released-detainer-lifted', at: '2024-03-02T18:00:00.000Z' });
    expect(s.context.notice?.status).toBe('not-requested-detainer-lifted');
    expect(noticeStatusOf(s.context, true)).toBe('not-requested-detainer-lifted');
  });

  it('does say not-requested-detainer-lifted for a lift before any release was scheduled, and keeps a notice already sent', () => {
    const early = servedCase();
    early.send({ type: 'DETAINER_LIFTED', at: '2024-03-02T18:00:00Z', reason: 'case-closed' });
    expect(early.actor.getSnapshot().context.notice).toBeNull();
    expect(noticeStatusOf(early.actor.getSnapshot().context, true)).toBe('not-requested-detainer-lifted');

    // Scheduled Mon Mar 4 for Fri Mar 8, 17:00 EST; sent Tue Mar 5 (on time, before Wed 17:00 EST); then lifted.
    const sent = servedCase();
    sent.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-04T14:00:00Z', releaseAt: '2024-03-08T22:00:00Z' });
    sent.send({ type: 'NOTICE_SENT', at: '2024-03-05T14:00:00Z' });
    sent.send({ type: 'DETAINER_LIFTED', at: '2024-03-06T14:00:00Z', reason: 'case-closed' });
    expect(sent.actor.getSnapshot().context.notice?.status).toBe('sent-on-time');
  });

  it('does still close notice pending at the end of a hold as not-sent', () => {
    // Eligible Sat Mar 2, 10:00 EST (15:00Z) with notice pending; the I-247A's 48 elapsed hours end Mon Mar 4,
    // 10:00 EST (15:00Z).
    const c = servedCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-02T14:00:00Z', releaseAt: '2024-03-02T15:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-02T15:00:00Z', reason: 'bond-posted' });
    c.advanceTo('2024-03-04T15:00:00Z');
    const s = c.actor.getSnapshot();
    expect(s.output).toMatchObject({ code: 'released-hold-expired', at: '2024-03-04T15:00:00.000Z' });
    expect(s.context.notice?.status).toBe('not-sent');
  });
});

describe('DHS at exactly 48:00 (DOMAIN.md §2.6: a hold "not to exceed 48 hours" [cfr-287.7-d], [i247a-form])', () => {
  it('does count DHS arriving at exactly the deadline as too late, and says so in the explanation', () => {
    // Eligible Thu Mar 7, 17:00 EST (22:00Z); 48 elapsed hours end Sat Mar 9, 17:00 EST (22:00Z). DHS arrives at
    // 22:00:00.000Z exactly: the person was released at that instant.
    const c = servedCase();
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' });
    expect(c.actor.getSnapshot().context.hold?.deadline).toBe('2024-03-09T22:00:00.000Z');
    c.advanceTo('2024-03-09T21:59:59.999Z');
    expect(c.actor.getSnapshot().value).toBe('holding');
    // On the case's clock the deadline fires first, so DHS at 22:00:00.000Z finds the case ended.
    expect(() => c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-09T22:00:00Z' })).toThrowError(
      expect.objectContaining({ code: 'event-not-allowed' }),
    );
    expect(c.actor.getSnapshot().output).toMatchObject({
      code: 'released-hold-expired',
      reason: 'hold-limit-reached',
      at: '2024-03-09T22:00:00.000Z',
    });
    expect(c.actor.getSnapshot().output?.text).toContain('at the deadline itself counts as too late');

    // Sent raw at the deadline, without the clock firing first: the machine's own check ends it the same way.
    const raw = servedCase();
    raw.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T22:00:00Z', reason: 'bond-posted' });
    raw.actor.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2024-03-09T22:00:00.000Z' });
    expect(raw.actor.getSnapshot().output).toMatchObject({
      code: 'released-hold-expired',
      at: '2024-03-09T22:00:00.000Z',
    });

    const dhs = detainerMachine.root.states.holding?.transitions.get('DHS_ASSUMED_CUSTODY') ?? [];
    const texts = dhs.map((t) => (t.meta?.key ? transitionText(t.meta.key, 'en').explanation : ''));
    expect(texts.some((t) => t.includes('48:00'))).toBe(true);
  });
});

describe('transfer at release limited by offense (DOMAIN.md §9: California allows "transfer only for listed offenses" [ca-gov-7284.6], [ca-sb54-digest])', () => {
  const limited = getPolicyPreset('limited-by-offense');

  function atRelease(offenses: ('misdemeanor' | 'serious-or-violent-felony')[]) {
    // An I-247A with an I-200 lodged and served Fri Mar 1; eligible Thu Mar 7, 12:00 EST (17:00Z), DHS at the door.
    const c = drive(limited, { subject: { offenses } });
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T16:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00Z', reason: 'bond-posted', dhsPresent: true });
    return c.actor.getSnapshot();
  }

  it('does not hand a person with only a misdemeanor to DHS, even with DHS present at release', () => {
    const s = atRelease(['misdemeanor']);
    expect(s.context.decision?.transferAtRelease).toBe(false);
    expect(s.context.decision?.reasons.map((r) => r.code)).toContain('local-transfer-no-listed-offense');
    // The hold is not honored (an I-200 is not a judicial warrant), so the person walks out at 12:00 EST.
    expect(s.output).toMatchObject({
      code: 'released-hold-declined',
      reason: 'local-hold-administrative-warrant',
      at: '2024-03-07T17:00:00.000Z',
    });
  });

  it('does hand a person arrested for a serious or violent felony to DHS at release', () => {
    const s = atRelease(['serious-or-violent-felony']);
    expect(s.context.decision?.reasons.map((r) => r.code)).toContain('local-transfer-listed-offense');
    expect(s.output).toMatchObject({ code: 'transferred-to-dhs', reason: 'transferred-at-release' });
  });
});
