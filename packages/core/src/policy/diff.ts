import type { OffenseCategory } from '../detainer/vocabulary.js';
import type {
  Agreement287g,
  HoldLimit,
  HoldSwitch,
  JurisdictionPolicy,
  NoticeAfterEligibility,
  NotifySwitch,
  StateJudicialOrder,
  StateLaw,
  TransferSwitch,
} from './schema.js';

/*
 * Plain-language labels for every policy switch, in one place for the SDK and the demo. Neutral and
 * factual: they say what the switch does, never whether it is good [ilrc-map-2016].
 */

const HOLD_LABELS: Readonly<Record<HoldSwitch, string>> = {
  never: 'never honored',
  'judicial-warrant': 'only with a judicial warrant',
  'listed-offenses': 'only for listed offenses',
  always: 'honored always',
};
const NOTIFY_LABELS: Readonly<Record<NotifySwitch, string>> = {
  never: 'never given',
  'listed-offenses': 'only for listed offenses',
  always: 'given always (when requested)',
  barred: 'barred by law, with any other compliance (as in Illinois)',
};
const TRANSFER_LABELS: Readonly<Record<TransferSwitch, string>> = {
  never: 'does not hand the person to DHS at release',
  'listed-offenses': 'hands the person to DHS at release, when DHS is present, only for listed offenses',
  always: 'hands the person to DHS at release when DHS is present',
};
const STATE_LAW_LABELS: Readonly<Record<StateLaw, string>> = {
  none: 'silent (local policy decides)',
  'no-authority-to-hold': 'no authority to hold on a civil detainer',
  'mandated-compliance':
    'compliance with every request mandated (unless the person proves citizenship or lawful status)',
};
const ACCESS_LABELS: Readonly<Record<JurisdictionPolicy['access'], string>> = {
  allowed: 'DHS interviews in the facility allowed',
  refused: 'DHS interviews in the facility refused',
  'judicial-warrant-for-non-public-areas':
    'DHS interviews in public areas allowed; in non-public areas only with a judicial warrant (Colorado, 2025)',
  'written-consent': "DHS interviews only with the person's written consent (California state prisons)",
};
const COUNTING_RULE_LABELS: Readonly<Record<JurisdictionPolicy['countingRule'], string>> = {
  'by-form': "by the detainer's form and era",
  calendar: 'elapsed hours (weekends and holidays included)',
  excludeWeekendsAndHolidays: 'weekday hours only (weekends and federal holidays left out)',
};
const OFFENSE_LABELS: Readonly<Record<OffenseCategory, string>> = {
  'serious-or-violent-felony': 'serious or violent felony',
  'listed-conviction': 'listed conviction',
  'other-felony': 'other felony',
  misdemeanor: 'misdemeanor',
  infraction: 'infraction',
};

