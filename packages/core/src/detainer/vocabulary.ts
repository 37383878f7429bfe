import { z } from 'zod';

/**
 * The detainer forms DHS has used (shared/DOMAIN.md §4). A detainer keeps its form; older forms stay active
 * after a change [ice-guidance-i247a].
 * - `I-247`: the form used up to Dec 2012, and its revision of Dec 21, 2012.
 * - `I-247D` / `I-247N` / `I-247X`: the PEP-era forms (Jul 2015 – Apr 1, 2017): hold / notice only / transfer.
 * - `I-247A`: from Apr 2, 2017, issued with an I-200 or I-205 administrative warrant.
 * - `I-247G`: from Mar 4, 2025, the Request for Advance Notification of Release that ICE offices covered by the
 *   Gonzalez settlement issue: notice only, no hold [i247g-form], [gonzalez-settlement-2025] (secondary).
 */
export const DetainerFormSchema = z.enum(['I-247', 'I-247D', 'I-247N', 'I-247X', 'I-247A', 'I-247G'], {
  error: 'expected one of the detainer forms "I-247", "I-247D", "I-247N", "I-247X", "I-247A" or "I-247G"',
});
export type DetainerForm = z.infer<typeof DetainerFormSchema>;

/**
 * The probable-cause basis boxes that can be ticked on a detainer (DOMAIN.md §4). The I-247A boxes are
 * `final-order`, `pending-proceedings`, `biometric-match-and-database` and `statements-or-other-evidence`;
 * `investigation-initiated` is the pre-2012 I-247 basis. Kept on the detainer so a policy can test them
 * [gonzalez-cdcal-2020].
 */
export const ProbableCauseBasisSchema = z.enum([
  'final-order',
  'pending-proceedings',
  'biometric-match-and-database',
  'statements-or-other-evidence',
  'investigation-initiated',
]);
export type ProbableCauseBasis = z.infer<typeof ProbableCauseBasisSchema>;

/**
 * The warrant that accompanies the detainer: none, an administrative warrant (I-200 arrest, I-205 removal)
 * or a warrant signed by a judge [ice-guidance-i247a].
 */
export const WarrantSchema = z.enum(['none', 'I-200', 'I-205', 'judicial'], {
  error: 'expected a warrant of "none", "I-200", "I-205" or "judicial"',
});
export type Warrant = z.infer<typeof WarrantSchema>;

/**
 * Why the person became eligible for release: the moment that starts the hold clock [humboldt-9121-4].
 */
export const ReleaseReasonSchema = z.enum(
  ['bond-posted', 'own-recognizance', 'charges-dismissed', 'acquitted', 'sentence-completed', 'diversion'],
  {
    error:
      'expected a release reason: "bond-posted", "own-recognizance", "charges-dismissed", "acquitted", "sentence-completed" or "diversion"',
  },
);
export type ReleaseReason = z.infer<typeof ReleaseReasonSchema>;

/**
 * Why DHS lifted or cancelled the detainer, after the "Detainer Lift Reason" values in ICE data
 * [ddp-codebook], less "Booked into Detention" and "Detainer Declined by LEA", which are outcomes of their own.
 */
export const LiftReasonSchema = z.enum(
  [
    'prosecutorial-discretion',
    'us-citizenship-claim',
    'not-amenable-to-removal',
    'case-closed',
    'early-release',
    'no-longer-in-custody',
  ],
  {
    error:
      'expected a lift reason: "prosecutorial-discretion", "us-citizenship-claim", "not-amenable-to-removal", "case-closed", "early-release" or "no-longer-in-custody"',
  },
);
export type LiftReason = z.infer<typeof LiftReasonSchema>;

/**
 * Offense categories a policy can list (the "limited by offense" archetype, e.g. California SB 54's
 * listed convictions and serious or violent felony arrests [ca-sb54-digest]).
 */
export const OffenseCategorySchema = z.enum([
  'serious-or-violent-felony',
  'listed-conviction',
  'other-felony',
  'misdemeanor',
  'infraction',
]);
export type OffenseCategory = z.infer<typeof OffenseCategorySchema>;

