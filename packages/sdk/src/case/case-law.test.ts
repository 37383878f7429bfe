import { DetainerKitError } from '@detainer-kit/core';
import { describe, expect, it } from 'vitest';
import { createCase, restoreCase } from './detainer-case.js';
import { I247A, NYC } from './fixtures.test-helpers.js';

const OCT_1 = 'us-nc/hb318-2025-from-oct-1';

/** North Carolina facts crossing Oct 1, 2025: served Tue Sep 30, eligible on bond Thu Oct 2 at 15:00 (EDT). */
function crossingCase(extra: { asOf?: string; options?: string[] } = {}) {
  const c = createCase({
    jurisdiction: 'us-nc',
    policy: 'full-cooperation',
    custodian: NYC,
    bookedAt: '2025-09-30T09:00:00-04:00',
    ...extra,
  });
  c.send({ type: 'DETAINER_LODGED', at: '2025-09-30T10:00:00-04:00', detainer: I247A });
  c.send({ type: 'DETAINER_SERVED', at: '2025-09-30T11:00:00-04:00' });
  c.send({ type: 'RELEASE_ELIGIBLE', at: '2025-10-02T15:00:00-04:00', reason: 'bond-posted' });
  return c;
}

describe('createCase with a jurisdiction', () => {
  it('does explain the law applied at each decision, and what changed across the effective date', () => {
    const c = crossingCase({ options: [OCT_1] });
    const text = c.explain().text;
    expect(text).toContain('The custodian’s decision was taken under the law of us-nc in force on 2025-09-30');
    // Eligible 15:00 EDT + 2 h: the notice is due 17:00 EDT (21:00 UTC), under the Oct-1 reading.
    expect(text).toContain(
      'The start of the hold clock was taken under the law of us-nc in force on 2025-10-02: from 2025-10-01 North Carolina',
    );
    expect(c.context.eligibilityNotice?.dueAt).toBe('2025-10-02T21:00:00.000Z');
    expect(c.deadlines.some((d) => d.kind === 'notice-after-eligibility')).toBe(true);
  });

  it('does freeze the law with asOf, and name the as-of date', () => {
    const c = crossingCase({ asOf: '2017-06-01' });
    expect(c.explain().text).toContain('in force on 2017-06-01 (the as-of date chosen)');
    expect(c.context.eligibilityNotice).toBeNull();
  });

  it('does refuse an unknown jurisdiction or a bad date, naming the field', () => {
    const bad = (options: object) => () =>
      createCase({ policy: 'full-cooperation', custodian: NYC, bookedAt: '2025-09-30T09:00:00-04:00', ...options });
    expect(bad({ asOf: '2025-13-01', jurisdiction: 'us-nc' })).toThrow(/law\.asOf|asOf/);
    expect(bad({ jurisdiction: 'us-nc', options: 'us-nc/hb318-2025-from-oct-1' })).toThrow(DetainerKitError);
    const c = crossingCase();
    expect(() =>
      createCase({ jurisdiction: 'us-zz', policy: 'full-cooperation', custodian: NYC, bookedAt: c.context.bookedAt }),
    ).toThrow(/us-zz/);
  });

  it('does save and restore a case with law, and a case saved before cases carried law', () => {
    const c = crossingCase({ options: [OCT_1] });
    const saved = JSON.parse(JSON.stringify(c.toJSON()));
    const back = restoreCase(saved);
    expect(back.context.lawApplied).toEqual(c.context.lawApplied);
    expect(back.toJSON()).toEqual(c.toJSON());
    const plain = createCase({ policy: 'full-cooperation', custodian: NYC, bookedAt: '2025-09-30T09:00:00-04:00' });
    plain.send({ type: 'DETAINER_LODGED', at: '2025-09-30T10:00:00-04:00', detainer: I247A });
    const legacy = JSON.parse(JSON.stringify(plain.toJSON()));
    delete legacy.persisted.context.law;
    delete legacy.persisted.context.localPolicy;
    delete legacy.persisted.context.lawApplied;
    expect(restoreCase(legacy).context.law).toBeNull();
  });

  it('does restore a case saved while its law spec did not carry the library layers, to the same case', () => {
    const c = crossingCase({ options: [OCT_1] });
    expect(c.context.law?.library.name).toBe('North Carolina');
    const older = JSON.parse(JSON.stringify(c.toJSON()));
    delete older.input.law.library;
    delete older.persisted.context.law.library;
    const back = restoreCase(older);
    expect(back.context.lawApplied).toEqual(c.context.lawApplied);
    expect(back.toJSON()).toEqual(c.toJSON());
  });
});
