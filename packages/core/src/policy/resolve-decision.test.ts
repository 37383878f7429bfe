import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../../test-support/fast-check.js';
import { isCitationId } from '../citations.js';
import { resolveCountingRule } from '../clock/counting-rule.js';
import { type Detainer, type DetainerInput, DetainerSchema } from '../detainer/detainer.js';
import { ProofOfStatusSchema, type Subject, type SubjectInput, SubjectSchema } from '../detainer/subject.js';
import {
  DetainerFormSchema,
  OffenseCategorySchema,
  ProbableCauseBasisSchema,
  WarrantSchema,
} from '../detainer/vocabulary.js';
import { getPolicyPreset } from './presets.js';
import { DECISION_REASON_CODES, DECISION_REASONS, isDatabaseOnlyBasis, resolveDecision } from './resolve-decision.js';
import {
  AccessSwitchSchema,
  HoldSwitchSchema,
  type JurisdictionPolicy,
  type JurisdictionPolicyInput,
  JurisdictionPolicySchema,
  NotifySwitchSchema,
  PolicyCountingRuleSchema,
  StateLawSchema,
  TransferSwitchSchema,
} from './schema.js';

const BASE_POLICY: JurisdictionPolicyInput = {
  name: 'Test',
  hold: 'always',
  notify: 'always',
  access: 'allowed',
  transferAtRelease: true,
};
const policy = (over: Partial<JurisdictionPolicyInput> = {}): JurisdictionPolicy =>
  JurisdictionPolicySchema.parse({ ...BASE_POLICY, ...over });
const detainer = (over: Partial<DetainerInput> = {}): Detainer =>
  DetainerSchema.parse({
    form: 'I-247A',
    requests: { notice: true, hold: true },
    basis: ['pending-proceedings'],
    warrant: 'I-200',
    ...over,
  });
const subject = (over: SubjectInput = {}): Subject => SubjectSchema.parse(over);

const decide = (p: JurisdictionPolicy, d: Detainer = detainer(), s: Subject = subject()) =>
  resolveDecision({ policy: p, detainer: d, subject: s });
const codes = (d: ReturnType<typeof decide>) => d.reasons.map((r) => r.code);
const R_TEXT = (code: keyof typeof DECISION_REASONS) => DECISION_REASONS[code].text;