/** Why a custodian asks DHS to wait: the person is needed for prosecution or as a witness [ice-faq-2011]. */
export const DelayReasonSchema = z.enum(['prosecution', 'witness'], {
  error: 'expected a delay reason of "prosecution" or "witness"',
});
export type DelayReason = z.infer<typeof DelayReasonSchema>;

/**
 * The offense terms of the Laken Riley Act (Jan 29, 2025): DHS "shall issue a detainer" for a person inadmissible
 * under INA 212(a)(6)(A), (6)(C) or (7) who is charged with, arrested for, convicted of, or admits burglary, theft,
 * larceny, shoplifting, assault of a law enforcement officer, or a crime resulting in death or serious bodily
 * injury (each as defined where the acts occurred) [laken-riley-2025].
 */
export const OffenseTermSchema = z.enum(
  [
    'burglary',
    'theft',
    'larceny',
    'shoplifting',
    'assault-of-law-enforcement-officer',
    'crime-resulting-in-death-or-serious-bodily-injury',
    'other',
  ],
  {
    error:
      'expected an offense term: "burglary", "theft", "larceny", "shoplifting", "assault-of-law-enforcement-officer", "crime-resulting-in-death-or-serious-bodily-injury" or "other"',
  },
);
export type OffenseTerm = z.infer<typeof OffenseTermSchema>;

/** How the person stands toward an offense: arrested for, charged with, convicted of, or admits it [laken-riley-2025]. */
export const OffenseInvolvementSchema = z.enum(['arrested', 'charged', 'convicted', 'admits'], {
  error: 'expected an involvement of "arrested", "charged", "convicted" or "admits"',
});
export type OffenseInvolvement = z.infer<typeof OffenseInvolvementSchema>;

/**
 * Grounds of inadmissibility that the Laken Riley Act names [laken-riley-2025]: INA 212(a)(6)(A) (present without
 * admission or parole), 212(a)(6)(C) (misrepresentation) and 212(a)(7) (documentation requirements); `other` for
 * any other ground.
 */
export const InadmissibilityGroundSchema = z.enum(['ina-212-a-6-A', 'ina-212-a-6-C', 'ina-212-a-7', 'other'], {
  error: 'expected an inadmissibility ground of "ina-212-a-6-A", "ina-212-a-6-C", "ina-212-a-7" or "other"',
});
export type InadmissibilityGround = z.infer<typeof InadmissibilityGroundSchema>;

/**
 * The basis on which a custodian hands the person to DHS before release eligibility:
 * - `sentence-reduction`: a court reduced the sentence (Florida SB 168: by up to 12 days) so DHS can take custody
 *   before release [fl-sb168-2019];
 * - `end-of-sentence-in-federal-custody`: the end of the sentence is served in federal custody (Iowa ch. 27A)
 *   [ia-27a-2018].
 */
export const EarlyTransferBasisSchema = z.enum(['sentence-reduction', 'end-of-sentence-in-federal-custody'], {
  error: 'expected a basis of "sentence-reduction" or "end-of-sentence-in-federal-custody"',
});
export type EarlyTransferBasis = z.infer<typeof EarlyTransferBasisSchema>;

/** Where in the facility DHS asks to interview the person: a public area or a non-public (secure) one [co-sb25-276]. */
export const AccessAreaSchema = z.enum(['public', 'non-public'], {
  error: 'expected an area of "public" or "non-public"',
});
export type AccessArea = z.infer<typeof AccessAreaSchema>;

/**
 * The custodian's duties toward the person that some laws add:
 * - `copy-of-request`: give the person a copy of the detainer's request and say whether the custodian will comply
 *   (California Gov. Code 7284.10, state prisons [ca-gov-7284.6]; New Jersey's directive, on AG forms
 *   [nj-directive-2018-6]);
 * - `rights-before-interview`: advise the person of their rights before an ICE interview (California
 *   [ca-gov-7284.6], Colorado [co-hb19-1124], [co-sb25-276], New Jersey [nj-directive-2018-6]).
 */
export const PersonDutySchema = z.enum(['copy-of-request', 'rights-before-interview'], {
  error: 'expected a duty of "copy-of-request" or "rights-before-interview"',
});
export type PersonDuty = z.infer<typeof PersonDutySchema>;
