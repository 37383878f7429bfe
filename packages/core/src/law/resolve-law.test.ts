import { describe, expect, it } from 'vitest';
import { DetainerSchema } from '../detainer/detainer.js';
import { SubjectSchema } from '../detainer/index.js';
import { resolveDecision } from '../policy/resolve-decision.js';
import { diffResolvedLaw } from './diff.js';
import { resolveLaw } from './resolve-law.js';

const detainer = DetainerSchema.parse({
  form: 'I-247A',
  requests: { notice: true, hold: true },
  basis: ['pending-proceedings'],
  warrant: 'I-200',
});
const subject = SubjectSchema.parse({});

describe('resolveLaw: North Carolina HB 318 (DOMAIN.md §8, §9)', () => {
  // HB 318: "48 hours from when the person would otherwise be released (no weekend exclusion)" and "notify ICE
  // within two hours". The date is uncertain: news Oct 1, 2025; digest Dec 1, 2025. By default the layer applies
  // from Dec 1, 2025 (where both agree); the news reading is the option "us-nc/hb318-2025-from-oct-1".
  it('does apply HB 318 from 2025-12-01 by default, not on 2025-11-30', () => {
    const before = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-11-30' });
    expect(before.policy.countingRule).toBe('by-form');
    expect(before.policy.noticeAfterEligibility).toBe('none');
    expect(before.notApplied).toContainEqual(
      expect.objectContaining({
        why: 'not-yet-in-force',
        layer: expect.objectContaining({ layerId: 'us-nc/hb318-2025' }),
      }),
    );
    const after = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-12-01' });
    expect(after.policy.countingRule).toBe('calendar');
    expect(after.policy.noticeAfterEligibility).toBe('within-2-hours');
    expect(after.switches.noticeAfterEligibility?.decidedBy).toMatchObject({
      layerId: 'us-nc/hb318-2025',
      via: 'lock',
      effectiveFrom: '2025-12-01',
      status: 'secondary',
      citations: ['nc-hb318-2025'],
    });
    // The federal floor and the local preset said "none": both are overridden by the lock.
    expect(after.switches.noticeAfterEligibility?.overridden).toEqual([
      { layerId: 'federal/cfr-287.7', value: 'none', by: 'us-nc/hb318-2025' },
      { layerId: 'local/full-cooperation', value: 'none', by: 'us-nc/hb318-2025' },
    ]);
  });

  it('does show the change between 2025-09-30 and 2025-10-02 under the news reading (an option)', () => {
    const options = ['us-nc/hb318-2025-from-oct-1'];
    const sept = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-09-30', options });
    const oct = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-10-02', options });
    expect(sept.policy.noticeAfterEligibility).toBe('none');
    expect(oct.policy.noticeAfterEligibility).toBe('within-2-hours');
    expect(oct.switches.countingRule?.decidedBy.layerId).toBe('us-nc/hb318-2025-from-oct-1');
    expect(oct.switches.countingRule?.decidedBy.status).toBe('unverified');
    // Without the option, 2025-10-02 is still the old law, and the option is listed as off.
    const plain = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-10-02' });
    expect(plain.policy.noticeAfterEligibility).toBe('none');
    expect(plain.notApplied).toContainEqual(
      expect.objectContaining({
        why: 'option-off',
        layer: expect.objectContaining({ layerId: 'us-nc/hb318-2025-from-oct-1' }),
      }),
    );
  });

  it('does require the state judicial order from 2024-12-01 (HB 10), locked, and lists its mechanics', () => {
    const before = resolveLaw({ jurisdiction: 'us-nc', asOf: '2024-11-30' });
    const after = resolveLaw({ jurisdiction: 'us-nc', asOf: '2024-12-01' });
    expect(before.mechanics.some((m) => m.layerId === 'us-nc/hb10-2024')).toBe(false);
    expect(before.policy.stateJudicialOrder).toBe('not-required');
    expect(after.mechanics.some((m) => m.layerId === 'us-nc/hb10-2024' && /judicial official/.test(m.text))).toBe(true);
    expect(after.policy.stateJudicialOrder).toBe('required');
    expect(after.switches.stateJudicialOrder?.decidedBy.layerId).toBe('us-nc/hb10-2024');
    expect(after.switches.stateJudicialOrder?.locked?.bound).toBe('exactly');
    // Nothing else changes on that day.
    expect(after.policy).toEqual({
      ...before.policy,
      name: after.policy.name,
      description: after.policy.description,
      citations: after.policy.citations,
      stateJudicialOrder: 'required',
    });
  });
});

