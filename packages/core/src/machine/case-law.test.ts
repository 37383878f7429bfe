import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { runs } from '../../../../test-support/fast-check.js';
import { toEpochMs } from '../instant.js';
import { type CaseLawSpecInput, expandCaseLaw } from '../law/case-law-spec.js';
import { getJurisdiction } from '../law/library/index.js';
import { resolveLaw } from '../law/resolve-law.js';
import { getPolicyPreset } from '../policy/presets.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import { I247A_ADMIN, NY_JAIL, wrap } from '../test-support/fixtures.js';
import { createDetainerActor, restoreDetainerActor } from './actor.js';

const LOCAL = getPolicyPreset('full-cooperation');
const OCT_1 = 'us-nc/hb318-2025-from-oct-1';

function lawCase(law: CaseLawSpecInput | undefined, bookedAt: string, policy: JurisdictionPolicy = LOCAL) {
  const clock = new SimulatedClock();
  clock.set(toEpochMs(bookedAt));
  const actor = createDetainerActor(
    { bookedAt, custodian: NY_JAIL, policy, ...(law === undefined ? {} : { law: expandCaseLaw(law) }) },
    { clock },
  ).start();
  return wrap(actor, clock);
}

/** Lodged and served on `day` (10:00 and 11:00 New York time), eligible on bond at `eligible`. */
function ncFacts(law: CaseLawSpecInput | undefined, day: string, eligible: string) {
  const c = lawCase(law, `${day}T09:00:00-04:00`);
  c.send({ type: 'DETAINER_LODGED', at: `${day}T10:00:00-04:00`, detainer: I247A_ADMIN });
  c.send({ type: 'DETAINER_SERVED', at: `${day}T11:00:00-04:00` });
  c.send({ type: 'RELEASE_ELIGIBLE', at: eligible, reason: 'bond-posted' });
  return c.actor.getSnapshot().context;
}