/** "honored always", "only with a judicial warrant", … */
export function describeHoldSwitch(value: HoldSwitch): string {
  return HOLD_LABELS[value];
}
/** "never given", "only for listed offenses", "given always (when requested)". */
export function describeNotifySwitch(value: NotifySwitch): string {
  return NOTIFY_LABELS[value];
}
/** "silent (local policy decides)", "no authority to hold on a civil detainer", … */
export function describeStateLaw(value: StateLaw): string {
  return STATE_LAW_LABELS[value];
}
/** "DHS interviews in the facility allowed" / "… refused". */
export function describeAccess(value: JurisdictionPolicy['access']): string {
  return ACCESS_LABELS[value];
}
/** When the person is handed to DHS at release when DHS is present: never, for listed offenses, always. */
export function describeTransferAtRelease(value: TransferSwitch): string {
  return TRANSFER_LABELS[value];
}
/** How the hold's hours are counted. */
export function describeCountingRule(value: JurisdictionPolicy['countingRule']): string {
  return COUNTING_RULE_LABELS[value];
}
/** Whether a hold on a database-only basis is refused [gonzalez-cdcal-2020]. */
export function describeDatabaseOnlyBasis(value: boolean): string {
  return value ? 'holds refused when the only basis is a database match' : 'the probable-cause basis is not tested';
}
/** Whether a hold needs neutral review of probable cause (Gonzalez settlement; coverage unverified). */
export function describeNeutralReview(value: boolean): string {
  return value
    ? 'holds need neutral review of probable cause (Gonzalez settlement; coverage unverified)'
    : 'no neutral review of probable cause required';
}
/** Whether ICE must be notified within hours of release eligibility (North Carolina HB 318). */
export function describeNoticeAfterEligibility(value: NoticeAfterEligibility): string {
  return value === 'within-2-hours'
    ? 'ICE notified within 2 hours of release eligibility (North Carolina HB 318; a hard deadline, never fatal)'
    : 'no deadline after release eligibility';
}
/** Whether a hold on an administrative warrant needs a state judicial order (North Carolina HB 10). */
export function describeStateJudicialOrder(value: StateJudicialOrder): string {
  return value === 'required'
    ? 'a hold on an administrative warrant needs a state judicial order (North Carolina HB 10; flagged when missing, never fatal)'
    : 'no state judicial order required';
}
const HOLD_LIMIT_LABELS: Readonly<Record<HoldLimit, string>> = {
  'by-counting-rule': 'set by the counting rule alone',
  'calendar-48h-unless-judicial-warrant':
    'at most 48 elapsed hours unless the detainer comes with a judicial warrant (Georgia HB 1105 as introduced; unverified)',
};
/** The hold limit set by state law, on top of the counting rule (Georgia HB 1105 as introduced; unverified). */
export function describeHoldLimit(value: HoldLimit): string {
  return HOLD_LIMIT_LABELS[value];
}
const AGREEMENT_287G_LABELS: Readonly<Record<Agreement287g, string>> = {
  none: 'no 287(g) agreement',
  'jail-enforcement-model': '287(g) Jail Enforcement Model: trained jail officers screen people and issue detainers',
  'warrant-service-officer':
    '287(g) Warrant Service Officer: local officers serve ICE’s I-200 or I-205 in the jail and transfer custody',
};
/** The custodian's 287(g) agreement with ICE [ice-287g-models-2025]. */
export function describeAgreement287g(value: Agreement287g): string {
  return AGREEMENT_287G_LABELS[value];
}
/** Whether Warrant Service Officer service is read as outside a state "no authority to hold" rule (unverified). */
export function describeWarrantServiceOutsideNoAuthority(value: boolean): string {
  return value
    ? 'warrant service by a 287(g) officer read as outside a state "no authority to hold" rule (unverified)'
    : 'a state "no authority to hold" rule applies to warrant service too';
}
/** Whether the person gets a copy of the request and the custodian's intention [ca-gov-7284.6], [nj-directive-2018-6]. */
export function describeInformPersonOfRequest(value: boolean): string {
  return value
    ? 'the person gets a copy of the request and is told whether the custodian will comply (California state prisons, New Jersey)'
    : 'no duty to give the person a copy of the request';
}
/** Whether the person is advised of rights before an ICE interview [ca-gov-7284.6], [co-sb25-276], [nj-directive-2018-6]. */
export function describeAdviseRightsBeforeInterview(value: boolean): string {
  return value
    ? 'the person is advised of rights before an ICE interview (California, Colorado, New Jersey)'
    : 'no duty to advise the person of rights before an interview';
}
/** Whether the person may be handed to DHS before release eligibility [fl-sb168-2019], [ia-27a-2018]. */
export function describeTransferBeforeRelease(value: boolean): string {
  return value
    ? 'the person may be handed to DHS before release eligibility (Florida: sentence reduced by up to 12 days; Iowa: end of sentence in federal custody)'
    : 'no transfer to DHS before release eligibility';
}
/** "serious or violent felony", … */
export function describeOffenseCategory(value: OffenseCategory): string {
  return OFFENSE_LABELS[value];
}
/** "serious or violent felony, listed conviction", or "none". */
export function describeListedOffenses(value: readonly OffenseCategory[]): string {
  return value.length === 0 ? 'none' : value.map(describeOffenseCategory).join(', ');
}

/** The fields {@link diffPolicies} compares: every switch; not `name`, `description` or `citations`. */
export const POLICY_SWITCH_FIELDS = [
  'stateLaw',
  'hold',
  'notify',
  'listedOffenses',
  'access',
  'transferAtRelease',
  'countingRule',
  'rejectDatabaseOnlyBasis',
  'requireNeutralReview',
  'noticeAfterEligibility',
  'stateJudicialOrder',
  'holdLimit',
  'agreement287g',
  'warrantServiceOutsideNoAuthority',
  'informPersonOfRequest',
  'adviseRightsBeforeInterview',
  'transferBeforeRelease',
] as const satisfies readonly (keyof JurisdictionPolicy)[];
export type PolicySwitchField = (typeof POLICY_SWITCH_FIELDS)[number];

