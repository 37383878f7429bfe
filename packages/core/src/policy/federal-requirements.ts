/**
 * The requirement readers shared by the federal condition sets (internal: the public entries are
 * `checkConditionSet`, `checkPublicSafetyPartnership` and `checkByrneJag2017`).
 */
import type { CitationId } from '../citations.js';
import { HOLD_LIMIT_HOURS } from '../clock/hold-clock.js';
import { NOTICE_LEAD_HOURS } from '../clock/notice-clock.js';
import { describeHoldSwitch, describeListedOffenses, describeNotifySwitch } from './diff.js';
import type { JurisdictionPolicy } from './schema.js';

/** The 2017 federal programs whose conditions a policy can be read against (DOMAIN.md §6). */
export type FederalProgram = 'public-safety-partnership' | 'byrne-jag-2017';

/**
 * How a policy's switches stand against one condition, as the condition was asked:
 * - `met` / `not-met`: the switches meet / do not meet it;
 * - `partly-met`: they meet it for some cases only (listed offenses, judicial warrant, …);
 * - `not-modeled`: no switch of the policy speaks to it.
 */
export type RequirementStatus = 'met' | 'partly-met' | 'not-met' | 'not-modeled';

/**
 * The conditions of the federal programs, by stable id: DHS access to the facility, notice of release, honoring
 * a hold, certification of compliance with 8 USC 1373, and (Byrne JAG FY2018) information sharing.
 */
export type RequirementId = 'access' | 'notice' | 'hold' | 'certification-1373' | 'information-sharing';

/** One condition of a program and how the policy stands against it. */
export interface FederalRequirement {
  /** Stable id: `access`, `notice`, `hold`, `certification-1373` or `information-sharing`. */
  readonly id: RequirementId;
  /** The condition, in plain words. */
  readonly requirement: string;
  readonly status: RequirementStatus;
  /** Why, in neutral words. */
  readonly why: string;
  readonly citations: readonly CitationId[];
}

/** A policy read against one program's conditions. A reading of the switches, not a finding by DOJ or a court. */
export interface FederalConditionsReport {
  readonly program: FederalProgram;
  readonly title: string;
  readonly requirements: readonly FederalRequirement[];
  /** One neutral paragraph: how many conditions are met, in part or not, and what to keep in mind. */
  readonly summary: string;
  /** Caveats about the program or its sources. */
  readonly notes: readonly string[];
  readonly citations: readonly CitationId[];
}

export const MEETS = 'the policy meets the condition as asked';
export const PARTLY = 'the policy meets the condition for some cases only';
export const DOES_NOT_MEET = 'the policy does not meet the condition as asked';

export function uniq(ids: readonly CitationId[]): CitationId[] {
  return [...new Set(ids)];
}

export function accessRequirement(
  policy: JurisdictionPolicy,
  requirement: string,
  programCitations: readonly CitationId[],
): FederalRequirement {
  // Conditional access meets the condition for some cases only: public areas, or a judicial warrant, in Colorado's
  // rule [co-sb25-276]; the person's written consent in California's [ca-gov-7284.6].
  if (policy.access === 'judicial-warrant-for-non-public-areas') {
    return {
      id: 'access',
      requirement,
      status: 'partly-met',
      why: `The policy lets DHS meet with people in public areas of the facility, and in non-public areas only with a judicial warrant, so ${PARTLY}.`,
      citations: uniq([...programCitations, 'co-sb25-276']),
    };
  }
  if (policy.access === 'written-consent') {
    return {
      id: 'access',
      requirement,
      status: 'partly-met',
      why: `The policy lets DHS meet with a person only with that person's written consent, so ${PARTLY}.`,
      citations: uniq([...programCitations, 'ca-gov-7284.6']),
    };
  }
  return policy.access === 'allowed'
    ? {
        id: 'access',
        requirement,
        status: 'met',
        why: `The policy lets DHS enter the facility to meet with people in custody, so ${MEETS}.`,
        citations: programCitations,
      }
    : {
        id: 'access',
        requirement,
        status: 'not-met',
        why: `The policy does not let DHS enter the facility to meet with people in custody, so ${DOES_NOT_MEET}.`,
        citations: programCitations,
      };
}

