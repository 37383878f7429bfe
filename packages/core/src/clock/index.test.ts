import { describe, expect, it } from 'vitest';
import * as clock from './index.js';

describe('clock barrel', () => {
  it('does re-export the clock API and the counting-rule chooser, and no internal helpers', () => {
    expect(Object.keys(clock).sort()).toEqual(
      [
        'FEDERAL_HOLIDAY_YEARS',
        'HOLD_LIMIT_HOURS',
        'NOTICE_LEAD_HOURS',
        'classifyNotice',
        'computeHoldDeadline',
        'computeNoticeDue',
        'countedHoldHours',
        'federalHolidays',
        'holdHoursElapsed',
        'isFederalHoliday',
        'localDateKey',
        'resolveCountingRule',
        'startOfLocalDay',
        'startOfNextLocalDay',
        'zonedParts',
        'zonedTimeToInstant',
      ].sort(),
    );
  });
});