/** What each switch is called in plain language. */
export const POLICY_FIELD_LABELS: Readonly<Record<PolicySwitchField, string>> = {
  stateLaw: 'State law',
  hold: 'Hold requests',
  notify: 'Notice of release',
  listedOffenses: 'Listed offenses',
  access: 'DHS access',
  transferAtRelease: 'Transfer at release',
  countingRule: 'Counting of the hold',
  rejectDatabaseOnlyBasis: 'Database-only basis',
  requireNeutralReview: 'Neutral review of probable cause',
  noticeAfterEligibility: 'Notice after release eligibility',
  stateJudicialOrder: 'State judicial order before a hold',
  holdLimit: 'Hold limit set by state law',
  agreement287g: '287(g) agreement',
  warrantServiceOutsideNoAuthority: 'Warrant service and "no authority to hold"',
  informPersonOfRequest: 'Copy of the request to the person',
  adviseRightsBeforeInterview: 'Rights before an ICE interview',
  transferBeforeRelease: 'Transfer before release eligibility',
};

/** The plain-language value of one switch of a policy. */
export function describePolicyField(policy: JurisdictionPolicy, field: PolicySwitchField): string {
  switch (field) {
    case 'stateLaw':
      return describeStateLaw(policy.stateLaw);
    case 'hold':
      return describeHoldSwitch(policy.hold);
    case 'notify':
      return describeNotifySwitch(policy.notify);
    case 'listedOffenses':
      return describeListedOffenses(policy.listedOffenses);
    case 'access':
      return describeAccess(policy.access);
    case 'transferAtRelease':
      return describeTransferAtRelease(policy.transferAtRelease);
    case 'countingRule':
      return describeCountingRule(policy.countingRule);
    case 'rejectDatabaseOnlyBasis':
      return describeDatabaseOnlyBasis(policy.rejectDatabaseOnlyBasis);
    case 'requireNeutralReview':
      return describeNeutralReview(policy.requireNeutralReview);
    case 'noticeAfterEligibility':
      return describeNoticeAfterEligibility(policy.noticeAfterEligibility);
    case 'stateJudicialOrder':
      return describeStateJudicialOrder(policy.stateJudicialOrder);
    case 'holdLimit':
      return describeHoldLimit(policy.holdLimit);
    case 'agreement287g':
      return describeAgreement287g(policy.agreement287g);
    case 'warrantServiceOutsideNoAuthority':
      return describeWarrantServiceOutsideNoAuthority(policy.warrantServiceOutsideNoAuthority);
    case 'informPersonOfRequest':
      return describeInformPersonOfRequest(policy.informPersonOfRequest);
    case 'adviseRightsBeforeInterview':
      return describeAdviseRightsBeforeInterview(policy.adviseRightsBeforeInterview);
    case 'transferBeforeRelease':
      return describeTransferBeforeRelease(policy.transferBeforeRelease);
  }
}

/** One switch on which two policies differ. */
export interface PolicyDifference {
  readonly field: keyof JurisdictionPolicy;
  readonly a: unknown;
  readonly b: unknown;
  /** Plain language, e.g. "Hold requests: honored always → only with a judicial warrant". */
  readonly text: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) if (!b.includes(x)) return false;
  for (const x of b) if (!a.includes(x)) return false;
  return true;
}

/**
 * The switches on which two policies differ, in a fixed order (state law first). `name`, `description` and
 * `citations` are ignored; `listedOffenses` is compared as a set. Empty for policies with the same switches;
 * `diffPolicies(a, b)` and `diffPolicies(b, a)` name the same fields.
 *
 * @example
 * diffPolicies(getPolicyPreset('full-cooperation'), getPolicyPreset('judicial-warrant-required'))
 * // [{ field: 'hold', a: 'always', b: 'judicial-warrant',
 * //    text: 'Hold requests: honored always → only with a judicial warrant' }]
 */
export function diffPolicies(a: JurisdictionPolicy, b: JurisdictionPolicy): PolicyDifference[] {
  const differences: PolicyDifference[] = [];
  for (const field of POLICY_SWITCH_FIELDS) {
    const va = a[field];
    const vb = b[field];
    const same = Array.isArray(va) && Array.isArray(vb) ? sameSet(va, vb) : va === vb;
    if (same) continue;
    differences.push({
      field,
      a: va,
      b: vb,
      text: `${POLICY_FIELD_LABELS[field]}: ${describePolicyField(a, field)} → ${describePolicyField(b, field)}`,
    });
  }
  return differences;
}
