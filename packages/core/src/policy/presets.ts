import { z } from 'zod';
import type { JurisdictionPolicy } from './schema.js';

/**
 * The policy archetypes of DOMAIN.md §5, each a combination of the independent switches
 * [ilrc-map-2016], [ilrc-state-appendix].
 */
export const POLICY_PRESET_IDS = [
  'full-cooperation',
  'judicial-warrant-required',
  'limited-by-offense',
  'notify-only',
  'decline-all',
  'no-state-authority',
  'state-mandated-compliance',
] as const;

/** Zod schema for a preset id. */
export const PolicyPresetIdSchema = z.enum(POLICY_PRESET_IDS, {
  error: `expected a policy preset id: ${POLICY_PRESET_IDS.map((id) => `"${id}"`).join(', ')}`,
});
export type PolicyPresetId = z.infer<typeof PolicyPresetIdSchema>;

/**
 * The switches for rules that came after 2017 (DOMAIN.md §9), all at their defaults: the archetypes of §5
 * predate them. Vary a preset to turn one on.
 */
const LATER_RULES_OFF = {
  requireNeutralReview: false,
  noticeAfterEligibility: 'none',
  stateJudicialOrder: 'not-required',
  holdLimit: 'by-counting-rule',
  agreement287g: 'none',
  warrantServiceOutsideNoAuthority: false,
  informPersonOfRequest: false,
  adviseRightsBeforeInterview: false,
  transferBeforeRelease: false,
} as const satisfies Partial<JurisdictionPolicy>;

function freezePolicy(policy: JurisdictionPolicy): JurisdictionPolicy {
  Object.freeze(policy.listedOffenses);
  Object.freeze(policy.citations);
  return Object.freeze(policy);
}

/**
 * The presets, as complete, already-parsed policies (every default written out). Shared and frozen: copy
 * one (`{ ...preset, hold: 'never' }`) to vary it. Unverified aspects of each are listed in
 * {@link POLICY_PRESET_NOTES}.
 */
