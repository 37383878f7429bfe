import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DetainerKitError } from '../errors.js';
import { parsePolicy, resolvePolicy } from './parse.js';
import { POLICY_PRESETS } from './presets.js';
import type { JurisdictionPolicyInput } from './schema.js';

const VALID: JurisdictionPolicyInput = {
  name: 'Notify only',
  hold: 'never',
  notify: 'always',
  access: 'refused',
  transferAtRelease: false,
};

function caught(fn: () => unknown): DetainerKitError {
  try {
    fn();
  } catch (e) {
    if (DetainerKitError.isInstance(e)) return e;
    throw e;
  }
  throw new Error('expected a DetainerKitError');
}

describe('parsePolicy', () => {
  it('does fill in the defaults of a policy written by a person', () => {
    expect(parsePolicy(VALID)).toEqual({
      ...VALID,
      // A boolean from earlier versions: `false` is read as "never".
      transferAtRelease: 'never',
      listedOffenses: [],
      countingRule: 'by-form',
      rejectDatabaseOnlyBasis: false,
      requireNeutralReview: false,
      noticeAfterEligibility: 'none',
      stateJudicialOrder: 'not-required',
      holdLimit: 'by-counting-rule',
      agreement287g: 'none',
      warrantServiceOutsideNoAuthority: false,
      informPersonOfRequest: false,
      adviseRightsBeforeInterview: false,
      transferBeforeRelease: false,
      stateLaw: 'none',
      citations: [],
    });
  });

  it('does read transferAtRelease as never / listed-offenses / always, and the booleans of earlier versions', () => {
    expect(parsePolicy({ ...VALID, transferAtRelease: true }).transferAtRelease).toBe('always');
    expect(parsePolicy({ ...VALID, transferAtRelease: 'never' }).transferAtRelease).toBe('never');
    const e = caught(() => parsePolicy({ ...VALID, transferAtRelease: 'sometimes' }));
    expect(e.code).toBe('invalid-policy');
    expect(e.message).toContain('transferAtRelease must be "never", "listed-offenses" or "always"');
    const listed = caught(() => parsePolicy({ ...VALID, transferAtRelease: 'listed-offenses' }));
    expect(listed.message).toContain('listedOffenses');
  });

  it('does reject an unknown hold value, naming the field and the allowed values', () => {
    const e = caught(() => parsePolicy({ ...VALID, hold: 'sometimes' }));
    expect(e.code).toBe('invalid-policy');
    expect(e.issues[0]?.field).toBe('hold');
    expect(e.message).toMatch(
      /^Invalid policy: hold: hold must be "never", "judicial-warrant", "listed-offenses" or "always"/,
    );
  });

  it('does reject listed-offenses with no offenses listed, saying what to add', () => {
    const e = caught(() => parsePolicy({ ...VALID, notify: 'listed-offenses', listedOffenses: [] }));
    expect(e.code).toBe('invalid-policy');
    expect(e.issues[0]?.field).toBe('listedOffenses');
    expect(e.message).toMatch(/list at least one offense category in listedOffenses/);
  });

  it('does reject a missing switch and an unknown citation with the field path', () => {
    const { access: _access, ...noAccess } = VALID;
    const e = caught(() => parsePolicy(noAccess));
    expect(e.issues[0]?.field).toBe('access');
    expect(e.message).toMatch(
      /access must be "allowed", "refused", "judicial-warrant-for-non-public-areas" or "written-consent"/,
    );
    const c = caught(() => parsePolicy({ ...VALID, citations: ['lunn-2017', 'made-up'] }));
    expect(c.issues[0]?.field).toBe('citations.1');
  });

  it('does reject a value that is not a policy at all', () => {
    for (const v of [null, 'full-cooperation', 42, []])
      expect(caught(() => parsePolicy(v)).code).toBe('invalid-policy');
  });

  it('does throw only DetainerKitErrors with code invalid-policy on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        try {
          parsePolicy(v);
        } catch (e) {
          expect(DetainerKitError.isInstance(e)).toBe(true);
          expect((e as DetainerKitError).code).toBe('invalid-policy');
        }
      }),
    );
  });
});

describe('resolvePolicy', () => {
  it('does return the preset for a preset id', () => {
    expect(resolvePolicy('notify-only')).toBe(POLICY_PRESETS['notify-only']);
  });

  it('does parse a policy object', () => {
    expect(resolvePolicy({ ...VALID, stateLaw: 'no-authority-to-hold' }).stateLaw).toBe('no-authority-to-hold');
    expect(
      caught(() => resolvePolicy({ ...VALID, hold: 'sometimes' } as unknown as JurisdictionPolicyInput)).issues[0]
        ?.field,
    ).toBe('hold');
  });

  it('does reject an unknown preset id, listing the ids', () => {
    const e = caught(() => resolvePolicy('sanctuary' as unknown as JurisdictionPolicyInput));
    expect(e.code).toBe('invalid-policy');
    expect(e.message).toMatch(/"sanctuary" is not a policy preset id: use one of "full-cooperation", /);
  });
});