describe('resolveLaw: the mechanics added in issue #11 are set by their layers', () => {
  it('does cap a Georgia hold at 48 hours only with the unverified as-introduced reading turned on', () => {
    const asOf = '2025-03-01';
    expect(resolveLaw({ jurisdiction: 'us-ga', asOf }).policy.holdLimit).toBe('by-counting-rule');
    const capped = resolveLaw({ jurisdiction: 'us-ga', asOf, options: ['us-ga/hb1105-2024-48h-cap'] });
    expect(capped.policy.holdLimit).toBe('calendar-48h-unless-judicial-warrant');
    expect(capped.switches.holdLimit?.decidedBy.status).toBe('unverified');
    // Before Jul 1, 2024 the reading is not in force even when turned on.
    const early = resolveLaw({ jurisdiction: 'us-ga', asOf: '2024-06-30', options: ['us-ga/hb1105-2024-48h-cap'] });
    expect(early.policy.holdLimit).toBe('by-counting-rule');
  });
  it('does set the 287(g) model from an agreement layer, over the local policy, and the WSO reading only as an option', () => {
    const asOf = '2025-06-01';
    const none = resolveLaw({ jurisdiction: 'federal', asOf, local: 'full-cooperation' });
    expect(none.policy.agreement287g).toBe('none');
    const jem = resolveLaw({
      jurisdiction: 'federal',
      asOf,
      local: 'full-cooperation',
      options: ['287g/jail-enforcement-model'],
    });
    expect(jem.policy.agreement287g).toBe('jail-enforcement-model');
    const wso = resolveLaw({
      jurisdiction: 'us-ma',
      asOf,
      local: 'full-cooperation',
      options: ['287g/warrant-service-officer', '287g/warrant-service-outside-no-authority'],
    });
    expect(wso.policy.agreement287g).toBe('warrant-service-officer');
    expect(wso.policy.warrantServiceOutsideNoAuthority).toBe(true);
    expect(wso.switches.warrantServiceOutsideNoAuthority?.decidedBy.status).toBe('unverified');
    expect(
      resolveLaw({ jurisdiction: 'us-ma', asOf, local: 'full-cooperation' }).policy.warrantServiceOutsideNoAuthority,
    ).toBe(false);
  });
});

describe('resolveLaw: Texas SB 4 over a local policy', () => {
  it('does lock stateLaw to mandated compliance over a declining county’s policy, and the decision honors the hold', () => {
    const law = resolveLaw({ jurisdiction: 'us-tx', asOf: '2024-06-01', local: 'decline-all' });
    expect(law.policy.stateLaw).toBe('mandated-compliance');
    expect(law.policy.hold).toBe('never'); // the local switch stays; the state layer decides at the decision
    expect(law.switches.stateLaw?.locked).toMatchObject({ layerId: 'us-tx/sb4-2017', bound: 'exactly' });
    expect(law.switches.stateLaw?.overridden).toEqual([
      { layerId: 'federal/cfr-287.7', value: 'none', by: 'us-tx/sb4-2017' },
      { layerId: 'local/decline-all', value: 'none', by: 'us-tx/sb4-2017' },
    ]);
    const d = resolveDecision({ policy: law.policy, detainer, subject });
    expect(d.disposition).toBe('honor-hold');
  });

  it('does leave a willing county’s switches to the county, with SB 4 deciding only stateLaw', () => {
    const law = resolveLaw({ jurisdiction: 'us-tx', asOf: '2024-06-01', local: 'full-cooperation' });
    expect(law.switches.hold?.decidedBy.layerId).toBe('local/full-cooperation');
    expect(law.switches.stateLaw?.decidedBy.layerId).toBe('us-tx/sb4-2017');
    expect(law.switches.hold?.locked).toBeNull();
    expect(law.switches.hold?.overridden).toEqual([]);
  });

  it('does record SB 8 from 2026-01-01 and its compliance date 2026-12-01 as mechanics', () => {
    const dec2025 = resolveLaw({ jurisdiction: 'us-tx', asOf: '2025-12-31' });
    const jan2026 = resolveLaw({ jurisdiction: 'us-tx', asOf: '2026-01-01' });
    const dec2026 = resolveLaw({ jurisdiction: 'us-tx', asOf: '2026-12-01' });
    expect(dec2025.inForce.map((l) => l.layerId)).not.toContain('us-tx/sb8-2025');
    expect(jan2026.inForce.map((l) => l.layerId)).toContain('us-tx/sb8-2025');
    expect(jan2026.inForce.map((l) => l.layerId)).not.toContain('us-tx/sb8-2025-compliance');
    expect(dec2026.inForce.map((l) => l.layerId)).toContain('us-tx/sb8-2025-compliance');
  });
});

