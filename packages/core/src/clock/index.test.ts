import { describe, expect, it } from 'vitest';
import * as clock from './index.js';

describe('clock barrel', () => {
  it('does re-export the clock API, the counting rules and their chooser, and no internal helpers', () => {
    expect(Object.keys(clock).sort()).toEqual(
      [
        'CountingRuleSchema',
        'ELIGIBILITY_NOTICE_HOURS',
        'FEDERAL_HOLIDAY_YEARS',
        'HOLD_LIMIT_HOURS',
        'NOTICE_LEAD_HOURS',
        'applyHoldLimit',
        'TimeZoneSchema',
        'canonicalTimeZone',
        'classifyNotice',
        'classifySentNotice',
        'computeEligibilityNoticeDue',
        'computeHoldDeadline',
        'computeNoticeDue',
        'countedHoldHours',
        'federalHolidays',
        'formatLocal',
        'holdHoursElapsed',
        'isFederalHoliday',
        'isFullNoticePossible',
        'localDateKey',
        'noticeLeadMinutes',
        'resolveCountingRule',
        'startOfLocalDay',
        'startOfNextLocalDay',
        'zonedParts',
        'zonedTimeToInstant',
      ].sort(),
    );
  });
});
