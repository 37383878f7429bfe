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
