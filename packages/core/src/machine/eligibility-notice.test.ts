import { describe, expect, it } from 'vitest';
import { computeEligibilityNoticeDue, ELIGIBILITY_NOTICE_HOURS } from '../clock/notice-clock.js';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';

// DOMAIN.md §9, North Carolina HB 318 [nc-hb318-2025]: "the jail must notify ICE within two hours of the time the
// person would otherwise be released: a hard deadline after release eligibility, unlike the soft 48-hour advance
// notice". Worked by hand: eligible Fri 2025-12-05 15:00 EST (20:00 UTC) → due 17:00 EST (22:00 UTC).
const NC = {
  ...getPolicyPreset('full-cooperation'),
  name: 'North Carolina style',
  countingRule: 'calendar',
  noticeAfterEligibility: 'within-2-hours',
} as const;
const BOOKED = '2025-12-01T14:00:00Z';
const ELIGIBLE = '2025-12-05T15:00:00-05:00';
const DUE = '2025-12-05T22:00:00.000Z';

function heldCase(policy: typeof NC | ReturnType<typeof getPolicyPreset> = NC) {
  const c = drive(policy, { bookedAt: BOOKED });
  c.send({ type: 'DETAINER_LODGED', at: '2025-12-02T15:00:00Z', detainer: I247A_ADMIN });
  c.send({ type: 'DETAINER_SERVED', at: '2025-12-02T16:00:00Z' });
  return c;
}

describe('the hard notification deadline after release eligibility (North Carolina HB 318)', () => {
  it('does fall two elapsed hours after release eligibility', () => {
    expect(ELIGIBILITY_NOTICE_HOURS).toBe(2);
    expect(computeEligibilityNoticeDue(ELIGIBLE)).toBe(DUE);
  });

  it('does record a notice at 16:59 as on time and one at 17:01 as late, the hold running on either way', () => {
    const onTime = heldCase();
    onTime.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(onTime.actor.getSnapshot().context.eligibilityNotice).toEqual({
      status: 'pending',
      dueAt: DUE,
      sentAt: null,
    });
    onTime.send({ type: 'NOTICE_SENT', at: '2025-12-05T16:59:00-05:00' });
    expect(onTime.actor.getSnapshot().context.eligibilityNotice?.status).toBe('sent-on-time');

    const late = heldCase();
    late.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    late.send({ type: 'NOTICE_SENT', at: '2025-12-05T17:01:00-05:00' });
    const snapshot = late.actor.getSnapshot();
    expect(snapshot.context.eligibilityNotice).toEqual({
      status: 'sent-late',
      dueAt: DUE,
      sentAt: '2025-12-05T22:01:00.000Z',
    });
    expect(snapshot.value).toBe('holding');
    // Never fatal: a second notice is not taken, and DHS can still assume custody within the hold.
    expect(snapshot.can({ type: 'NOTICE_SENT', at: '2025-12-05T18:00:00-05:00' })).toBe(false);
    late.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2025-12-06T10:00:00-05:00' });
    expect(late.actor.getSnapshot().output?.code).toBe('transferred-to-dhs');
  });

  it('does close a notice never sent as not-sent when the case ends', () => {
    const c = heldCase();
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    c.send({ type: 'DHS_ASSUMED_CUSTODY', at: '2025-12-06T10:00:00-05:00' });
    expect(c.actor.getSnapshot().context.eligibilityNotice?.status).toBe('not-sent');
  });

  it('does count an advance notice sent before release eligibility as given', () => {
    const c = heldCase();
    c.send({ type: 'RELEASE_SCHEDULED', at: '2025-12-02T17:00:00Z', releaseAt: '2025-12-05T20:00:00Z' });
    c.send({ type: 'NOTICE_SENT', at: '2025-12-03T12:00:00Z' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'sentence-completed' });
    expect(c.actor.getSnapshot().context.eligibilityNotice).toEqual({
      status: 'sent-on-time',
      dueAt: DUE,
      sentAt: '2025-12-03T12:00:00.000Z',
    });
  });

  it('does open no such deadline when the policy does not set one, or when no detainer is in effect', () => {
    const plain = heldCase(getPolicyPreset('full-cooperation'));
    plain.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(plain.actor.getSnapshot().context.eligibilityNotice).toBeNull();
    const none = drive(NC, { bookedAt: BOOKED });
    none.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    expect(none.actor.getSnapshot().context.eligibilityNotice).toBeNull();
  });

  it('does record a person released at eligibility, with no hold, as not notified', () => {
    const c = heldCase({ ...NC, hold: 'never' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: ELIGIBLE, reason: 'bond-posted' });
    const snapshot = c.actor.getSnapshot();
    expect(snapshot.output?.code).toBe('released-hold-declined');
    expect(snapshot.context.eligibilityNotice).toEqual({ status: 'not-sent', dueAt: DUE, sentAt: null });
  });
});
