import { describe, expect, it } from 'vitest';
import {
  classifyNotice,
  classifySentNotice,
  computeNoticeDue,
  isFullNoticePossible,
  NOTICE_LEAD_HOURS,
  noticeLeadMinutes,
} from './notice-clock.js';

const iso = (s: string): string => new Date(s).toISOString();

describe('NOTICE_LEAD_HOURS', () => {
  it('does state the I-247A lead time of at least 48 hours', () => {
    expect(NOTICE_LEAD_HOURS).toBe(48);
  });
});

describe('computeNoticeDue', () => {
  it('does fall due 48 hours before the projected release when known well in advance', () => {
    expect(
      computeNoticeDue({ projectedReleaseAt: '2024-06-14T17:00:00-04:00', knownAt: '2024-06-01T09:00:00-04:00' }),
    ).toBe(iso('2024-06-12T17:00:00-04:00'));
  });

  it('does count 48 elapsed hours back across a DST change (the wall clock reads one hour different)', () => {
    // Release Monday 2024-03-11 12:00 EDT; New York sprang forward on Sunday 2024-03-10.
    expect(
      computeNoticeDue({ projectedReleaseAt: '2024-03-11T12:00:00-04:00', knownAt: '2024-03-01T09:00:00-05:00' }),
    ).toBe(iso('2024-03-09T11:00:00-05:00'));
  });

  it('does fall due at knownAt when the custodian learns of the release less than 48 hours ahead', () => {
    expect(
      computeNoticeDue({ projectedReleaseAt: '2024-06-14T17:00:00-04:00', knownAt: '2024-06-14T08:00:00-04:00' }),
    ).toBe(iso('2024-06-14T08:00:00-04:00'));
  });

  it('does fall due at knownAt even when that is after the projected release', () => {
    expect(
      computeNoticeDue({ projectedReleaseAt: '2024-06-14T17:00:00-04:00', knownAt: '2024-06-15T08:00:00-04:00' }),
    ).toBe(iso('2024-06-15T08:00:00-04:00'));
  });

  it('does treat knownAt exactly 48 hours ahead as the same due time', () => {
    expect(computeNoticeDue({ projectedReleaseAt: '2024-06-14T17:00:00Z', knownAt: '2024-06-12T17:00:00Z' })).toBe(
      '2024-06-12T17:00:00.000Z',
    );
  });

  it('does throw a RangeError for an unparsable instant', () => {
    expect(() => computeNoticeDue({ projectedReleaseAt: 'soon', knownAt: '2024-06-12T17:00:00Z' })).toThrow(RangeError);
  });
});

describe('classifyNotice', () => {
  const dueAt = '2024-06-12T21:00:00.000Z';

  it('does call a notice sent before the due time on time', () => {
    expect(classifyNotice({ dueAt, sentAt: '2024-06-11T10:00:00-04:00' })).toBe('sent-on-time');
  });

  it('does call a notice sent exactly at the due time on time, whatever the offset it is written in', () => {
    expect(classifyNotice({ dueAt, sentAt: '2024-06-12T17:00:00-04:00' })).toBe('sent-on-time');
  });

  it('does call a notice sent one millisecond after the due time late', () => {
    expect(classifyNotice({ dueAt, sentAt: '2024-06-12T21:00:00.001Z' })).toBe('sent-late');
  });

  it('does throw a RangeError for an unparsable instant', () => {
    expect(() => classifyNotice({ dueAt, sentAt: '' })).toThrow(RangeError);
  });
});

describe('classifySentNotice', () => {
  // DOMAIN.md §3: notice "at least 48 hours before the projected release, if possible" [i247a-form].
  const release = '2024-06-14T21:00:00Z'; // Fri Jun 14, 17:00 EDT

  it('does classify as on time or late when 48 hours were possible', () => {
    const dueAt = '2024-06-12T21:00:00.000Z'; // Wed 17:00 EDT, exactly 48 hours before
    expect(isFullNoticePossible({ projectedReleaseAt: release, dueAt })).toBe(true);
    expect(classifySentNotice({ projectedReleaseAt: release, dueAt, sentAt: dueAt })).toBe('sent-on-time');
    expect(classifySentNotice({ projectedReleaseAt: release, dueAt, sentAt: '2024-06-12T21:00:00.001Z' })).toBe(
      'sent-late',
    );
  });

  it('does classify as 48h-not-possible when the custodian learned less than 48 hours ahead and sent by the release', () => {
    const dueAt = '2024-06-13T09:00:00.000Z'; // learned Thu 05:00 EDT: 36 hours ahead, due at once
    expect(isFullNoticePossible({ projectedReleaseAt: release, dueAt })).toBe(false);
    for (const sentAt of [dueAt, '2024-06-14T20:59:00Z', release]) {
      expect(classifySentNotice({ projectedReleaseAt: release, dueAt, sentAt })).toBe('sent-48h-not-possible');
    }
    expect(classifySentNotice({ projectedReleaseAt: release, dueAt, sentAt: '2024-06-14T21:00:00.001Z' })).toBe(
      'sent-late',
    );
    // Learned only after the projected release: notice sent at once is as early as it could be.
    const lateKnown = '2024-06-15T12:00:00.000Z';
    expect(classifySentNotice({ projectedReleaseAt: release, dueAt: lateKnown, sentAt: lateKnown })).toBe(
      'sent-48h-not-possible',
    );
  });

  it('does give the lead time in whole minutes, negative after the release', () => {
    expect(noticeLeadMinutes({ projectedReleaseAt: release, sentAt: '2024-06-14T13:10:00Z' })).toBe(470);
    expect(noticeLeadMinutes({ projectedReleaseAt: release, sentAt: '2024-06-14T21:30:00Z' })).toBe(-30);
  });
});
