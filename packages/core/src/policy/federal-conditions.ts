import {
  BYRNE_JAG_FY2017_REQUIREMENTS,
  type ConditionRequirementDefinition,
  type FederalConditionsReport,
  type FederalRequirement,
  JAG_CITATIONS,
  PSP_2017_REQUIREMENTS,
  PSP_CITATIONS,
  summarize,
} from './federal-requirements.js';
import type { JurisdictionPolicy } from './schema.js';

export type {
  FederalConditionsReport,
  FederalProgram,
  FederalRequirement,
  RequirementId,
  RequirementStatus,
} from './federal-requirements.js';

const READING_NOTE =
  "This reads the policy's switches against the conditions as asked; it is not a finding by DOJ or a court.";

const read = (
  requirements: readonly ConditionRequirementDefinition[],
  policy: JurisdictionPolicy,
): FederalRequirement[] => requirements.map((r) => r.read(policy));

/**
 * Reads a policy against the three questions of the DOJ Public Safety Partnership letters (Aug 3, 2017)
 * [psp-letters-2017]: whether a statute, rule, policy or practice ensures (1) DHS access to facilities to
 * meet with people in custody; (2) at least 48 hours' advance notice, where possible, of the scheduled
 * release when DHS asks for it; (3) honoring a written DHS request to hold up to 48 hours beyond the
 * scheduled release. State law comes first: no authority to hold [lunn-2017] means question 3 is not met
 * whatever the local switch; mandated compliance [tx-ccp-2.251] means questions 2 and 3 are met. The
 * requirements are those of the condition set `psp-2017` (see `checkConditionSet`).
 *
 * @example
 * checkPublicSafetyPartnership(getPolicyPreset('full-cooperation')).requirements.map((r) => r.status)
 * // ['met', 'met', 'met']
 */
export function checkPublicSafetyPartnership(policy: JurisdictionPolicy): FederalConditionsReport {
  const requirements = read(PSP_2017_REQUIREMENTS, policy);
  return {
    program: 'public-safety-partnership',
    title: 'DOJ Public Safety Partnership questions (2017)',
    requirements,
    summary: summarize(requirements),
    notes: [
      READING_NOTE,
      'The wording of the third question comes from a secondary copy of the letters.',
      "The letters went to cities; the agency that runs the jail, and so applies the policy, is often another body (Baltimore's jail is run by the state of Maryland).",
    ],
    citations: PSP_CITATIONS,
  };
}

const JAG_INJUNCTION_NOTE =
  'The FY2017 conditions were enjoined for Chicago (N.D. Ill. 2017–18), Philadelphia (3d Cir. Feb 15, 2019) and San Francisco (N.D. Cal. Oct 5, 2018; 9th Cir. July 13, 2020), mainly for lack of statutory authority.';

/**
 * Reads a policy against the Byrne JAG FY2017 conditions: access; notice of release dates; certification of
 * compliance with 8 USC 1373. The last is not one of the policy switches, so it is reported `not-modeled`.
 * The conditions were enjoined in Chicago, Philadelphia and San Francisco, mainly for lack of statutory
 * authority [sf-v-sessions-2018], [philadelphia-3d-2019]; the report says so. The requirements are those of the
 * condition set `byrne-jag-fy2017`; `checkConditionSet` gives each ruling by court, date and scope.
 *
 * @example
 * checkByrneJag2017(getPolicyPreset('decline-all')).requirements.map((r) => r.status)
 * // ['not-met', 'not-met', 'not-modeled']
 */
export function checkByrneJag2017(policy: JurisdictionPolicy): FederalConditionsReport {
  const requirements = read(BYRNE_JAG_FY2017_REQUIREMENTS, policy);
  return {
    program: 'byrne-jag-2017',
    title: 'Byrne JAG FY2017 conditions',
    requirements,
    summary: `${summarize(requirements)} ${JAG_INJUNCTION_NOTE}`,
    notes: [READING_NOTE, JAG_INJUNCTION_NOTE],
    citations: JAG_CITATIONS,
  };
}