describe('a case decided under the law in force at each decision (North Carolina HB 318)', () => {
  // DOMAIN.md §8/§9: HB 318 requires notice to ICE "within two hours of the time the person would otherwise be
  // released" [nc-hb318-2025]; its effective date is uncertain: news reports say Oct 1, 2025, the digest Dec 1,
  // 2025. The library's default reading starts Dec 1; the option us-nc/hb318-2025-from-oct-1 starts Oct 1.
  it('does give the same facts no two-hour notice as of 2025-09-30, and one as of 2025-10-02 with the Oct-1 reading', () => {
    const eligible = '2025-10-03T15:00:00-04:00';
    const before = ncFacts({ jurisdiction: 'us-nc', asOf: '2025-09-30', options: [OCT_1] }, '2025-09-29', eligible);
    expect(before.eligibilityNotice).toBeNull();
    // Eligible Fri 2025-10-03 15:00 EDT (19:00 UTC) + 2 h = 17:00 EDT = 21:00 UTC.
    const after = ncFacts({ jurisdiction: 'us-nc', asOf: '2025-10-02', options: [OCT_1] }, '2025-09-29', eligible);
    expect(after.eligibilityNotice).toEqual({ status: 'pending', dueAt: '2025-10-03T21:00:00.000Z', sentAt: null });
    expect(after.lawApplied.map((a) => [a.point, a.date, a.asOfOverride])).toEqual([
      ['custodian-decision', '2025-10-02', true],
      ['hold-clock', '2025-10-02', true],
      ['eligibility-notice', '2025-10-02', true],
    ]);
    const notice = after.lawApplied[2]?.decidedByLaw.find((s) => s.switch === 'noticeAfterEligibility');
    expect(notice).toMatchObject({ value: 'within-2-hours', layerId: OCT_1, effectiveFrom: '2025-10-01' });
    // The default reading (Dec 1, 2025) gives no notice on 2025-10-02: both readings are kept.
    const byDefault = ncFacts({ jurisdiction: 'us-nc', asOf: '2025-10-02' }, '2025-09-29', eligible);
    expect(byDefault.eligibilityNotice).toBeNull();
  });

  it('does decide a case that crosses the effective date under the law on each side of it', () => {
    // Served Tue 2025-09-30 11:00 EDT, when an I-247A takes effect (the law of Sep 30: no HB 318); eligible Thu 2025-10-02 15:00 EDT (the law
    // of Oct 2, with the Oct-1 reading): the notice is due 17:00 EDT = 21:00 UTC.
    const context = ncFacts({ jurisdiction: 'us-nc', options: [OCT_1] }, '2025-09-30', '2025-10-02T15:00:00-04:00');
    expect(context.lawApplied.map((a) => [a.point, a.date, a.asOfOverride])).toEqual([
      ['custodian-decision', '2025-09-30', false],
      ['hold-clock', '2025-10-02', false],
      ['eligibility-notice', '2025-10-02', false],
    ]);
    expect(context.lawApplied[0]?.layers).not.toContain(OCT_1);
    expect(context.lawApplied[2]?.layers).toContain(OCT_1);
    expect(context.eligibilityNotice?.dueAt).toBe('2025-10-02T21:00:00.000Z');
    expect(context.policy.noticeAfterEligibility).toBe('within-2-hours');
    expect(context.localPolicy).toEqual(LOCAL);
  });

  it('does read the date in the custodian’s time zone, on each side of 2025-12-01 (default reading)', () => {
    // 2025-12-01T04:30Z is Sun 2025-11-30 23:30 EST in New York: still November, no HB 318.
    const lateNov = ncFacts({ jurisdiction: 'us-nc' }, '2025-11-28', '2025-12-01T04:30:00Z');
    expect(lateNov.lawApplied.at(-1)?.date).toBe('2025-11-30');
    expect(lateNov.eligibilityNotice).toBeNull();
    // 2025-12-01T05:00Z is Mon 2025-12-01 00:00 EST: HB 318 applies; due 02:00 EST = 07:00 UTC.
    const firstDec = ncFacts({ jurisdiction: 'us-nc' }, '2025-11-28', '2025-12-01T05:00:00Z');
    expect(firstDec.lawApplied.at(-1)?.date).toBe('2025-12-01');
    expect(firstDec.eligibilityNotice?.dueAt).toBe('2025-12-01T07:00:00.000Z');
  });

  it('does apply the Oct-1 reading on each side of 2025-10-01', () => {
    // 2025-10-01T03:59Z is 2025-09-30 23:59 EDT; 2025-10-01T04:00Z is 2025-10-01 00:00 EDT.
    const spec = { jurisdiction: 'us-nc', options: [OCT_1] };
    expect(ncFacts(spec, '2025-09-29', '2025-10-01T03:59:00Z').eligibilityNotice).toBeNull();
    // Due 2025-10-01 02:00 EDT = 06:00 UTC.
    expect(ncFacts(spec, '2025-09-29', '2025-10-01T04:00:00Z').eligibilityNotice?.dueAt).toBe(
      '2025-10-01T06:00:00.000Z',
    );
  });

  it('does leave a case without law as it was, with no law recorded', () => {
    const context = ncFacts(undefined, '2025-12-02', '2025-12-05T15:00:00-05:00');
    expect(context.law).toBeNull();
    expect(context.localPolicy).toBeNull();
    expect(context.lawApplied).toEqual([]);
    expect(context.policy).toEqual(LOCAL);
    expect(context.eligibilityNotice).toBeNull();
  });

  it('does let state law over a local policy decide: California SB 54 declines the hold of a cooperating county', () => {
    // DOMAIN.md §9: California SB 54 / Gov. Code 7284.6 forbids holds on detainers [ca-gov-7284.6].
    const context = ncFacts({ jurisdiction: 'us-ca' }, '2025-06-02', '2025-06-05T15:00:00-04:00');
    expect(context.decision?.hold.allowed).toBe(false);
    expect(context.lawApplied[0]?.decidedByLaw.find((s) => s.switch === 'hold')?.layerId).toBe('us-ca/sb54-2018');
    expect(context.outcome?.code).toBe('released-hold-declined');
  });

  it('does restore a saved case with law, and one saved before cases carried law', () => {
    const c = lawCase({ jurisdiction: 'us-nc', options: [OCT_1] }, '2025-09-30T09:00:00-04:00');
    c.send({ type: 'DETAINER_LODGED', at: '2025-09-30T10:00:00-04:00', detainer: I247A_ADMIN });
    c.send({ type: 'DETAINER_SERVED', at: '2025-09-30T11:00:00-04:00' });
    c.send({ type: 'RELEASE_ELIGIBLE', at: '2025-10-02T15:00:00-04:00', reason: 'bond-posted' });
    const saved = JSON.parse(JSON.stringify(c.actor.getPersistedSnapshot()));
    const restored = restoreDetainerActor(saved).start();
    expect(restored.getSnapshot().context.lawApplied).toHaveLength(3);
    const old = lawCase(undefined, '2025-09-30T09:00:00-04:00');
    old.send({ type: 'DETAINER_LODGED', at: '2025-09-30T10:00:00-04:00', detainer: I247A_ADMIN });
    const legacy = JSON.parse(JSON.stringify(old.actor.getPersistedSnapshot()));
    delete legacy.context.law;
    delete legacy.context.localPolicy;
    delete legacy.context.lawApplied;
    const back = restoreDetainerActor(legacy).start().getSnapshot().context;
    expect([back.law, back.localPolicy, back.lawApplied]).toEqual([null, null, []]);
  });
});

