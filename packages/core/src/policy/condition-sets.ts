import { z } from 'zod';
import type { CitationId, SourceStatus } from '../citations.js';
import {
  accessRequirement,
  BYRNE_JAG_FY2017_REQUIREMENTS,
  type ConditionRequirementDefinition,
  type FederalRequirement,
  holdRequirement,
  JAG_1373,
  JAG_ACCESS,
  JAG_CITATIONS,
  JAG_NOTICE,
  notModeled,
  PSP_2017_REQUIREMENTS,
  PSP_CITATIONS,
  type RequirementId,
  summarize,
} from './federal-requirements.js';

export type { ConditionRequirementDefinition } from './federal-requirements.js';

import type { JurisdictionPolicy } from './schema.js';

/** The dated federal condition sets (DOMAIN.md §6, §9). */
export const CONDITION_SET_IDS = [
  'psp-2017',
  'byrne-jag-fy2017',
  'byrne-jag-fy2018',
  'dhs-standard-terms-fy2025',
] as const;
export const ConditionSetIdSchema = z.enum(CONDITION_SET_IDS, {
  error: `condition set must be one of ${CONDITION_SET_IDS.map((id) => `"${id}"`).join(', ')}`,
});
export type ConditionSetId = z.infer<typeof ConditionSetIdSchema>;

/**
 * What a court did to a condition set, where and since when:
 * `enjoined` (an injunction), `struck-down` (held unlawful on appeal), `upheld`, `vacated`.
 */
export type LitigationOutcome = 'enjoined' | 'struck-down' | 'upheld' | 'vacated';

/** One ruling on a condition set: court, date, scope, and the requirements it reached. */
export interface ConditionLitigation {
  readonly id: string;
  /** The case, as a reader would look it up. */
  readonly case: string;
  /** The court, e.g. `9th Cir.`, `N.D. Cal.`. */
  readonly court: string;
  /** The day of the ruling, `YYYY-MM-DD`, or `null` when the sources give none. */
  readonly date: string | null;
  readonly outcome: LitigationOutcome;
  /** Where the ruling reaches, in plain words (a party, a circuit, a kind of grant). */
  readonly scope: string;
  /** The requirements it reached. */
  readonly requirements: readonly RequirementId[];
  readonly citations: readonly CitationId[];
  readonly status: SourceStatus;
}

/** A dated list of requirements over a resolved policy, with the litigation on it. */
export interface ConditionSet {
  readonly id: ConditionSetId;
  readonly title: string;
  /** When the conditions were set (announced, letters sent, fiscal year start), `YYYY-MM-DD`. */
  readonly effectiveFrom: string;
  /** The first day they no longer applied (the end of the fiscal year), when they have one. */
  readonly effectiveUntil: string | null;
  readonly requirements: readonly ConditionRequirementDefinition[];
  readonly litigation: readonly ConditionLitigation[];
  readonly notes: readonly string[];
  readonly citations: readonly CitationId[];
  readonly status: SourceStatus;
}

const JAG_REQUIREMENTS: readonly RequirementId[] = ['access', 'notice', 'certification-1373'];
const JAG_2018_REQUIREMENTS: readonly RequirementId[] = [...JAG_REQUIREMENTS, 'information-sharing'];

const OTHER_CIRCUITS_NOTE =
  'DOMAIN.md §9 says the FY2017/FY2018 conditions were struck down in the 1st, 3rd, 7th and 9th Circuits and upheld in the 2nd; it gives no case or date for the 1st and 7th Circuits.';