describe('resolveLaw: California locks notice and transfer', () => {
  it('does bound a full-cooperation county: no hold, notice and transfer only for listed offenses', () => {
    const law = resolveLaw({ jurisdiction: 'us-ca', asOf: '2018-01-01', local: 'full-cooperation' });
    expect(law.policy).toMatchObject({
      hold: 'never',
      notify: 'listed-offenses',
      transferAtRelease: 'listed-offenses',
      listedOffenses: ['serious-or-violent-felony', 'listed-conviction'],
      access: 'allowed',
    });
    expect(law.switches.notify?.locked).toMatchObject({ layerId: 'us-ca/sb54-2018', bound: 'at-most' });
    expect(law.switches.notify?.locked?.reason).toMatch(/7284\.6/);
    expect(law.switches.transferAtRelease?.decidedBy).toMatchObject({ layerId: 'us-ca/sb54-2018', via: 'lock' });
    expect(law.problems).toEqual([]);
  });

  it('does leave a stricter county’s choice in place (at-most bounds, not fixes)', () => {
    const law = resolveLaw({ jurisdiction: 'us-ca', asOf: '2020-01-01', local: 'decline-all' });
    expect(law.policy.notify).toBe('never');
    expect(law.switches.notify?.decidedBy.layerId).toBe('local/decline-all');
    expect(law.switches.notify?.locked?.layerId).toBe('us-ca/sb54-2018');
  });

  it('does apply the local policy the day before SB 54 (2017-12-31)', () => {
    const law = resolveLaw({ jurisdiction: 'us-ca', asOf: '2017-12-31', local: 'full-cooperation' });
    expect(law.policy).toMatchObject({ hold: 'always', notify: 'always', transferAtRelease: 'always' });
  });

  it('does read in the judicial-warrant exception only as an option, which replaces the base layer', () => {
    const law = resolveLaw({
      jurisdiction: 'us-ca',
      asOf: '2020-01-01',
      options: ['us-ca/sb54-2018-judicial-warrant'],
    });
    expect(law.policy.hold).toBe('judicial-warrant');
    expect(law.notApplied).toContainEqual(
      expect.objectContaining({ why: 'replaced', by: 'us-ca/sb54-2018-judicial-warrant' }),
    );
  });
});