describe('resolveDecision', () => {
  it('does start with the reason that a detainer is a request, then that a hold is a new seizure', () => {
    const d = decide(policy());
    expect(d.reasons[0]).toMatchObject({
      code: 'detainer-is-request',
      layer: 'federal',
      citations: ['galarza-2014', 'cfr-287.7-a'],
    });
    expect(d.reasons[0]?.text).toMatch(/request, not a command/);
    expect(d.reasons[1]).toMatchObject({ code: 'hold-is-new-seizure', citations: ['miranda-olivares-2014'] });
  });

  it('does honor a hold under a willing county with silent state law, giving the reasons in layer order', () => {
    const d = decide(policy());
    expect(d.disposition).toBe('honor-hold');
    expect(d.hold).toEqual({ requested: true, allowed: true });
    expect(d.notice).toEqual({ requested: true, allowed: true });
    expect(codes(d)).toEqual([
      'detainer-is-request',
      'hold-is-new-seizure',
      'state-law-none',
      'local-hold-always',
      'local-notify-always',
      'local-access-allowed',
      'local-transfer-at-release',
    ]);
    expect(d.holdReason.code).toBe('local-hold-always');
    expect(d.noticeReason.code).toBe('local-notify-always');
  });

  it('does let Lunn state law override a willing county, saying so', () => {
    const d = decide(policy({ stateLaw: 'no-authority-to-hold' }));
    expect(d.hold).toEqual({ requested: true, allowed: false });
    expect(d.notice).toEqual({ requested: true, allowed: true });
    expect(d.disposition).toBe('notify-only');
    expect(d.holdReason).toMatchObject({
      code: 'state-law-no-authority-overrides-local',
      layer: 'state-law',
      citations: ['lunn-2017'],
    });
    expect(d.holdReason.text).toMatch(/overrides the local policy/);
    expect(codes(d).some((c) => c.startsWith('local-hold-'))).toBe(false);
    expect(d.noticeReason.code).toBe('local-notify-always');
  });

  it('does use the plain no-authority reason when the local policy would not have held anyway', () => {
    const d = decide(policy({ stateLaw: 'no-authority-to-hold', hold: 'never' }));
    expect(d.holdReason.code).toBe('state-law-no-authority');
    expect(d.holdReason.text).not.toMatch(/overrides/);
    const dbOnly = decide(
      policy({ stateLaw: 'no-authority-to-hold', rejectDatabaseOnlyBasis: true }),
      detainer({ basis: ['biometric-match-and-database'] }),
    );
    expect(dbOnly.holdReason.code).toBe('state-law-no-authority');
  });

  it('does let notice follow the local switch under Lunn state law', () => {
    const d = decide(policy({ stateLaw: 'no-authority-to-hold', notify: 'never' }));
    expect(d.disposition).toBe('decline');
    expect(d.noticeReason.code).toBe('local-notify-never');
  });

  it('does honor every request under a Texas-style mandate whatever the local switches say', () => {
    const d = decide(policy({ stateLaw: 'mandated-compliance', hold: 'never', notify: 'never', access: 'refused' }));
    expect(d.disposition).toBe('honor-hold');
    expect(d.hold).toEqual({ requested: true, allowed: true });
    expect(d.notice).toEqual({ requested: true, allowed: true });
    expect(d.holdReason).toMatchObject({
      code: 'state-law-mandated-compliance-overrides-local',
      layer: 'state-law',
      citations: ['tx-ccp-2.251'],
    });
    expect(d.noticeReason).toBe(d.holdReason);
    expect(d.access).toBe(false);
    expect(codes(d).some((c) => c.startsWith('local-hold-') || c.startsWith('local-notify-'))).toBe(false);
  });

  it('does use the plain mandate reason when the local policy agrees', () => {
    const d = decide(policy({ stateLaw: 'mandated-compliance' }));
    expect(d.holdReason.code).toBe('state-law-mandated-compliance');
  });

  it('does let a Texas-style mandate override a database-only refusal', () => {
    const d = decide(
      policy({ stateLaw: 'mandated-compliance', rejectDatabaseOnlyBasis: true }),
      detainer({ basis: ['biometric-match-and-database'] }),
    );
    expect(d.disposition).toBe('honor-hold');
    expect(d.holdReason.code).toBe('state-law-mandated-compliance-overrides-local');
  });

  // DOMAIN.md §5: Texas art. 2.251 mandates compliance, "exempt when the person proves citizenship or lawful
  // status" [tx-ccp-2.251]. The exemption takes the person out of the mandate; it does not itself forbid a hold, so
  // the local switches decide, and the decisive reason is the local switch's, not state law's.
  it('does let the local switches decide, not state law, for a person with proof of US citizenship', () => {
    const s = subject({ proofOfStatus: 'us-citizenship' });
    // Local policy never holds, always notifies: no hold, notice given, and the hold is the local switch's call.
    const d = decide(policy({ stateLaw: 'mandated-compliance', hold: 'never' }), detainer(), s);
    expect(d.hold).toEqual({ requested: true, allowed: false });
    expect(d.holdReason).toMatchObject({ code: 'local-hold-never', layer: 'local-policy' });
    expect(codes(d)).toContain('state-law-mandate-exempt-citizenship');
    expect(R_TEXT('state-law-mandate-exempt-citizenship')).toMatch(/mandate does not apply/);
    expect(d.disposition).toBe('notify-only');
    expect(d.noticeReason.code).toBe('local-notify-always');
    // Local policy that holds: the exempt person is held because the local policy holds, not because of the mandate.
    const held = decide(policy({ stateLaw: 'mandated-compliance', hold: 'always' }), detainer(), s);
    expect(held.disposition).toBe('honor-hold');
    expect(held.holdReason.code).toBe('local-hold-always');
    const declined = decide(policy({ stateLaw: 'mandated-compliance', hold: 'never', notify: 'never' }), detainer(), s);
    expect(declined.disposition).toBe('decline');
    expect(declined.noticeReason.code).toBe('local-notify-never');
  });

  it('does let the local switches decide for a person with proof of lawful status', () => {
    const d = decide(
      policy({ stateLaw: 'mandated-compliance', hold: 'judicial-warrant' }),
      detainer(),
      subject({ proofOfStatus: 'lawful-status' }),
    );
    expect(d.hold.allowed).toBe(false);
    expect(d.holdReason.code).toBe('local-hold-administrative-warrant');
    expect(codes(d)).toContain('state-law-mandate-exempt-lawful-status');
    expect(R_TEXT('state-law-mandate-exempt-lawful-status')).toMatch(/lawful immigration status/);
  });

  it('does not honor a hold under "judicial-warrant" when the warrant is an I-200 or I-205', () => {
    for (const warrant of ['I-200', 'I-205'] as const) {
      const d = decide(policy({ hold: 'judicial-warrant' }), detainer({ warrant }));
      expect(d.hold).toEqual({ requested: true, allowed: false });
      expect(d.disposition).toBe('notify-only');
      expect(d.holdReason).toMatchObject({
        code: 'local-hold-administrative-warrant',
        layer: 'local-policy',
        citations: ['ilrc-map-2016', 'ice-guidance-i247a'],
      });
      expect(d.holdReason.text).toMatch(/immigration officer rather than a judge/);
    }
  });

  it('does honor a hold under "judicial-warrant" when a judge signed the warrant', () => {
    const d = decide(policy({ hold: 'judicial-warrant' }), detainer({ warrant: 'judicial' }));
    expect(d.disposition).toBe('honor-hold');
    expect(d.holdReason.code).toBe('local-hold-judicial-warrant');
  });

  it('does not honor a hold under "judicial-warrant" when there is no warrant at all', () => {
    const d = decide(policy({ hold: 'judicial-warrant' }), detainer({ form: 'I-247', warrant: 'none' }));
    expect(d.hold.allowed).toBe(false);
    expect(d.holdReason.code).toBe('local-hold-no-warrant');
  });

  it('does honor a hold under "listed-offenses" only when an offense is listed', () => {
    const p = policy({ hold: 'listed-offenses', listedOffenses: ['serious-or-violent-felony'] });
    const listed = decide(p, detainer(), subject({ offenses: ['misdemeanor', 'serious-or-violent-felony'] }));
    expect(listed.disposition).toBe('honor-hold');
    expect(listed.holdReason).toMatchObject({
      code: 'local-hold-listed-offense',
      citations: ['ilrc-map-2016', 'ca-sb54-digest'],
    });
    const unlisted = decide(p, detainer(), subject({ offenses: ['misdemeanor'] }));
    expect(unlisted.hold.allowed).toBe(false);
    expect(unlisted.holdReason.code).toBe('local-hold-no-listed-offense');
    const none = decide(p, detainer(), subject());
    expect(none.hold.allowed).toBe(false);
  });

  it('does give notice under "listed-offenses" only when an offense is listed', () => {
    const p = policy({ hold: 'never', notify: 'listed-offenses', listedOffenses: ['listed-conviction'] });
    const listed = decide(p, detainer(), subject({ offenses: ['listed-conviction'] }));
    expect(listed.disposition).toBe('notify-only');
    expect(listed.noticeReason.code).toBe('local-notify-listed-offense');
    const unlisted = decide(p, detainer(), subject({ offenses: ['other-felony'] }));
    expect(unlisted.disposition).toBe('decline');
    expect(unlisted.noticeReason).toMatchObject({
      code: 'local-notify-no-listed-offense',
      citations: ['ilrc-map-2016', 'ca-sb54-digest'],
    });
  });

  it('does treat an I-247N as a notice-only request: the hold is not requested, so not allowed', () => {
    const n = detainer({ form: 'I-247N', requests: { notice: true, hold: false }, warrant: 'none' });
    const d = decide(policy(), n);
    expect(d.hold).toEqual({ requested: false, allowed: false });
    expect(d.disposition).toBe('notify-only');
    expect(d.holdReason).toMatchObject({ code: 'hold-not-requested-i247n', layer: 'detainer', citations: ['i247n'] });
    expect(codes(d)).not.toContain('hold-is-new-seizure');
    expect(decide(policy({ notify: 'never' }), n).disposition).toBe('decline');
    expect(decide(policy({ stateLaw: 'mandated-compliance' }), n).hold).toEqual({ requested: false, allowed: false });
  });

  it('does treat an I-247G as a notice-only request under the Gonzalez settlement, citing the form', () => {
    // DOMAIN.md §9: "Form I-247G: notice, no hold" [i247g-form], [gonzalez-settlement-2025].
    const d = decide(policy(), detainer({ form: 'I-247G', warrant: 'none', requests: { notice: true, hold: false } }));
    expect(d.disposition).toBe('notify-only');
    expect(d.hold).toEqual({ requested: false, allowed: false });
    expect(d.holdReason.code).toBe('hold-not-requested-i247g');
    expect(d.holdReason.citations).toEqual(['i247g-form', 'gonzalez-settlement-2025']);
  });

  it('does not honor a hold without neutral review when the policy applies the Gonzalez settlement', () => {
    // DOMAIN.md §9: "hold requests need neutral review of probable cause. Coverage is unverified: an option."
    const gonzalez = policy({ requireNeutralReview: true });
    const unreviewed = decide(gonzalez);
    expect(unreviewed.disposition).toBe('notify-only');
    expect(unreviewed.holdReason.code).toBe('federal-hold-no-neutral-review');
    expect(unreviewed.holdReason.text).toContain('unverified');
    expect(decide(gonzalez, detainer({ neutralReview: true })).disposition).toBe('honor-hold');
    expect(decide(gonzalez, detainer({ warrant: 'judicial' })).disposition).toBe('honor-hold');
    expect(codes(decide(gonzalez, detainer({ neutralReview: true })))).toContain('federal-hold-neutral-review');
    // Off by default: the same unreviewed detainer is held, and the settlement is not mentioned.
    expect(decide(policy()).disposition).toBe('honor-hold');
    expect(codes(decide(policy())).some((c) => c.startsWith('federal-hold-'))).toBe(false);
    // It binds the issuing office, so even a state mandate cannot make the unreviewed hold one to honor.
    expect(decide(policy({ requireNeutralReview: true, stateLaw: 'mandated-compliance' })).hold.allowed).toBe(false);
  });

  it('does say a hold was not requested for an I-247A asking for notice only', () => {
    const d = decide(policy(), detainer({ requests: { notice: true, hold: false } }));
    expect(d.holdReason.code).toBe('hold-not-requested');
    expect(d.hold.allowed).toBe(false);
  });

  it('does say notice was not requested for a hold-only detainer', () => {
    const d = decide(policy(), detainer({ form: 'I-247D', requests: { notice: false, hold: true }, warrant: 'none' }));
    expect(d.notice).toEqual({ requested: false, allowed: false });
    expect(d.noticeReason.code).toBe('notice-not-requested');
    expect(codes(d)).toContain('notice-not-requested');
    expect(d.disposition).toBe('honor-hold');
  });

  it('does refuse a hold on a database-only basis when the policy tests the basis', () => {
    const p = policy({ rejectDatabaseOnlyBasis: true });
    const dbOnly = decide(p, detainer({ basis: ['biometric-match-and-database'] }));
    expect(dbOnly.hold.allowed).toBe(false);
    expect(dbOnly.disposition).toBe('notify-only');
    expect(dbOnly.holdReason).toMatchObject({
      code: 'local-hold-database-only-basis',
      citations: ['gonzalez-cdcal-2020'],
    });
    const noBasis = decide(p, detainer({ basis: [] }));
    expect(noBasis.hold.allowed).toBe(false);
    expect(noBasis.holdReason.code).toBe('local-hold-no-stated-basis');
    expect(noBasis.holdReason.citations).toContain('gonzalez-cdcal-2020');
    const mixed = decide(p, detainer({ basis: ['biometric-match-and-database', 'final-order'] }));
    expect(mixed.disposition).toBe('honor-hold');
    const untested = decide(policy(), detainer({ basis: ['biometric-match-and-database'] }));
    expect(untested.disposition).toBe('honor-hold');
  });

  it('does let the hold switch speak first when it already refuses a database-only detainer', () => {
    const d = decide(
      policy({ hold: 'never', rejectDatabaseOnlyBasis: true }),
      detainer({ basis: ['biometric-match-and-database'] }),
    );
    expect(d.holdReason.code).toBe('local-hold-never');
  });

  it('does apply the database-only test after a judicial warrant or listed offense allows the hold', () => {
    const j = decide(
      policy({ hold: 'judicial-warrant', rejectDatabaseOnlyBasis: true }),
      detainer({ warrant: 'judicial', basis: ['biometric-match-and-database'] }),
    );
    expect(j.holdReason.code).toBe('local-hold-database-only-basis');
    const l = decide(
      policy({ hold: 'listed-offenses', listedOffenses: ['misdemeanor'], rejectDatabaseOnlyBasis: true }),
      detainer({ basis: [] }),
      subject({ offenses: ['misdemeanor'] }),
    );
    expect(l.holdReason.code).toBe('local-hold-no-stated-basis');
  });

  it('does bar notice and the hand-over at release when the policy follows a no-compliance law (Illinois)', () => {
    // DOMAIN.md §9: 5 ILCS 805/15, no detention "solely on the basis of any immigration detainer or civil
    // immigration warrant or otherwise comply with" one, "so notice is barred too" [il-trust-805].
    const illinois = policy({ hold: 'never', notify: 'barred', transferAtRelease: true });
    const d = decide(illinois);
    expect(d.disposition).toBe('decline');
    expect(d.notice).toEqual({ requested: true, allowed: false });
    expect(d.noticeReason.code).toBe('local-notify-barred');
    expect(d.noticeReason.citations).toEqual(['il-trust-805']);
    expect(d.transferAtRelease).toBe(false);
    expect(codes(d)).toContain('local-no-transfer-barred');
    expect(codes(d)).not.toContain('local-transfer-at-release');
    // "never" is a choice that leaves the hand-over to its own switch.
    expect(decide(policy({ hold: 'never', notify: 'never' })).transferAtRelease).toBe(true);
  });

  it('does decline when no request is honored', () => {
    const d = decide(policy({ hold: 'never', notify: 'never' }));
    expect(d.disposition).toBe('decline');
    expect(d.holdReason.code).toBe('local-hold-never');
    expect(d.noticeReason.code).toBe('local-notify-never');
  });

  it('does read access and transfer from the policy, with a reason for each', () => {
    const d = decide(policy({ access: 'refused', transferAtRelease: false }));
    expect(d.access).toBe(false);
    expect(d.transferAtRelease).toBe(false);
    expect(codes(d)).toEqual(expect.arrayContaining(['local-access-refused', 'local-no-transfer-at-release']));
    const open = decide(policy());
    expect(open.access).toBe(true);
    expect(open.transferAtRelease).toBe(true);
    expect(open.reasons.find((r) => r.code === 'local-access-allowed')?.citations).toEqual(['psp-letters-2017']);
  });

  it('does take the counting rule from resolveCountingRule for the form and the policy', () => {
    for (const form of DetainerFormSchema.options) {
      for (const rule of PolicyCountingRuleSchema.options) {
        const d = detainer(
          form === 'I-247A'
            ? { form }
            : form === 'I-247N' || form === 'I-247G'
              ? { form, warrant: 'none', requests: { notice: true, hold: false } }
              : { form, warrant: 'none' },
        );
        expect(decide(policy({ countingRule: rule }), d).countingRule).toEqual(resolveCountingRule(form, rule));
      }
    }
    expect(decide(policy()).countingRule.unverified).toBe(true);
  });

  it('does give the same decision, to the byte, for the same inputs', () => {
    const p = policy({ stateLaw: 'no-authority-to-hold' });
    expect(JSON.stringify(decide(p))).toBe(JSON.stringify(decide(p)));
  });

  it('does not change its inputs', () => {
    const p = policy({ hold: 'listed-offenses', listedOffenses: ['misdemeanor'] });
    const d = detainer();
    const s = subject({ offenses: ['misdemeanor'] });
    const before = JSON.stringify([p, d, s]);
    decide(p, d, s);
    expect(JSON.stringify([p, d, s])).toBe(before);
  });

  it('does share frozen reason objects, each keyed by its own code with registry citations', () => {
    expect(Object.keys(DECISION_REASONS).sort()).toEqual([...DECISION_REASON_CODES].sort());
    for (const [code, r] of Object.entries(DECISION_REASONS)) {
      expect(r.code).toBe(code);
      expect(Object.isFrozen(r)).toBe(true);
      expect(r.citations.length).toBeGreaterThan(0);
      for (const c of r.citations) expect(isCitationId(c)).toBe(true);
      expect(r.text).not.toMatch(/sanctuar|illegal alien|criminal alien|dangerous|unsafe/i);
    }
  });

  it('does resolve every preset for an I-247A with an administrative warrant as expected', () => {
    const expected = {
      'full-cooperation': 'honor-hold',
      'judicial-warrant-required': 'notify-only',
      'limited-by-offense': 'decline',
      'notify-only': 'notify-only',
      'decline-all': 'decline',
      'no-state-authority': 'notify-only',
      'state-mandated-compliance': 'honor-hold',
    } as const;
    for (const [id, disposition] of Object.entries(expected) as [keyof typeof expected, string][]) {
      expect([id, decide(getPolicyPreset(id)).disposition]).toEqual([id, disposition]);
    }
    const felony = decide(
      getPolicyPreset('limited-by-offense'),
      detainer(),
      subject({ offenses: ['serious-or-violent-felony'] }),
    );
    expect(felony.disposition).toBe('notify-only');
  });
});

