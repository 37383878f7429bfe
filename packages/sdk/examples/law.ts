import {
  checkConditionSet,
  DetainerSchema,
  diffResolvedLaw,
  resolveDecision,
  resolveLaw,
  SubjectSchema,
} from '@detainer-kit/sdk';

// North Carolina on two dates: HB 318 applies from 2025-12-01 (where both readings of its date agree).
const before = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-11-30', local: 'full-cooperation' });
const after = resolveLaw({ jurisdiction: 'us-nc', asOf: '2025-12-01', local: 'full-cooperation' });
console.log(after.policy.noticeAfterEligibility, after.switches.noticeAfterEligibility?.decidedBy.layerId);
// within-2-hours us-nc/hb318-2025
console.log(diffResolvedLaw(before, after).switches.map((c) => c.switch)); // ['countingRule', 'noticeAfterEligibility']

// California bounds a willing county: no hold, notice and transfer only for listed offenses.
const ca = resolveLaw({ jurisdiction: 'us-ca', asOf: '2024-01-01', local: 'full-cooperation' });
console.log(ca.policy.hold, ca.switches.notify?.locked?.bound, ca.switches.notify?.value); // never at-most listed-offenses

// The resolved policy is an ordinary policy: decide a detainer with it, or read it against a condition set.
const decision = resolveDecision({
  policy: ca.policy,
  detainer: DetainerSchema.parse({ form: 'I-247A', requests: { notice: true, hold: true }, warrant: 'I-200' }),
  subject: SubjectSchema.parse({ offenses: ['misdemeanor'] }),
});
console.log(decision.disposition); // decline
const jag = checkConditionSet('byrne-jag-fy2017', ca.policy, { asOf: '2020-07-13' });
console.log(
  jag.requirements[1]?.status,
  jag.requirements[1]?.litigation.some((l) => l.court === '9th Cir.'),
); // partly-met true