describe('resolveLaw: other states', () => {
  it('does raise a declining Florida county to honoring holds and notice from 2019-07-01', () => {
    const before = resolveLaw({ jurisdiction: 'us-fl', asOf: '2019-06-30', local: 'decline-all' });
    const after = resolveLaw({ jurisdiction: 'us-fl', asOf: '2019-07-01', local: 'decline-all' });
    expect([before.policy.hold, before.policy.notify]).toEqual(['never', 'never']);
    expect([after.policy.hold, after.policy.notify]).toEqual(['always', 'always']);
    expect(after.switches.hold?.locked?.bound).toBe('at-least');
  });

  it('does bar notice in Illinois from the 2021 amendment, not before', () => {
    expect(resolveLaw({ jurisdiction: 'us-il', asOf: '2020-12-31' }).policy.notify).toBe('always');
    expect(resolveLaw({ jurisdiction: 'us-il', asOf: '2021-01-01' }).policy.notify).toBe('barred');
    expect(resolveLaw({ jurisdiction: 'us-il', asOf: '2020-12-31' }).policy.hold).toBe('never');
  });

  it('does give no authority to hold in Massachusetts (Lunn) and Montana (Ramon, from 2020-03-25)', () => {
    expect(resolveLaw({ jurisdiction: 'us-ma', asOf: '2018-01-01' }).policy.stateLaw).toBe('no-authority-to-hold');
    expect(resolveLaw({ jurisdiction: 'us-mt', asOf: '2020-03-24' }).policy.stateLaw).toBe('none');
    const mt = resolveLaw({ jurisdiction: 'us-mt', asOf: '2020-03-25' });
    expect([mt.policy.stateLaw, mt.policy.hold]).toEqual(['no-authority-to-hold', 'judicial-warrant']);
  });

  it('does turn on the Gonzalez settlement only as an option, within its five years', () => {
    const off = resolveLaw({ jurisdiction: 'federal', asOf: '2026-01-01' });
    expect(off.policy.requireNeutralReview).toBe(false);
    const on = (asOf: string) =>
      resolveLaw({ jurisdiction: 'federal', asOf, options: ['settlement/gonzalez-2025'] }).policy.requireNeutralReview;
    expect([on('2025-03-03'), on('2025-03-04'), on('2030-03-03'), on('2030-03-04')]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('does say when the local policy was defaulted, and takes a partial set of switches', () => {
    expect(resolveLaw({ asOf: '2020-01-01' }).localDefaulted).toBe(true);
    const law = resolveLaw({
      asOf: '2020-01-01',
      local: { hold: 'never', notify: 'always', access: 'refused', transferAtRelease: 'never' },
    });
    expect(law.localDefaulted).toBe(false);
    expect(law.policy).toMatchObject({ hold: 'never', notify: 'always', countingRule: 'by-form' });
    expect(law.switches.countingRule?.decidedBy.layerId).toBe('federal/cfr-287.7');
  });

  it('does refuse bad input, naming the field', () => {
    expect(() => resolveLaw({ jurisdiction: 'us-zz', asOf: '2020-01-01' })).toThrow(
      /jurisdiction: "us-zz" is not in the library/,
    );
    expect(() => resolveLaw({ asOf: '2020-02-30' })).toThrow(/asOf/);
    expect(() => resolveLaw({ asOf: '2020-01-01', options: [3] } as never)).toThrow(/options/);
  });
});

describe('diffResolvedLaw', () => {
  it('does explain the HB 318 change on 2025-12-01: two switches and one layer entering force', () => {
    const d = diffResolvedLaw(
      resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-11-30' }),
      resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-12-01' }),
    );
    expect(d.switches.map((c) => c.switch)).toEqual(['countingRule', 'noticeAfterEligibility']);
    expect(d.switches[1]?.text).toBe(
      'noticeAfterEligibility: "none" (local/full-cooperation, set, from 2000-01-01, secondary) → "within-2-hours" (us-nc/hb318-2025, locked, from 2025-12-01, secondary)',
    );
    expect(d.entered.map((l) => l.layerId)).toEqual(['us-nc/hb318-2025']);
    expect(d.left).toEqual([]);
  });

  it('does find nothing between two days with the same law', () => {
    const a = resolveLaw({ jurisdiction: 'us-ca', asOf: '2019-01-01' });
    const b = resolveLaw({ jurisdiction: 'us-ca', asOf: '2019-06-01' });
    expect(diffResolvedLaw(a, b)).toEqual({ switches: [], entered: [], left: [] });
  });
});

describe('resolveLaw: what each remaining state layer changes (DOMAIN.md §9)', () => {
  // Each row: jurisdiction, a date the layer is in force, the local preset, and the switches DOMAIN.md's words imply.
  it.each([
    // Iowa ch. 27A (Jul 1, 2018): "fully comply with any instruction made in the detainer request".
    ['us-ia', '2018-07-01', 'decline-all', { hold: 'always', notify: 'always', transferAtRelease: 'always' }],
    // Georgia HB 1105 (Jul 1, 2024 reading): jailers must honor detainers.
    ['us-ga', '2024-07-01', 'decline-all', { hold: 'always', notify: 'always', transferAtRelease: 'never' }],
    // Washington (2019): no hold without a court order from a judge.
    ['us-wa', '2019-01-01', 'full-cooperation', { hold: 'judicial-warrant', notify: 'always' }],
    // Colorado (2019, 2025): no hold on a civil detainer; no delay of release.
    ['us-co', '2019-01-01', 'full-cooperation', { hold: 'judicial-warrant', access: 'allowed' }],
    ['us-co', '2025-01-01', 'full-cooperation', { hold: 'judicial-warrant' }],
    // Oregon (Jul 19, 2021): no information about people in custody to ICE.
    ['us-or', '2021-07-19', 'full-cooperation', { notify: 'barred', hold: 'always' }],
    // New Jersey (Nov 29, 2018): holds only for violent or serious offenses (or with a judicial warrant).
    [
      'us-nj',
      '2018-11-29',
      'full-cooperation',
      { hold: 'listed-offenses', listedOffenses: ['serious-or-violent-felony'] },
    ],
    // New York: the Protect Our Courts Act is about courthouse arrests (mechanics only); EO 170.1 is an option.
    ['us-ny', '2021-01-01', 'full-cooperation', { hold: 'always', notify: 'always' }],
  ] as const)('does resolve %s on %s over a %s local policy', (jurisdiction, asOf, local, expected) => {
    const law = resolveLaw({ jurisdiction, asOf, local });
    expect(law.policy).toMatchObject(expected);
    expect(law.problems).toEqual([]);
  });

  it('does let a stricter Washington county decline holds: at-most is a ceiling, not a floor', () => {
    const law = resolveLaw({ jurisdiction: 'us-wa', asOf: '2020-01-01', local: 'decline-all' });
    expect(law.policy.hold).toBe('never');
    expect(law.switches.hold?.decidedBy.layerId).toBe('local/decline-all');
  });

  it('does give a New Jersey hold only for a listed offense, in the decision', () => {
    const law = resolveLaw({ jurisdiction: 'us-nj', asOf: '2020-01-01', local: 'full-cooperation' });
    const held = (offenses: ('serious-or-violent-felony' | 'misdemeanor')[]) =>
      resolveDecision({ policy: law.policy, detainer, subject: SubjectSchema.parse({ offenses }) }).hold.allowed;
    expect([held(['serious-or-violent-felony']), held(['misdemeanor'])]).toEqual([true, false]);
  });

  it('does turn on New York EO 170.1 only as an option (operative text unverified)', () => {
    const on = resolveLaw({ jurisdiction: 'us-ny', asOf: '2021-01-01', options: ['us-ny/eo-170.1'] });
    expect(on.policy.hold).toBe('judicial-warrant');
    expect(on.switches.hold?.decidedBy.status).toBe('unverified');
  });

  it('does bar notice in Illinois in the decision: notice is not allowed even when asked', () => {
    const law = resolveLaw({ jurisdiction: 'us-il', asOf: '2022-01-01', local: 'full-cooperation' });
    const d = resolveDecision({ policy: law.policy, detainer, subject });
    expect([d.disposition, d.notice.allowed, d.transferAtRelease]).toEqual(['decline', false, false]);
  });

  it('does list the Laken Riley Act from 2025-01-29 as a DHS duty that changes no custodian switch', () => {
    const before = resolveLaw({ jurisdiction: 'federal', asOf: '2025-01-28' });
    const after = resolveLaw({ jurisdiction: 'federal', asOf: '2025-01-29' });
    expect(after.inForce.map((l) => l.layerId)).toContain('federal/laken-riley-2025');
    expect(after.policy).toEqual({
      ...before.policy,
      name: after.policy.name,
      description: after.policy.description,
      citations: after.policy.citations,
    });
  });
});