/** The rulings on the FY2017 and FY2018 Byrne JAG conditions (DOMAIN.md §6, §9). */
function jagLitigation(fy: 'fy2017' | 'fy2018'): ConditionLitigation[] {
  const reqs = fy === 'fy2017' ? JAG_REQUIREMENTS : JAG_2018_REQUIREMENTS;
  const both: ConditionLitigation[] = [
    {
      id: `${fy}-1st-cir`,
      case: 'Challenge in the 1st Circuit (case not named in the sources)',
      court: '1st Cir.',
      date: null,
      outcome: 'struck-down',
      scope: 'the 1st Circuit',
      requirements: reqs,
      citations: ['philadelphia-3d-2019', 'sf-v-barr-9th-2020'],
      status: 'secondary',
    },
    {
      id: `${fy}-7th-cir`,
      case: 'Chicago’s challenge in the 7th Circuit',
      court: '7th Cir.',
      date: null,
      outcome: 'struck-down',
      scope: 'the 7th Circuit (Chicago)',
      requirements: reqs,
      citations: ['philadelphia-3d-2019', 'sf-v-barr-9th-2020'],
      status: 'secondary',
    },
    {
      id: `${fy}-sf-v-barr-9th`,
      case: 'City & County of San Francisco v. Barr, 965 F.3d 753',
      court: '9th Cir.',
      date: '2020-07-13',
      outcome: 'struck-down',
      scope: 'the 9th Circuit (San Francisco, California)',
      requirements: reqs,
      citations: ['sf-v-barr-9th-2020'],
      status: 'secondary',
    },
    {
      id: `${fy}-ny-v-doj-2d`,
      case: 'New York v. Department of Justice, 951 F.3d 84',
      court: '2d Cir.',
      date: '2020-02-26',
      outcome: 'upheld',
      scope: 'the 2nd Circuit',
      requirements: reqs,
      citations: ['ny-v-doj-2d-2020'],
      status: 'secondary',
    },
  ];
  if (fy === 'fy2018') {
    return [
      {
        id: 'fy2018-3d-cir',
        case: 'Challenge in the 3rd Circuit (FY2018 case not named in the sources)',
        court: '3d Cir.',
        date: null,
        outcome: 'struck-down',
        scope: 'the 3rd Circuit',
        requirements: reqs,
        citations: ['philadelphia-3d-2019'],
        status: 'secondary',
      },
      ...both,
    ];
  }
  return [
    {
      id: 'fy2017-chicago-ndill',
      case: 'City of Chicago v. Sessions',
      court: 'N.D. Ill.',
      date: null,
      outcome: 'enjoined',
      scope: 'Chicago (2017–18)',
      requirements: reqs,
      citations: JAG_CITATIONS,
      status: 'secondary',
    },
    {
      id: 'fy2017-sf-v-sessions',
      case: 'City & County of San Francisco v. Sessions, No. 17-cv-04642',
      court: 'N.D. Cal.',
      date: '2018-10-05',
      outcome: 'enjoined',
      scope: 'San Francisco (and California)',
      requirements: reqs,
      citations: ['sf-v-sessions-2018'],
      status: 'confirmed',
    },
    {
      id: 'fy2017-philadelphia-3d',
      case: 'City of Philadelphia v. Attorney General, 916 F.3d 276',
      court: '3d Cir.',
      date: '2019-02-15',
      outcome: 'struck-down',
      scope: 'Philadelphia; the 3rd Circuit',
      requirements: reqs,
      citations: ['philadelphia-3d-2019'],
      status: 'confirmed',
    },
    ...both,
  ];
}

/**
 * The federal condition sets: each a dated list of requirements over a resolved policy, and the rulings on it by
 * court, date and scope. Whether a policy meets a requirement and whether that requirement is enjoined somewhere
 * are separate facts: see {@link checkConditionSet}.
 */
export const CONDITION_SETS: Readonly<Record<ConditionSetId, ConditionSet>> = {
  'psp-2017': {
    id: 'psp-2017',
    title: 'DOJ Public Safety Partnership questions (2017)',
    // Announced Jun 20, 2017; letters Aug 3, 2017; answers due Aug 18.
    effectiveFrom: '2017-08-03',
    effectiveUntil: null,
    requirements: PSP_2017_REQUIREMENTS,
    litigation: [],
    notes: [
      'Announced June 20, 2017; letters sent August 3, 2017, answers due August 18, 2017.',
      'The wording of the third question comes from a secondary copy of the letters.',
    ],
    citations: PSP_CITATIONS,
    status: 'secondary',
  },
  'byrne-jag-fy2017': {
    id: 'byrne-jag-fy2017',
    title: 'Byrne JAG FY2017 conditions',
    // Federal fiscal year 2017: Oct 1, 2016 – Sep 30, 2017.
    effectiveFrom: '2016-10-01',
    effectiveUntil: '2017-10-01',
    requirements: BYRNE_JAG_FY2017_REQUIREMENTS,
    litigation: jagLitigation('fy2017'),
    notes: ['Enjoined or struck down mainly for lack of statutory authority.', OTHER_CIRCUITS_NOTE],
    citations: JAG_CITATIONS,
    status: 'confirmed',
  },
  'byrne-jag-fy2018': {
    id: 'byrne-jag-fy2018',
    title: 'Byrne JAG FY2018 conditions',
    // Federal fiscal year 2018: Oct 1, 2017 – Sep 30, 2018.
    effectiveFrom: '2017-10-01',
    effectiveUntil: '2018-10-01',
    requirements: [
      JAG_ACCESS,
      JAG_NOTICE,
      JAG_1373,
      notModeled(
        'information-sharing',
        'Share information with DHS (added for FY2018).',
        'an information-sharing condition',
        ['sf-v-barr-9th-2020', 'ny-v-doj-2d-2020'],
      ),
    ],
    litigation: jagLitigation('fy2018'),
    notes: [OTHER_CIRCUITS_NOTE],
    citations: ['sf-v-barr-9th-2020', 'ny-v-doj-2d-2020', 'philadelphia-3d-2019'],
    status: 'secondary',
  },
  'dhs-standard-terms-fy2025': {
    id: 'dhs-standard-terms-fy2025',
    title: 'DHS Standard Terms and Conditions FY2025 (immigration cooperation terms)',
    effectiveFrom: '2025-03-27',
    effectiveUntil: null,
    requirements: [
      {
        id: 'hold',
        requirement: 'Honor “requests for short-term detention … pursuant to a valid detainer”.',
        read: (p) =>
          holdRequirement(p, 'Honor “requests for short-term detention … pursuant to a valid detainer”.', [
            'dhs-terms-fy2025',
          ]),
      },
      {
        id: 'access',
        requirement: 'Give ICE access to the facility.',
        read: (p) => accessRequirement(p, 'Give ICE access to the facility.', ['dhs-terms-fy2025']),
      },
    ],
    litigation: [
      {
        id: 'illinois-v-fema-2025',
        case: 'Illinois v. FEMA',
        court: 'D.R.I.',
        date: '2025-09-24',
        outcome: 'vacated',
        scope: 'DHS/FEMA grants',
        requirements: ['hold', 'access'],
        citations: ['illinois-v-fema-2025'],
        status: 'secondary',
      },
    ],
    notes: [],
    citations: ['dhs-terms-fy2025'],
    status: 'secondary',
  },
};