describe('isDatabaseOnlyBasis', () => {
  it('does accept only a biometric-match basis, or none', () => {
    expect(isDatabaseOnlyBasis(['biometric-match-and-database'])).toBe(true);
    expect(isDatabaseOnlyBasis([])).toBe(true);
    expect(isDatabaseOnlyBasis(['biometric-match-and-database', 'statements-or-other-evidence'])).toBe(false);
    expect(isDatabaseOnlyBasis(['final-order'])).toBe(false);
  });
});

const policyArb = fc
  .record({
    name: fc.constant('Random'),
    hold: fc.constantFrom(...HoldSwitchSchema.options),
    notify: fc.constantFrom(...NotifySwitchSchema.options),
    listedOffenses: fc.uniqueArray(fc.constantFrom(...OffenseCategorySchema.options), { minLength: 1, maxLength: 5 }),
    access: fc.constantFrom(...AccessSwitchSchema.options),
    transferAtRelease: fc.constantFrom(...TransferSwitchSchema.options),
    countingRule: fc.constantFrom(...PolicyCountingRuleSchema.options),
    rejectDatabaseOnlyBasis: fc.boolean(),
    requireNeutralReview: fc.boolean(),
    stateLaw: fc.constantFrom(...StateLawSchema.options),
  })
  .map((p) => JurisdictionPolicySchema.parse(p));

