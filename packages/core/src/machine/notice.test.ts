import { describe, expect, it } from 'vitest';
import { getPolicyPreset } from '../policy/presets.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';
import { noticeStatusOf } from './notice.js';

const LODGED = { type: 'DETAINER_LODGED', at: '2024-03-04T14:00:00Z', detainer: I247A_ADMIN } as const;
const SERVED = { type: 'DETAINER_SERVED', at: '2024-03-04T15:00:00Z' } as const;

describe('noticeStatusOf', () => {
  it('does say not-requested before a detainer is in effect', () => {
    const d = drive(getPolicyPreset('full-cooperation'));
    expect(noticeStatusOf(d.actor.getSnapshot().context, false)).toBe('not-requested');
  });

  it('does follow the decision before a release is scheduled: pending while the case runs, not-sent once it ended', () => {
    const d = drive(getPolicyPreset('full-cooperation'));
    d.send(LODGED);
    d.send(SERVED);
    const { context } = d.actor.getSnapshot();
    expect(context.notice).toBeNull();
    expect(noticeStatusOf(context, false)).toBe('pending');
    expect(noticeStatusOf(context, true)).toBe('not-sent');
  });

  it('does say withheld-by-policy when the policy does not give notice', () => {
    const d = drive(getPolicyPreset('decline-all'));
    d.send(LODGED);
    d.send(SERVED);
    expect(noticeStatusOf(d.actor.getSnapshot().context, false)).toBe('withheld-by-policy');
  });

  it('does say barred-by-law, not withheld-by-policy, when a law bars any compliance (Illinois)', () => {
    // DOMAIN.md §9: Illinois bars detention "or otherwise comply with" a detainer, "so notice is barred too"
    // [il-trust-805]. Release projected Fri 2024-03-08 17:00 UTC; the status is barred before and after.
    const illinois = { ...getPolicyPreset('decline-all'), notify: 'barred' } as const;
    const d = drive(illinois);
    d.send(LODGED);
    d.send(SERVED);
    expect(noticeStatusOf(d.actor.getSnapshot().context, false)).toBe('barred-by-law');
    d.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-04T16:00:00Z', releaseAt: '2024-03-08T17:00:00Z' });
    expect(d.actor.getSnapshot().context.notice).toEqual({
      status: 'barred-by-law',
      dueAt: null,
      sentAt: null,
      leadMinutes: null,
    });
    expect(d.actor.getSnapshot().can({ type: 'NOTICE_SENT', at: '2024-03-05T16:00:00Z' })).toBe(false);
    // The same case with `never` is the custodian's choice, and says so.
    const never = drive(getPolicyPreset('decline-all'));
    never.send(LODGED);
    never.send(SERVED);
    expect(noticeStatusOf(never.actor.getSnapshot().context, false)).toBe('withheld-by-policy');
  });

  it('does return the recorded status once a release is scheduled', () => {
    const d = drive(getPolicyPreset('full-cooperation'));
    d.send(LODGED);
    d.send(SERVED);
    d.send({ type: 'RELEASE_SCHEDULED', at: '2024-03-04T16:00:00Z', releaseAt: '2024-03-08T17:00:00Z' });
    d.send({ type: 'NOTICE_SENT', at: '2024-03-05T16:00:00Z' });
    const { context } = d.actor.getSnapshot();
    expect(context.notice?.status).toBe('sent-on-time');
    expect(noticeStatusOf(context, true)).toBe('sent-on-time');
  });
});