/** A ruling on a requirement, as a fact separate from whether the policy meets it. */
export interface RequirementLitigation {
  readonly litigationId: string;
  readonly outcome: LitigationOutcome;
  readonly court: string;
  readonly scope: string;
  /** The ruling's day, or `null` when the sources give none. */
  readonly since: string | null;
  /** E.g. "enjoined in the 9th Circuit (San Francisco, California) since 2020-07-13". */
  readonly text: string;
  readonly citations: readonly CitationId[];
  readonly status: SourceStatus;
}

/** One requirement read against a policy, and the rulings on it: two separate facts. */
export interface ConditionRequirementResult extends FederalRequirement {
  readonly litigation: readonly RequirementLitigation[];
}

/** A policy read against a condition set. A reading of the switches, not a finding by an agency or a court. */
export interface ConditionSetReport {
  readonly set: ConditionSetId;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  /** The date the litigation is read on, or `null` for every ruling known. */
  readonly asOf: string | null;
  readonly requirements: readonly ConditionRequirementResult[];
  readonly summary: string;
  readonly notes: readonly string[];
  readonly citations: readonly CitationId[];
  readonly status: SourceStatus;
}

const OUTCOME_WORDS: Record<LitigationOutcome, string> = {
  enjoined: 'enjoined',
  'struck-down': 'struck down',
  upheld: 'upheld',
  vacated: 'vacated',
};

/**
 * Reads a resolved policy against a dated condition set: each requirement met or not, with the reasons and
 * citations, and, separately, each ruling on that requirement (by court, date and scope) known on `asOf` (all
 * rulings when `asOf` is left out; an undated ruling is listed only then).
 *
 * @example
 * const r = checkConditionSet('byrne-jag-fy2017', getPolicyPreset('full-cooperation'), { asOf: '2020-08-01' });
 * r.requirements[1]?.status // 'met'
 * r.requirements[1]?.litigation.map((l) => l.text) // […, 'struck down in the 9th Circuit (San Francisco, California), 9th Cir., since 2020-07-13', …]
 */
export function checkConditionSet(
  id: ConditionSetId,
  policy: JurisdictionPolicy,
  options: { readonly asOf?: string } = {},
): ConditionSetReport {
  const set = CONDITION_SETS[id];
  const asOf = options.asOf ?? null;
  const known = set.litigation.filter((l) => (asOf === null ? true : l.date !== null && l.date <= asOf));
  const requirements = set.requirements.map((def): ConditionRequirementResult => {
    const reading = def.read(policy);
    const litigation = known
      .filter((l) => l.requirements.includes(def.id))
      .map(
        (l): RequirementLitigation => ({
          litigationId: l.id,
          outcome: l.outcome,
          court: l.court,
          scope: l.scope,
          since: l.date,
          text: `${OUTCOME_WORDS[l.outcome]} in ${l.scope}, ${l.court}, ${l.date ? `since ${l.date}` : 'date not given in the sources'}`,
          citations: l.citations,
          status: l.status,
        }),
      );
    return { ...reading, litigation };
  });
  return {
    set: id,
    title: set.title,
    effectiveFrom: set.effectiveFrom,
    effectiveUntil: set.effectiveUntil,
    asOf,
    requirements,
    summary: summarize(requirements),
    notes: [
      "This reads the policy's switches against the conditions as asked; it is not a finding by an agency or a court.",
      'Whether the policy meets a requirement and whether a court enjoined or upheld that requirement are separate facts.',
      ...set.notes,
    ],
    citations: set.citations,
    status: set.status,
  };
}
