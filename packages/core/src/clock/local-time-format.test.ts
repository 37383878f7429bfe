import { describe, expect, it } from 'vitest';
import { formatLocal } from './local-time-format.js';

const FRIDAY_5PM_NEW_YORK = '2024-04-12T21:00:00.000Z';

describe('formatLocal', () => {
  it('does show an instant on the wall clock of the time zone, in each style', () => {
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York')).toMatch(/^Fri, Apr 12, 2024, 5:00\sPM EDT$/);
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'table')).toBe('Fri 2024-04-12 17:00 EDT');
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/Los_Angeles', 'table')).toBe('Fri 2024-04-12 14:00 PDT');
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'short')).toMatch(/^Fri, Apr 12, 5:00\sPM$/);
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'time')).toMatch(/^5:00\sPM$/);
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'day')).toBe('Fri, Apr 12');
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'zone')).toBe('EDT');
    expect(formatLocal(Date.parse('2024-01-12T22:00:00Z'), 'America/New_York', 'zone')).toBe('EST');
  });

  it('does show the same instant for a Spanish reader in es-US (ICU writes "p.m." or "p. m.")', () => {
    // Friday 2024-04-12 21:00 UTC is 17:00 EDT (UTC-4) in New York: viernes 12 de abril, 5:00 p. m.
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'long', 'es-US')).toMatch(
      /^vie, 12 (de )?abr (de )?2024, 5:00\sp\.\s?m\. EDT$/,
    );
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'table', 'es-US')).toBe('vie 2024-04-12 17:00 EDT');
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'time', 'es-US')).toMatch(/^5:00\sp\.\s?m\.$/);
    // The English formatter of the same zone and style is still the default, and unchanged.
    expect(formatLocal(FRIDAY_5PM_NEW_YORK, 'America/New_York', 'table')).toBe('Fri 2024-04-12 17:00 EDT');
  });

  it('does refuse an instant that does not parse, or an unknown time zone', () => {
    expect(() => formatLocal('not a time', 'America/New_York')).toThrow(RangeError);
    expect(() => formatLocal(FRIDAY_5PM_NEW_YORK, 'Mars/Olympus')).toThrow(RangeError);
  });
});