const detainerArb = fc
  .record({
    form: fc.constantFrom(...DetainerFormSchema.options),
    requests: fc.record({ notice: fc.boolean(), hold: fc.boolean() }),
    basis: fc.uniqueArray(fc.constantFrom(...ProbableCauseBasisSchema.options), { maxLength: 5 }),
    warrant: fc.constantFrom(...WarrantSchema.options),
    neutralReview: fc.boolean(),
  })
  .map((d) => DetainerSchema.safeParse(d))
  .filter((r) => r.success)
  .map((r) => r.data as Detainer);

const subjectArb = fc
  .record({
    offenses: fc.uniqueArray(fc.constantFrom(...OffenseCategorySchema.options), { maxLength: 5 }),
    proofOfStatus: fc.constantFrom(...ProofOfStatusSchema.options),
  })
  .map((s) => SubjectSchema.parse(s));

const caseArb = fc.record({ policy: policyArb, detainer: detainerArb, subject: subjectArb });

describe('resolveDecision (properties)', () => {
  it('does allow only requests that were made', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision(input);
        expect(d.hold.requested).toBe(input.detainer.requests.hold);
        expect(d.notice.requested).toBe(input.detainer.requests.notice);
        if (d.hold.allowed) expect(d.hold.requested).toBe(true);
        if (d.notice.allowed) expect(d.notice.requested).toBe(true);
      }),
      { numRuns: runs(500) },
    );
  });

  it('does never honor a hold where state law gives no authority to hold', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision({ ...input, policy: { ...input.policy, stateLaw: 'no-authority-to-hold' } });
        expect(d.disposition).not.toBe('honor-hold');
        expect(d.hold.allowed).toBe(false);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does allow every request under a mandate when the person has given no proof of status', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision({
          ...input,
          policy: { ...input.policy, stateLaw: 'mandated-compliance', requireNeutralReview: false },
          subject: { ...input.subject, proofOfStatus: 'none' },
        });
        expect(d.hold.allowed).toBe(input.detainer.requests.hold);
        expect(d.notice.allowed).toBe(input.detainer.requests.notice);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does decide an exempt person under a mandate exactly as if state law were silent [tx-ccp-2.251]', () => {
    fc.assert(
      fc.property(caseArb, fc.constantFrom('us-citizenship', 'lawful-status' as const), (input, proof) => {
        const subjectWithProof = { ...input.subject, proofOfStatus: proof };
        const exempt = resolveDecision({
          ...input,
          policy: { ...input.policy, stateLaw: 'mandated-compliance' },
          subject: subjectWithProof,
        });
        const silent = resolveDecision({
          ...input,
          policy: { ...input.policy, stateLaw: 'none' },
          subject: subjectWithProof,
        });
        expect(exempt.disposition).toBe(silent.disposition);
        expect(exempt.hold).toEqual(silent.hold);
        expect(exempt.notice).toEqual(silent.notice);
        expect(exempt.holdReason.code).toBe(silent.holdReason.code);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does never honor an unreviewed hold when the policy requires neutral review, whatever the other layers', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision({ ...input, policy: { ...input.policy, requireNeutralReview: true } });
        const reviewed = input.detainer.neutralReview === true || input.detainer.warrant === 'judicial';
        if (!reviewed) expect(d.hold.allowed).toBe(false);
        if (reviewed || !input.detainer.requests.hold) expect(codes(d)).not.toContain('federal-hold-no-neutral-review');
      }),
      { numRuns: runs(300) },
    );
  });

  it('does give reasons whose citations exist, with the decisive reasons among them', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision(input);
        for (const r of [...d.reasons, d.holdReason, d.noticeReason]) {
          for (const c of r.citations) expect(isCitationId(c)).toBe(true);
        }
        for (const c of d.countingRule.citations) expect(isCitationId(c)).toBe(true);
        expect(d.reasons).toContain(d.holdReason);
        expect(d.reasons).toContain(d.noticeReason);
        expect(d.reasons[0]?.code).toBe('detainer-is-request');
      }),
      { numRuns: runs(500) },
    );
  });

  it('does derive the disposition from the hold and notice flags, with state law before local policy', () => {
    fc.assert(
      fc.property(caseArb, (input) => {
        const d = resolveDecision(input);
        const expected = d.hold.allowed ? 'honor-hold' : d.notice.allowed ? 'notify-only' : 'decline';
        expect(d.disposition).toBe(expected);
        const layers = d.reasons.map((r) => r.layer);
        const firstLocal = layers.indexOf('local-policy');
        expect(layers.lastIndexOf('state-law')).toBeLessThan(firstLocal);
        expect(layers.filter((l) => l === 'state-law')).toHaveLength(1);
      }),
      { numRuns: runs(500) },
    );
  });
});