describe('property: a case with law equals the case decided under resolveLaw’s policy at its instant', () => {
  const JURISDICTIONS = ['federal', 'us-nc', 'us-ca', 'us-tx', 'us-il', 'us-fl', 'us-ga', 'us-ma'] as const;
  const DAY_MS = 86_400_000;
  const START = toEpochMs('2014-01-01T12:00:00Z');
  const END = toEpochMs('2026-06-01T12:00:00Z');
  const dateOf = (ms: number) => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 10);

  it('does give the same decision, hold and notices when no effective date falls inside the case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...JURISDICTIONS),
        fc.integer({ min: 0, max: Math.floor((END - START) / DAY_MS) }),
        fc.integer({ min: 1, max: 72 }),
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom('full-cooperation', 'notify-only', 'decline-all', 'judicial-warrant-required'),
        (jurisdiction, day, lodgeHours, eligibleHours, preset) => {
          const booked = START + day * DAY_MS;
          const lodged = booked + lodgeHours * 3_600_000;
          const eligible = lodged + eligibleHours * 3_600_000;
          const first = dateOf(booked);
          const last = dateOf(eligible + 3 * DAY_MS);
          const layers = getJurisdiction(jurisdiction)?.layers ?? [];
          const boundaries = layers.flatMap((l) => [l.effectiveFrom, l.effectiveUntil ?? '']).filter(Boolean);
          fc.pre(!boundaries.some((d) => d > first && d <= last));
          const local = getPolicyPreset(preset);
          const iso = (ms: number) => new Date(ms).toISOString();
          const play = (law: CaseLawSpecInput | undefined, policy: JurisdictionPolicy) => {
            const c = lawCase(law, iso(booked), policy);
            c.send({ type: 'DETAINER_LODGED', at: iso(lodged), detainer: I247A_ADMIN });
            c.send({ type: 'DETAINER_SERVED', at: iso(lodged + 60_000) });
            c.send({ type: 'RELEASE_ELIGIBLE', at: iso(eligible), reason: 'bond-posted' });
            const { decision, hold, eligibilityNotice, stateJudicialOrder, outcome } = c.actor.getSnapshot().context;
            return { decision, hold, eligibilityNotice, stateJudicialOrder, outcome };
          };
          const resolved = resolveLaw({ jurisdiction, asOf: dateOf(lodged), local }).policy;
          expect(play({ jurisdiction }, local)).toEqual(play(undefined, resolved));
        },
      ),
      { numRuns: runs(60) },
    );
  });
});

describe('the machine reads only an expanded law spec (it never imports the jurisdiction library)', () => {
  it('does reject a spec not expanded with expandCaseLaw, naming law.library and how to fix it', () => {
    const input = {
      bookedAt: '2025-10-02T09:00:00-04:00',
      custodian: NY_JAIL,
      policy: LOCAL,
      law: { jurisdiction: 'us-nc' },
    };
    expect(() => createDetainerActor(input as never)).toThrow(/law\.library.*expandCaseLaw/s);
  });

  it('does expand a jurisdiction into its library layers, federal floor first, and leave an expanded spec as it is', () => {
    const law = expandCaseLaw({ jurisdiction: 'us-nc', options: [OCT_1] });
    expect(law.library.layers.map((l) => l.id)).toEqual(getJurisdiction('us-nc')?.layers.map((l) => l.id));
    expect(law.library.layers[0]?.jurisdiction).toBe('federal');
    expect(expandCaseLaw(law)).toEqual(law);
    expect(expandCaseLaw({}).library.name).toBe('Federal floor');
    expect(() => expandCaseLaw({ jurisdiction: 'us-zz' })).toThrow(/jurisdiction.*not in the library/);
  });
});