export const POLICY_PRESETS: Readonly<Record<PolicyPresetId, JurisdictionPolicy>> = Object.freeze({
  // DOMAIN.md §5: "full cooperation (hold + notify + access)".
  'full-cooperation': freezePolicy({
    name: 'Full cooperation',
    description:
      "The custodian honors every request to hold and every request for notice of release, lets DHS interview people in the facility, and hands the person to DHS at release when DHS is present. A detainer stays a request; honoring it is the custodian's choice.",
    hold: 'always',
    notify: 'always',
    listedOffenses: [],
    access: 'allowed',
    transferAtRelease: 'always',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'none',
    citations: ['ilrc-map-2016', 'galarza-2014', 'cfr-287.7-a', 'psp-letters-2017'],
  }),
  // DOMAIN.md §5 names this archetype by its hold switch only ("judicial warrant required for holds"), and
  // treats the switches as independent [ilrc-map-2016]. So only the hold switch differs from full
  // cooperation: notice, access and transfer stay as in full cooperation, which keeps the comparison to one
  // variable. Real jurisdictions with this hold rule vary on notice; vary the preset to model one.
  'judicial-warrant-required': freezePolicy({
    name: 'Judicial warrant required',
    description:
      'The custodian honors a request to hold only when it comes with a warrant signed by a judge (or a judicial probable-cause finding). The I-200 and I-205 that accompany an I-247A are administrative warrants signed by immigration officers, so a request that comes with only those is not honored. Notice of release, DHS access and transfer at release are as in full cooperation.',
    hold: 'judicial-warrant',
    notify: 'always',
    listedOffenses: [],
    access: 'allowed',
    transferAtRelease: 'always',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'none',
    citations: ['ilrc-map-2016', 'ice-guidance-i247a', 'miranda-olivares-2014'],
  }),
  // DOMAIN.md §5: "California SB 54 style: notice/transfer only for listed convictions or serious/violent
  // felony arrests [ca-sb54-digest] confirmed as digest; no holds without judicial warrant unverified"; §9:
  // "transfer only for listed offenses" [ca-gov-7284.6] confirmed.
  'limited-by-offense': freezePolicy({
    name: 'Limited by offense',
    description:
      'California SB 54 style (Gov. Code 7284.6, and as described in a legislative digest): notice of release is given, and the person is handed to DHS at release, only when the person has a listed conviction or an arrest for a serious or violent felony. Holds are honored only with a judicial warrant; that exception for holds is unverified.',
    hold: 'judicial-warrant',
    notify: 'listed-offenses',
    listedOffenses: ['serious-or-violent-felony', 'listed-conviction'],
    access: 'allowed',
    transferAtRelease: 'listed-offenses',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'none',
    citations: ['ca-gov-7284.6', 'ca-sb54-digest', 'ilrc-map-2016', 'ilrc-state-appendix'],
  }),
  // "Only": notice is the one form of cooperation; matches the example in JurisdictionPolicySchema's JSDoc.
  'notify-only': freezePolicy({
    name: 'Notify only',
    description:
      'The custodian does not honor requests to hold, and gives DHS notice of release when DHS asks for it. DHS interviews in the facility are refused and the person is not handed to DHS at release.',
    hold: 'never',
    notify: 'always',
    listedOffenses: [],
    access: 'refused',
    transferAtRelease: 'never',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'none',
    citations: ['ilrc-map-2016', 'cfr-287.7-a'],
  }),
  // DOMAIN.md §5: "decline all (no hold, no notice, no access)".
  'decline-all': freezePolicy({
    name: 'Decline all',
    description:
      "The custodian does not honor requests to hold or requests for notice of release, refuses DHS interviews in the facility, and does not hand the person to DHS at release. A detainer is a request, so declining it is the custodian's choice.",
    hold: 'never',
    notify: 'never',
    listedOffenses: [],
    access: 'refused',
    transferAtRelease: 'never',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'none',
    citations: ['ilrc-map-2016', 'galarza-2014'],
  }),
  // Local switches of a willing county, to show state law overriding the hold switch [lunn-2017].
  'no-state-authority': freezePolicy({
    name: 'No state authority to hold (Lunn)',
    description:
      'State law gives the custodian no authority to hold a person on a civil immigration detainer, as the Massachusetts Supreme Judicial Court held in Lunn v. Commonwealth (2017). The local switches are those of a county willing to cooperate (hold and notify always), to show that state law overrides the local hold switch: no request to hold is honored, while notice, access and transfer follow the local policy.',
    hold: 'always',
    notify: 'always',
    listedOffenses: [],
    access: 'allowed',
    transferAtRelease: 'always',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'no-authority-to-hold',
    citations: ['lunn-2017', 'ilrc-state-appendix'],
  }),
  // DOMAIN.md §5: Texas "honor every request and tell the person why they are held; exempt when the person
  // proves citizenship or lawful status" [tx-ccp-2.251]. The local switches are those of full cooperation,
  // so the preset's behavior is the mandate's; the local switches matter only for an exempt person.
  'state-mandated-compliance': freezePolicy({
    name: 'State-mandated compliance (Texas SB 4)',
    description:
      'State law (Texas Code of Criminal Procedure art. 2.251, from SB 4, 2017) requires the custodian to honor every detainer request and to tell the person why they are held, unless the person has given proof of US citizenship or lawful immigration status. For an exempt person the mandate does not apply and the local switches decide, which here are those of full cooperation.',
    hold: 'always',
    notify: 'always',
    listedOffenses: [],
    access: 'allowed',
    transferAtRelease: 'always',
    countingRule: 'by-form',
    rejectDatabaseOnlyBasis: false,
    ...LATER_RULES_OFF,
    stateLaw: 'mandated-compliance',
    citations: ['tx-ccp-2.251', 'ilrc-state-appendix'],
  }),
});

/** What each preset rests on that is not confirmed (DOMAIN.md §8): show it to users as unverified. */
export interface PolicyPresetNotes {
  readonly unverified: readonly string[];
}

/** Unverified aspects of each preset, in plain words. An empty list: nothing in the preset is unverified. */
export const POLICY_PRESET_NOTES: Readonly<Record<PolicyPresetId, PolicyPresetNotes>> = Object.freeze({
  'full-cooperation': Object.freeze({ unverified: Object.freeze([]) }),
  'judicial-warrant-required': Object.freeze({ unverified: Object.freeze([]) }),
  'limited-by-offense': Object.freeze({
    unverified: Object.freeze([
      'SB 54\'s judicial-warrant exception for holds is unverified (an open question in the sources); the hold switch is set to "judicial-warrant" as a configurable reading.',
      'The rule on DHS interviews in the facility is not covered by the sources used; this preset assumes access is "allowed"; change the access switch to compare.',
    ]),
  }),
  'notify-only': Object.freeze({ unverified: Object.freeze([]) }),
  'decline-all': Object.freeze({ unverified: Object.freeze([]) }),
  'no-state-authority': Object.freeze({ unverified: Object.freeze([]) }),
  'state-mandated-compliance': Object.freeze({
    unverified: Object.freeze([
      'For a person who has proved citizenship or lawful status, the sources say only that the mandate does not apply; this model then does not honor the request to hold.',
    ]),
  }),
});

/** True if `value` is a preset id. */
export function isPolicyPresetId(value: unknown): value is PolicyPresetId {
  return typeof value === 'string' && (POLICY_PRESET_IDS as readonly string[]).includes(value);
}

/**
 * The preset policy with that id (a shared, frozen object).
 *
 * @example
 * getPolicyPreset('judicial-warrant-required').hold // 'judicial-warrant'
 */
export function getPolicyPreset(id: PolicyPresetId): JurisdictionPolicy {
  return POLICY_PRESETS[id];
}