export function noticeRequirement(
  policy: JurisdictionPolicy,
  requirement: string,
  programCitations: readonly CitationId[],
): FederalRequirement {
  const local = describeNotifySwitch(policy.notify);
  if (policy.stateLaw === 'mandated-compliance') {
    return {
      id: 'notice',
      requirement,
      status: 'met',
      why: `State law requires the custodian to honor every request in a detainer, including a request for notice, so ${MEETS}. The mandate does not apply to a person who has proved US citizenship or lawful status; for that person notice follows the local switch (${local}).`,
      citations: uniq([...programCitations, 'tx-ccp-2.251']),
    };
  }
  const stateNote =
    policy.stateLaw === 'no-authority-to-hold'
      ? ' State law on holds does not limit notice, so the local switch decides.'
      : '';
  switch (policy.notify) {
    case 'always':
      return {
        id: 'notice',
        requirement,
        status: 'met',
        why: `The policy gives DHS notice of release when DHS asks for it, so ${MEETS}.${stateNote}`,
        citations: uniq([...programCitations, 'ilrc-map-2016']),
      };
    case 'listed-offenses':
      return {
        id: 'notice',
        requirement,
        status: 'partly-met',
        why: `The policy gives notice of release only when the person's charges or convictions include a listed offense (${describeListedOffenses(policy.listedOffenses)}), so ${PARTLY}.${stateNote}`,
        citations: uniq([...programCitations, 'ilrc-map-2016', 'ca-sb54-digest']),
      };
    case 'never':
      return {
        id: 'notice',
        requirement,
        status: 'not-met',
        why: `The policy does not give DHS notice of release, so ${DOES_NOT_MEET}.${stateNote}`,
        citations: uniq([...programCitations, 'ilrc-map-2016']),
      };
    case 'barred':
      return {
        id: 'notice',
        requirement,
        status: 'not-met',
        why: `The policy follows a law that bars any compliance with a detainer, notice included (as in Illinois), so ${DOES_NOT_MEET}.${stateNote}`,
        citations: uniq([...programCitations, 'il-trust-805']),
      };
  }
}

export function holdRequirement(
  policy: JurisdictionPolicy,
  requirement: string,
  programCitations: readonly CitationId[],
): FederalRequirement {
  const base = { id: 'hold', requirement } as const;
  if (policy.stateLaw === 'no-authority-to-hold') {
    const override =
      policy.hold === 'never' ? '' : ` This overrides the local hold switch (${describeHoldSwitch(policy.hold)}).`;
    return {
      ...base,
      status: 'not-met',
      why: `State law gives the custodian no authority to hold a person on a civil immigration detainer, so ${DOES_NOT_MEET}.${override}`,
      citations: uniq([...programCitations, 'lunn-2017']),
    };
  }
  if (policy.stateLaw === 'mandated-compliance') {
    return {
      ...base,
      status: 'met',
      why: `State law requires the custodian to honor every request to hold, whatever the local switch says, so ${MEETS}. The mandate does not apply to a person who has proved US citizenship or lawful status.`,
      citations: uniq([...programCitations, 'tx-ccp-2.251']),
    };
  }
  switch (policy.hold) {
    case 'always':
      return policy.rejectDatabaseOnlyBasis
        ? {
            ...base,
            status: 'partly-met',
            why: `The policy honors requests to hold, except on a detainer whose only probable-cause basis is a biometric match and database records, so ${PARTLY}.`,
            citations: uniq([...programCitations, 'ilrc-map-2016', 'gonzalez-cdcal-2020']),
          }
        : {
            ...base,
            status: 'met',
            why: `The policy honors requests to hold, so ${MEETS}.`,
            citations: uniq([...programCitations, 'ilrc-map-2016']),
          };
    case 'judicial-warrant':
      return {
        ...base,
        status: 'partly-met',
        why: `The policy honors a request to hold only when it comes with a warrant signed by a judge. A written DHS request (an I-247A) comes with an administrative warrant (I-200 or I-205) signed by an immigration officer, so a request with only that warrant is not honored; ${PARTLY}.`,
        citations: uniq([...programCitations, 'ilrc-map-2016', 'ice-guidance-i247a']),
      };
    case 'listed-offenses':
      return {
        ...base,
        status: 'partly-met',
        why: `The policy honors a request to hold only when the person's charges or convictions include a listed offense (${describeListedOffenses(policy.listedOffenses)}), so ${PARTLY}.${policy.rejectDatabaseOnlyBasis ? ' It also refuses holds whose only basis is a database match.' : ''}`,
        citations: uniq([
          ...programCitations,
          'ilrc-map-2016',
          'ca-sb54-digest',
          ...(policy.rejectDatabaseOnlyBasis ? (['gonzalez-cdcal-2020'] as const) : []),
        ]),
      };
    case 'never':
      return {
        ...base,
        status: 'not-met',
        why: `The policy does not honor requests to hold, so ${DOES_NOT_MEET}.`,
        citations: uniq([...programCitations, 'ilrc-map-2016']),
      };
  }
}

