import { describe, expect, it } from 'vitest';
import { dhsDutyToIssue, LAKEN_RILEY_EFFECTIVE_AT } from './dhs-duty-to-issue.js';

// DOMAIN.md §9, Laken Riley Act (from Jan 29, 2025) [laken-riley-2025]: DHS "shall issue a detainer" for a person
// inadmissible under INA 212(a)(6)(A), (6)(C) or (7) who is charged with, arrested for, convicted of, or admits
// burglary, theft, larceny, shoplifting, assault of a law enforcement officer, or a crime resulting in death or
// serious bodily injury.
describe('dhsDutyToIssue', () => {
  const listed = {
    charges: [{ term: 'shoplifting', involvement: 'arrested' }],
    inadmissibility: ['ina-212-a-6-A'],
  } as const;

  it('does apply from Jan 29, 2025 at midnight in Washington (05:00 UTC), not the minute before', () => {
    expect(LAKEN_RILEY_EFFECTIVE_AT).toBe('2025-01-29T05:00:00.000Z');
    // Jan 28, 2025 23:59 EST = Jan 29 04:59 UTC: before the Act.
    const before = dhsDutyToIssue({ at: '2025-01-29T04:59:00.000Z', ...listed });
    expect(before).toMatchObject({ required: false, reason: 'before-laken-riley' });
    expect(before.text).toMatch(/^DHS required to issue a detainer: no, because this is before Jan 29, 2025/);
    const from = dhsDutyToIssue({ at: '2025-01-29T05:00:00.000Z', ...listed });
    expect(from).toMatchObject({
      required: true,
      reason: 'listed-ground-and-offense',
      citations: ['laken-riley-2025'],
    });
    expect(from.text).toBe(
      'DHS required to issue a detainer: yes, because the person is inadmissible under INA 212(a)(6)(A) and is arrested for shoplifting, which the Laken Riley Act (from Jan 29, 2025) lists. The duty binds DHS, not the custodian.',
    );
  });

  it('does require both a listed ground and a listed offense', () => {
    const at = '2025-06-01T12:00:00.000Z';
    expect(
      dhsDutyToIssue({ at, charges: [{ term: 'theft', involvement: 'convicted' }], inadmissibility: ['other'] }).reason,
    ).toBe('no-listed-ground');
    expect(
      dhsDutyToIssue({ at, charges: [{ term: 'other', involvement: 'charged' }], inadmissibility: ['ina-212-a-7'] })
        .reason,
    ).toBe('no-listed-offense');
    expect(dhsDutyToIssue({ at, charges: [], inadmissibility: [] }).required).toBe(false);
    for (const term of [
      'burglary',
      'larceny',
      'assault-of-law-enforcement-officer',
      'crime-resulting-in-death-or-serious-bodily-injury',
    ] as const) {
      expect(
        dhsDutyToIssue({ at, charges: [{ term, involvement: 'admits' }], inadmissibility: ['ina-212-a-6-C'] }).required,
      ).toBe(true);
    }
  });
});
