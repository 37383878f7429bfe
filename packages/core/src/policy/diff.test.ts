import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OffenseCategorySchema } from '../detainer/vocabulary.js';
import {
  describeAccess,
  describeCountingRule,
  describeHoldSwitch,
  describeNotifySwitch,
  describeOffenseCategory,
  describeStateLaw,
  diffPolicies,
  POLICY_FIELD_LABELS,
  POLICY_SWITCH_FIELDS,
} from './diff.js';
import { POLICY_PRESET_IDS, POLICY_PRESETS } from './presets.js';
import {
  AccessSwitchSchema,
  HoldSwitchSchema,
  type JurisdictionPolicy,
  JurisdictionPolicySchema,
  NotifySwitchSchema,
  PolicyCountingRuleSchema,
  StateLawSchema,
  TransferSwitchSchema,
} from './schema.js';

const fields = (a: JurisdictionPolicy, b: JurisdictionPolicy) => diffPolicies(a, b).map((d) => d.field);

describe('diffPolicies', () => {
  it('does find no difference between a policy and itself', () => {
    for (const id of POLICY_PRESET_IDS) expect(diffPolicies(POLICY_PRESETS[id], POLICY_PRESETS[id])).toEqual([]);
  });

  it('does ignore name, description, citations and the order of listed offenses', () => {
    const a = POLICY_PRESETS['limited-by-offense'];
    const b: JurisdictionPolicy = {
      ...a,
      name: 'Other',
      description: 'Other words',
      citations: ['lunn-2017'],
      listedOffenses: [...a.listedOffenses].reverse(),
    };
    expect(diffPolicies(a, b)).toEqual([]);
  });

  it('does describe a change in plain language', () => {
    expect(diffPolicies(POLICY_PRESETS['full-cooperation'], POLICY_PRESETS['judicial-warrant-required'])).toEqual([
      {
        field: 'hold',
        a: 'always',
        b: 'judicial-warrant',
        text: 'Hold requests: honored always → only with a judicial warrant',
      },
    ]);
    const lunn = diffPolicies(POLICY_PRESETS['full-cooperation'], POLICY_PRESETS['no-state-authority']);
    expect(lunn.map((d) => d.text)).toEqual([
      'State law: silent (local policy decides) → no authority to hold on a civil detainer',
    ]);
  });

  it('does list listed offenses, access, transfer and notice as they change', () => {
    const d = diffPolicies(POLICY_PRESETS['full-cooperation'], POLICY_PRESETS['limited-by-offense']);
    expect(d.map((x) => x.field)).toEqual(['hold', 'notify', 'listedOffenses', 'transferAtRelease']);
    expect(d[2]?.text).toBe('Listed offenses: none → serious or violent felony, listed conviction');
    expect(d[3]?.text).toBe(
      'Transfer at release: hands the person to DHS at release when DHS is present → hands the person to DHS at release, when DHS is present, only for listed offenses',
    );
    const e = diffPolicies(POLICY_PRESETS['notify-only'], POLICY_PRESETS['decline-all']);
    expect(e.map((x) => x.text)).toEqual(['Notice of release: given always (when requested) → never given']);
  });

  it('does compare every switch of the schema except name, description and citations', () => {
    const keys = Object.keys(JurisdictionPolicySchema.shape).filter(
      (k) => !['name', 'description', 'citations'].includes(k),
    );
    expect([...POLICY_SWITCH_FIELDS].sort()).toEqual(keys.sort());
    const base = POLICY_PRESETS['full-cooperation'];
    const changed: JurisdictionPolicy = {
      ...base,
      stateLaw: 'mandated-compliance',
      hold: 'never',
      notify: 'never',
      listedOffenses: ['misdemeanor'],
      access: 'refused',
      transferAtRelease: 'never',
      countingRule: 'calendar',
      rejectDatabaseOnlyBasis: true,
      requireNeutralReview: true,
      noticeAfterEligibility: 'within-2-hours',
      stateJudicialOrder: 'required',
      holdLimit: 'calendar-48h-unless-judicial-warrant',
      agreement287g: 'warrant-service-officer',
      warrantServiceOutsideNoAuthority: true,
      informPersonOfRequest: true,
      adviseRightsBeforeInterview: true,
      transferBeforeRelease: true,
    };
    expect(fields(base, changed)).toEqual([...POLICY_SWITCH_FIELDS]);
  });

  it('does name the same fields both ways for every pair of presets, with a and b swapped', () => {
    for (const x of POLICY_PRESET_IDS) {
      for (const y of POLICY_PRESET_IDS) {
        const ab = diffPolicies(POLICY_PRESETS[x], POLICY_PRESETS[y]);
        const ba = diffPolicies(POLICY_PRESETS[y], POLICY_PRESETS[x]);
        expect(ab.map((d) => d.field)).toEqual(ba.map((d) => d.field));
        ab.forEach((d, i) => {
          expect(ba[i]?.a).toEqual(d.b);
          expect(ba[i]?.b).toEqual(d.a);
        });
        if (x !== y) expect(ab.length).toBeGreaterThan(0);
      }
    }
  });

  it('does name the same fields both ways for random policies (property)', () => {
    const policyArb = fc
      .record({
        name: fc.string({ minLength: 1, maxLength: 10 }).filter((s) => s.trim().length > 0),
        hold: fc.constantFrom(...HoldSwitchSchema.options),
        notify: fc.constantFrom(...NotifySwitchSchema.options),
        listedOffenses: fc.uniqueArray(fc.constantFrom(...OffenseCategorySchema.options), {
          minLength: 1,
          maxLength: 5,
        }),
        access: fc.constantFrom(...AccessSwitchSchema.options),
        transferAtRelease: fc.constantFrom(...TransferSwitchSchema.options),
        countingRule: fc.constantFrom(...PolicyCountingRuleSchema.options),
        rejectDatabaseOnlyBasis: fc.boolean(),
        stateLaw: fc.constantFrom(...StateLawSchema.options),
      })
      .map((p) => JurisdictionPolicySchema.parse(p));
    fc.assert(
      fc.property(policyArb, policyArb, (a, b) => {
        expect(fields(a, b)).toEqual(fields(b, a));
        expect(diffPolicies(a, { ...a, name: 'x' })).toEqual([]);
        for (const d of diffPolicies(a, b))
          expect(d.text.startsWith(`${POLICY_FIELD_LABELS[d.field as keyof typeof POLICY_FIELD_LABELS]}: `)).toBe(true);
      }),
    );
  });
});

describe('describe… labels', () => {
  it('does label every value of every switch, each label distinct', () => {
    const check = <T extends string>(values: readonly T[], fn: (v: T) => string) => {
      const labels = values.map(fn);
      for (const l of labels) expect(l.length).toBeGreaterThan(0);
      expect(new Set(labels).size).toBe(values.length);
    };
    check(HoldSwitchSchema.options, describeHoldSwitch);
    check(NotifySwitchSchema.options, describeNotifySwitch);
    check(StateLawSchema.options, describeStateLaw);
    check(AccessSwitchSchema.options, describeAccess);
    check(PolicyCountingRuleSchema.options, describeCountingRule);
    check(OffenseCategorySchema.options, describeOffenseCategory);
  });
});