export function summarize(requirements: readonly FederalRequirement[]): string {
  let met = 0;
  let partly = 0;
  let notMet = 0;
  let notModeled = 0;
  for (const r of requirements) {
    if (r.status === 'met') met++;
    else if (r.status === 'partly-met') partly++;
    else if (r.status === 'not-met') notMet++;
    else notModeled++;
  }
  const parts = [`meets ${met} as asked`, `meets ${partly} for some cases only`, `does not meet ${notMet} as asked`];
  const modeled = notModeled > 0 ? `; ${notModeled} ${notModeled === 1 ? 'is' : 'are'} not modeled` : '';
  return `Of ${requirements.length} conditions, the policy ${parts[0]}, ${parts[1]} and ${parts[2]}${modeled}.`;
}

/** One requirement of a set: its wording, and how a policy is read against it. */
export interface ConditionRequirementDefinition {
  readonly id: RequirementId;
  readonly requirement: string;
  readonly read: (policy: JurisdictionPolicy) => FederalRequirement;
}

export const notModeled = (
  id: RequirementId,
  requirement: string,
  what: string,
  citations: readonly CitationId[],
): ConditionRequirementDefinition => ({
  id,
  requirement,
  read: () => ({
    id,
    requirement,
    status: 'not-modeled',
    why: `This condition is ${what}, which none of the policy switches models, so it is not assessed here.`,
    citations,
  }),
});

export const PSP_CITATIONS: readonly CitationId[] = ['psp-letters-2017'];
export const JAG_CITATIONS: readonly CitationId[] = ['sf-v-sessions-2018', 'philadelphia-3d-2019'];
const ACCESS_TEXT = 'Give DHS access to the facility to meet with people in custody.';

export const JAG_ACCESS: ConditionRequirementDefinition = {
  id: 'access',
  requirement: ACCESS_TEXT,
  read: (p) => accessRequirement(p, ACCESS_TEXT, JAG_CITATIONS),
};
const JAG_NOTICE_TEXT = "Give DHS notice of a person's release date when DHS asks for it.";
export const JAG_NOTICE: ConditionRequirementDefinition = {
  id: 'notice',
  requirement: JAG_NOTICE_TEXT,
  read: (p) => noticeRequirement(p, JAG_NOTICE_TEXT, JAG_CITATIONS),
};
export const JAG_1373 = notModeled(
  'certification-1373',
  'Certify compliance with 8 USC 1373.',
  'a certification about 8 USC 1373',
  JAG_CITATIONS,
);

/** The three questions of the Public Safety Partnership letters (2017). */
export const PSP_2017_REQUIREMENTS: readonly ConditionRequirementDefinition[] = [
  {
    id: 'access',
    requirement: ACCESS_TEXT,
    read: (p) => accessRequirement(p, ACCESS_TEXT, PSP_CITATIONS),
  },
  {
    id: 'notice',
    requirement: `Give at least ${NOTICE_LEAD_HOURS} hours' advance notice, where possible, of the scheduled release date and time when DHS asks for it.`,
    read: (p) =>
      noticeRequirement(
        p,
        `Give at least ${NOTICE_LEAD_HOURS} hours' advance notice, where possible, of the scheduled release date and time when DHS asks for it.`,
        uniq([...PSP_CITATIONS, 'i247a-form']),
      ),
  },
  {
    id: 'hold',
    requirement: `Honor a written DHS request to hold a person up to ${HOLD_LIMIT_HOURS} hours beyond the scheduled release.`,
    read: (p) =>
      holdRequirement(
        p,
        `Honor a written DHS request to hold a person up to ${HOLD_LIMIT_HOURS} hours beyond the scheduled release.`,
        PSP_CITATIONS,
      ),
  },
];

/** The Byrne JAG FY2017 conditions. */
export const BYRNE_JAG_FY2017_REQUIREMENTS: readonly ConditionRequirementDefinition[] = [
  JAG_ACCESS,
  JAG_NOTICE,
  JAG_1373,
];
