import { describe, expect, it } from 'vitest';
import { DetainerKitError } from '../errors.js';
import { checkByrneJag2017, checkPublicSafetyPartnership } from '../policy/federal-conditions.js';
import { getPolicyPreset } from '../policy/presets.js';
import { resolveAccess } from '../policy/resolve-decision.js';
import type { JurisdictionPolicyInput } from '../policy/schema.js';
import { drive, I247A_ADMIN } from '../test-support/fixtures.js';
import { SENTENCE_REDUCTION_MAX_DAYS } from './early-transfer.js';

const FULL = getPolicyPreset('full-cooperation');
const with_ = (changes: Partial<JurisdictionPolicyInput>): JurisdictionPolicyInput => ({
  ...FULL,
  name: 'Full cooperation, varied',
  ...changes,
});

function refusal(fn: () => unknown): DetainerKitError {
  try {
    fn();
  } catch (error) {
    if (DetainerKitError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected the event to be refused');
}

// DOMAIN.md §9: California state prisons "must give the person a copy of any hold, notification or transfer request
// and say whether they will comply, and need written consent before an ICE interview" [ca-gov-7284.6]; New Jersey:
// "the detainee is told, on AG forms, of each ICE request" [nj-directive-2018-6]; Colorado: "the person is advised of
// rights before an ICE interview" [co-sb25-276].
describe('duties toward the person', () => {
  it('does record the copy of the request as due at lodging, performed when the person is informed', () => {
    const c = drive(with_({ informPersonOfRequest: true }));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    expect(c.actor.getSnapshot().context.duties).toEqual([
      {
        duty: 'copy-of-request',
        status: 'due',
        dueSince: '2024-03-01T15:00:00.000Z',
        performedAt: null,
        citations: ['ca-gov-7284.6', 'nj-directive-2018-6'],
      },
    ]);
    c.send({ type: 'PERSON_INFORMED', at: '2024-03-01T16:30:00Z', duty: 'copy-of-request' });
    const duty = c.actor.getSnapshot().context.duties[0];
    expect(duty?.status).toBe('performed');
    expect(duty?.performedAt).toBe('2024-03-01T16:30:00.000Z');
    // Nothing else is due now: a second notice to the person is refused, saying why.
    const e = refusal(() => c.send({ type: 'PERSON_INFORMED', at: '2024-03-01T17:00:00Z', duty: 'copy-of-request' }));
    expect(e.code).toBe('event-not-allowed');
    expect(e.message).toMatch(/already been performed/);
  });

  it('does flag a duty never performed as not-performed when the case ends, and never changes the outcome', () => {
    const c = drive(with_({ informPersonOfRequest: true }));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_LIFTED', at: '2024-03-02T15:00:00Z', reason: 'case-closed' });
    const s = c.actor.getSnapshot();
    expect(s.output?.code).toBe('released-detainer-lifted');
    expect(s.context.duties.map((d) => d.status)).toEqual(['not-performed']);
  });

  it('does owe no duty with the switches off (the default), and refuses PERSON_INFORMED then', () => {
    const c = drive(FULL);
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-01T15:30:00Z' });
    expect(c.actor.getSnapshot().context.duties).toEqual([]);
    const e = refusal(() => c.send({ type: 'PERSON_INFORMED', at: '2024-03-01T16:00:00Z', duty: 'copy-of-request' }));
    expect(e.message).toMatch(/no duty toward the person/i);
  });

  it('does owe a rights advisal for a granted interview only, and takes it during a hold', () => {
    const c = drive(with_({ adviseRightsBeforeInterview: true, access: 'written-consent' }));
    c.send({ type: 'DETAINER_LODGED', at: '2024-03-01T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2024-03-01T15:10:00Z' });
    // No written consent: the interview is refused, so no rights advisal is owed.
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-01T15:20:00Z' });
    expect(c.actor.getSnapshot().context.duties).toEqual([]);
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-04T17:00:00-05:00', reason: 'bond-posted' });
    expect(c.actor.getSnapshot().value).toBe('holding');
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-04T18:00:00-05:00', writtenConsent: true });
    expect(c.actor.getSnapshot().context.duties.map((d) => [d.duty, d.status])).toEqual([
      ['rights-before-interview', 'due'],
    ]);
    c.send({ type: 'PERSON_INFORMED', at: '2024-03-04T18:05:00-05:00', duty: 'rights-before-interview' });
    expect(c.actor.getSnapshot().context.duties[0]?.performedAt).toBe('2024-03-04T23:05:00.000Z');
    expect(c.actor.getSnapshot().value).toBe('holding');
  });
});

// DOMAIN.md §9: Colorado, "from 2025 … no ICE access to non-public areas without a judicial warrant" [co-sb25-276];
// California state prisons "need written consent before an ICE interview" [ca-gov-7284.6].
describe('access split by place and by warrant', () => {
  it('does decide each request by area, warrant and consent', () => {
    const co = 'judicial-warrant-for-non-public-areas' as const;
    expect(resolveAccess(co, { area: 'public' })).toMatchObject({
      granted: true,
      reason: { code: 'access-public-area' },
    });
    expect(resolveAccess(co, { area: 'non-public' }).reason.code).toBe('access-non-public-no-judicial-warrant');
    expect(resolveAccess(co, {}).granted).toBe(false);
    expect(resolveAccess(co, { area: 'non-public', judicialWarrant: true }).granted).toBe(true);
    expect(resolveAccess('written-consent', { area: 'public' }).granted).toBe(false);
    expect(resolveAccess('written-consent', { writtenConsent: true }).reason.citations).toEqual(['ca-gov-7284.6']);
    // The old values read no field of the request.
    expect(resolveAccess('allowed', { area: 'non-public' }).granted).toBe(true);
    expect(resolveAccess('refused', { area: 'public', judicialWarrant: true, writtenConsent: true }).granted).toBe(
      false,
    );
  });

  it('does record the decision with its reason and citation on the case', () => {
    const c = drive(with_({ access: 'judicial-warrant-for-non-public-areas' }));
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-01T15:00:00Z', area: 'non-public' });
    c.send({ type: 'ACCESS_REQUESTED', at: '2024-03-01T16:00:00Z', area: 'non-public', judicialWarrant: true });
    expect(c.actor.getSnapshot().context.accessRequests).toEqual([
      {
        at: '2024-03-01T15:00:00.000Z',
        granted: false,
        custodianId: 'example-county',
        area: 'non-public',
        reason: 'access-non-public-no-judicial-warrant',
        citations: ['co-sb25-276', 'ice-guidance-i247a'],
      },
      {
        at: '2024-03-01T16:00:00.000Z',
        granted: true,
        custodianId: 'example-county',
        area: 'non-public',
        judicialWarrant: true,
        reason: 'access-non-public-judicial-warrant',
        citations: ['co-sb25-276'],
      },
    ]);
  });

  it('does read conditional access as partly met against the 2017 federal conditions', () => {
    for (const access of ['judicial-warrant-for-non-public-areas', 'written-consent'] as const) {
      const policy = { ...FULL, access };
      const psp = checkPublicSafetyPartnership(policy).requirements.find((r) => r.id === 'access');
      const jag = checkByrneJag2017(policy).requirements.find((r) => r.id === 'access');
      expect(psp?.status).toBe('partly-met');
      expect(jag?.status).toBe('partly-met');
      expect(psp?.citations).toContain(access === 'written-consent' ? 'ca-gov-7284.6' : 'co-sb25-276');
    }
    expect(checkPublicSafetyPartnership(FULL).requirements[0]?.status).toBe('met');
  });
});

// DOMAIN.md §9: Florida SB 168, "a court may reduce a sentence by up to 12 days so DHS can take custody before
// release" [fl-sb168-2019]; Iowa ch. 27A, "the end of a sentence may be served in federal custody" [ia-27a-2018].
describe('transfer to DHS before release eligibility', () => {
  // Projected release Fri 2025-06-20 09:00 EDT (13:00 UTC). 12 days × 24 h earlier: Sun 2025-06-08 09:00 EDT
  // (13:00 UTC); no DST change lies between, so that is also 12 calendar days.
  const RELEASE = '2025-06-20T09:00:00-04:00';
  function florida(policy: JurisdictionPolicyInput = with_({ transferBeforeRelease: true })) {
    const c = drive(policy, { bookedAt: '2025-05-01T14:00:00Z' });
    c.send({ type: 'DETAINER_LODGED', at: '2025-05-02T15:00:00Z', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2025-05-02T16:00:00Z' });
    c.send({ type: 'RELEASE_SCHEDULED', at: '2025-06-01T12:00:00Z', releaseAt: RELEASE });
    return c;
  }

  it('does end in transferred-to-dhs with its own reason, 12 days before the projected release', () => {
    expect(SENTENCE_REDUCTION_MAX_DAYS).toBe(12);
    const c = florida();
    c.send({ type: 'TRANSFERRED_BEFORE_RELEASE', at: '2025-06-08T09:00:00-04:00', basis: 'sentence-reduction' });
    const s = c.actor.getSnapshot();
    expect(s.value).toBe('transferredToDhs');
    expect(s.output).toMatchObject({
      code: 'transferred-to-dhs',
      reason: 'transferred-before-release-eligibility',
      at: '2025-06-08T13:00:00.000Z',
    });
    expect(s.output?.citations).toEqual(['fl-sb168-2019', 'ia-27a-2018', 'ddp-codebook']);
    expect(s.context.earlyTransfer).toEqual({
      at: '2025-06-08T13:00:00.000Z',
      basis: 'sentence-reduction',
      daysBeforeProjectedRelease: 12,
    });
    expect(s.context.releaseEligible).toBeNull();
    expect(s.context.hold).toBeNull();
  });

  it('does refuse a sentence reduction of 12 days and 1 minute, saying why', () => {
    const c = florida();
    const e = refusal(() =>
      c.send({ type: 'TRANSFERRED_BEFORE_RELEASE', at: '2025-06-08T08:59:00-04:00', basis: 'sentence-reduction' }),
    );
    expect(e.code).toBe('event-not-allowed');
    expect(e.message).toMatch(/up to 12 days/);
    expect(c.actor.getSnapshot().value).toEqual({ inCriminalCustody: { detainerInEffect: 'honoringHold' } });
  });

  it('does take the Iowa basis without the 12-day figure (the end of a sentence in federal custody)', () => {
    const c = florida();
    c.send({
      type: 'TRANSFERRED_BEFORE_RELEASE',
      at: '2025-06-02T09:00:00-04:00',
      basis: 'end-of-sentence-in-federal-custody',
    });
    expect(c.actor.getSnapshot().context.earlyTransfer?.daysBeforeProjectedRelease).toBe(18);
  });

  it('does refuse it when the policy does not allow it, or no detainer is in effect', () => {
    const off = florida(FULL);
    expect(
      refusal(() =>
        off.send({ type: 'TRANSFERRED_BEFORE_RELEASE', at: '2025-06-10T09:00:00-04:00', basis: 'sentence-reduction' }),
      ).message,
    ).toMatch(/policy does not allow/);
    const none = drive(with_({ transferBeforeRelease: true }));
    expect(
      refusal(() =>
        none.send({
          type: 'TRANSFERRED_BEFORE_RELEASE',
          at: '2024-03-02T09:00:00Z',
          basis: 'end-of-sentence-in-federal-custody',
        }),
      ).message,
    ).toMatch(/No detainer has been lodged/);
  });
});
