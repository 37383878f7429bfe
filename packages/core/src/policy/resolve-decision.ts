import type { CitationId } from '../citations.js';
import { type CountingRuleChoice, resolveCountingRule } from '../clock/counting-rule.js';
import type { Detainer } from '../detainer/detainer.js';
import type { Subject } from '../detainer/subject.js';
import type { DetainerForm, OffenseCategory } from '../detainer/vocabulary.js';
import { enCore as en } from '../text/en-core.js';
import type { CustodianDecision, DecisionReason, JurisdictionPolicy, PolicyLayer } from './schema.js';

/**
 * Every reason {@link resolveDecision} can give, keyed by its stable code. The texts are static (no
 * per-case string building), so a decision allocates only its own record and its reasons array.
 */
export const DECISION_REASON_CODES = [
  'detainer-is-request',
  'hold-is-new-seizure',
  'hold-not-requested',
  'hold-not-requested-i247n',
  'hold-not-requested-i247g',
  'federal-hold-neutral-review',
  'federal-hold-no-neutral-review',
  'notice-not-requested',
  'state-law-none',
  'state-law-no-authority',
  'state-law-no-authority-overrides-local',
  'state-law-mandated-compliance',
  'state-law-mandated-compliance-overrides-local',
  'state-law-mandate-exempt-citizenship',
  'state-law-mandate-exempt-lawful-status',
  'state-law-no-authority-warrant-service',
  'agreement-287g-jail-enforcement',
  'agreement-287g-warrant-service',
  'local-hold-never',
  'local-hold-always',
  'local-hold-judicial-warrant',
  'local-hold-administrative-warrant',
  'local-hold-no-warrant',
  'local-hold-listed-offense',
  'local-hold-no-listed-offense',
  'local-hold-database-only-basis',
  'local-hold-no-stated-basis',
  'local-notify-never',
  'local-notify-always',
  'local-notify-listed-offense',
  'local-notify-no-listed-offense',
  'local-notify-barred',
  'local-access-allowed',
  'local-access-refused',
  'local-access-judicial-warrant-for-non-public-areas',
  'local-access-written-consent',
  'access-public-area',
  'access-non-public-judicial-warrant',
  'access-non-public-no-judicial-warrant',
  'access-written-consent-given',
  'access-no-written-consent',
  'local-transfer-at-release',
  'local-no-transfer-at-release',
  'local-transfer-listed-offense',
  'local-transfer-no-listed-offense',
  'local-no-transfer-barred',
] as const;
/** A stable code of a {@link DecisionReason} produced by {@link resolveDecision}. */
export type DecisionReasonCode = (typeof DECISION_REASON_CODES)[number];

/** A reason with a code from {@link DECISION_REASON_CODES}. */
export interface KnownDecisionReason extends DecisionReason {
  readonly code: DecisionReasonCode;
}

function reason(code: DecisionReasonCode, layer: PolicyLayer, citations: readonly CitationId[]): KnownDecisionReason {
  return Object.freeze({ code, layer, text: en[`decision.${code}`], citations: Object.freeze([...citations]) });
}

/** The reasons, one per code; their English texts live in text/en.ts. Shared, frozen objects: never mutate them. */
export const DECISION_REASONS: Readonly<Record<DecisionReasonCode, KnownDecisionReason>> = Object.freeze({
  // Federal layer: what a detainer is [galarza-2014], [cfr-287.7-a], [miranda-olivares-2014].
  'detainer-is-request': reason('detainer-is-request', 'federal', ['galarza-2014', 'cfr-287.7-a']),
  'hold-is-new-seizure': reason('hold-is-new-seizure', 'federal', ['miranda-olivares-2014']),
  // Detainer layer: what was asked [ice-guidance-i247a], [i247n].
  'hold-not-requested': reason('hold-not-requested', 'detainer', ['ice-guidance-i247a']),
  'hold-not-requested-i247n': reason('hold-not-requested-i247n', 'detainer', ['i247n']),
  'hold-not-requested-i247g': reason('hold-not-requested-i247g', 'detainer', [
    'i247g-form',
    'gonzalez-settlement-2025',
  ]),
  // Federal layer after 2025: the Gonzalez settlement [gonzalez-settlement-2025] (secondary; coverage unverified).
  'federal-hold-neutral-review': reason('federal-hold-neutral-review', 'federal', [
    'gonzalez-settlement-2025',
    'gonzalez-9th-2020',
  ]),
  'federal-hold-no-neutral-review': reason('federal-hold-no-neutral-review', 'federal', [
    'gonzalez-settlement-2025',
    'gonzalez-9th-2020',
  ]),
  'notice-not-requested': reason('notice-not-requested', 'detainer', ['ice-guidance-i247a']),
  // State-law layer [ilrc-state-appendix], [lunn-2017], [tx-ccp-2.251].
  'state-law-none': reason('state-law-none', 'state-law', ['ilrc-state-appendix']),
  'state-law-no-authority': reason('state-law-no-authority', 'state-law', ['lunn-2017']),
  'state-law-no-authority-overrides-local': reason('state-law-no-authority-overrides-local', 'state-law', [
    'lunn-2017',
  ]),
  'state-law-mandated-compliance': reason('state-law-mandated-compliance', 'state-law', ['tx-ccp-2.251']),
  'state-law-mandated-compliance-overrides-local': reason(
    'state-law-mandated-compliance-overrides-local',
    'state-law',
    ['tx-ccp-2.251'],
  ),
  'state-law-mandate-exempt-citizenship': reason('state-law-mandate-exempt-citizenship', 'state-law', ['tx-ccp-2.251']),
  'state-law-mandate-exempt-lawful-status': reason('state-law-mandate-exempt-lawful-status', 'state-law', [
    'tx-ccp-2.251',
  ]),
  // 287(g) agreements [ice-287g-models-2025], [crs-287g] (secondary).
  'state-law-no-authority-warrant-service': reason('state-law-no-authority-warrant-service', 'state-law', [
    'lunn-2017',
    'ramon-2020',
    'ice-287g-models-2025',
  ]),
  'agreement-287g-jail-enforcement': reason('agreement-287g-jail-enforcement', 'federal', [
    'ice-287g-models-2025',
    'crs-287g',
  ]),
  'agreement-287g-warrant-service': reason('agreement-287g-warrant-service', 'federal', ['ice-287g-models-2025']),
  // Local layer: the policy's switches [ilrc-map-2016].
  'local-hold-never': reason('local-hold-never', 'local-policy', ['ilrc-map-2016']),
  'local-hold-always': reason('local-hold-always', 'local-policy', ['ilrc-map-2016']),
  'local-hold-judicial-warrant': reason('local-hold-judicial-warrant', 'local-policy', ['ilrc-map-2016']),
  'local-hold-administrative-warrant': reason('local-hold-administrative-warrant', 'local-policy', [
    'ilrc-map-2016',
    'ice-guidance-i247a',
  ]),
  'local-hold-no-warrant': reason('local-hold-no-warrant', 'local-policy', ['ilrc-map-2016']),
  'local-hold-listed-offense': reason('local-hold-listed-offense', 'local-policy', ['ilrc-map-2016', 'ca-sb54-digest']),
  'local-hold-no-listed-offense': reason('local-hold-no-listed-offense', 'local-policy', [
    'ilrc-map-2016',
    'ca-sb54-digest',
  ]),
  'local-hold-database-only-basis': reason('local-hold-database-only-basis', 'local-policy', ['gonzalez-cdcal-2020']),
  'local-hold-no-stated-basis': reason('local-hold-no-stated-basis', 'local-policy', [
    'gonzalez-cdcal-2020',
    'miranda-olivares-2014',
  ]),
  'local-notify-never': reason('local-notify-never', 'local-policy', ['ilrc-map-2016']),
  'local-notify-always': reason('local-notify-always', 'local-policy', ['ilrc-map-2016']),
  'local-notify-listed-offense': reason('local-notify-listed-offense', 'local-policy', [
    'ilrc-map-2016',
    'ca-sb54-digest',
  ]),
  'local-notify-no-listed-offense': reason('local-notify-no-listed-offense', 'local-policy', [
    'ilrc-map-2016',
    'ca-sb54-digest',
  ]),
  'local-notify-barred': reason('local-notify-barred', 'local-policy', ['il-trust-805']),
  'local-access-allowed': reason('local-access-allowed', 'local-policy', ['psp-letters-2017']),
  'local-access-refused': reason('local-access-refused', 'local-policy', ['psp-letters-2017']),
  'local-access-judicial-warrant-for-non-public-areas': reason(
    'local-access-judicial-warrant-for-non-public-areas',
    'local-policy',
    ['co-sb25-276'],
  ),
  'local-access-written-consent': reason('local-access-written-consent', 'local-policy', ['ca-gov-7284.6']),
  'access-public-area': reason('access-public-area', 'local-policy', ['co-sb25-276']),
  'access-non-public-judicial-warrant': reason('access-non-public-judicial-warrant', 'local-policy', ['co-sb25-276']),
  'access-non-public-no-judicial-warrant': reason('access-non-public-no-judicial-warrant', 'local-policy', [
    'co-sb25-276',
    'ice-guidance-i247a',
  ]),
  'access-written-consent-given': reason('access-written-consent-given', 'local-policy', ['ca-gov-7284.6']),
  'access-no-written-consent': reason('access-no-written-consent', 'local-policy', ['ca-gov-7284.6']),
  'local-transfer-at-release': reason('local-transfer-at-release', 'local-policy', ['ilrc-map-2016']),
  'local-no-transfer-at-release': reason('local-no-transfer-at-release', 'local-policy', ['ilrc-map-2016']),
  'local-transfer-listed-offense': reason('local-transfer-listed-offense', 'local-policy', [
    'ca-gov-7284.6',
    'ca-sb54-digest',
  ]),
  'local-transfer-no-listed-offense': reason('local-transfer-no-listed-offense', 'local-policy', [
    'ca-gov-7284.6',
    'ca-sb54-digest',
  ]),
  'local-no-transfer-barred': reason('local-no-transfer-barred', 'local-policy', ['il-trust-805']),
});

const R = DECISION_REASONS;

/** A local switch's ruling on one request: whether it is honored, and the reason. Static objects. */
interface Ruling {
  readonly allowed: boolean;
  readonly reason: KnownDecisionReason;
}
function ruling(allowed: boolean, code: DecisionReasonCode): Ruling {
  return Object.freeze({ allowed, reason: R[code] });
}
const HOLD_NEVER = ruling(false, 'local-hold-never');
const HOLD_ALWAYS = ruling(true, 'local-hold-always');
const HOLD_JUDICIAL = ruling(true, 'local-hold-judicial-warrant');
const HOLD_ADMINISTRATIVE = ruling(false, 'local-hold-administrative-warrant');
const HOLD_NO_WARRANT = ruling(false, 'local-hold-no-warrant');
const HOLD_LISTED = ruling(true, 'local-hold-listed-offense');
const HOLD_NOT_LISTED = ruling(false, 'local-hold-no-listed-offense');
const HOLD_DATABASE_ONLY = ruling(false, 'local-hold-database-only-basis');
const HOLD_NO_BASIS = ruling(false, 'local-hold-no-stated-basis');
const NOTIFY_NEVER = ruling(false, 'local-notify-never');
const NOTIFY_ALWAYS = ruling(true, 'local-notify-always');
const NOTIFY_LISTED = ruling(true, 'local-notify-listed-offense');
const NOTIFY_NOT_LISTED = ruling(false, 'local-notify-no-listed-offense');
const NOTIFY_BARRED = ruling(false, 'local-notify-barred');
const TRANSFER_NEVER = ruling(false, 'local-no-transfer-at-release');
const TRANSFER_ALWAYS = ruling(true, 'local-transfer-at-release');
const TRANSFER_LISTED = ruling(true, 'local-transfer-listed-offense');
const TRANSFER_NOT_LISTED = ruling(false, 'local-transfer-no-listed-offense');
const TRANSFER_BARRED = ruling(false, 'local-no-transfer-barred');

type Flags = CustodianDecision['hold'];
const NOT_REQUESTED: Flags = Object.freeze({ requested: false, allowed: false });
const REQUESTED_DENIED: Flags = Object.freeze({ requested: true, allowed: false });
const REQUESTED_ALLOWED: Flags = Object.freeze({ requested: true, allowed: true });
function flags(requested: boolean, allowed: boolean): Flags {
  if (!requested) return NOT_REQUESTED;
  return allowed ? REQUESTED_ALLOWED : REQUESTED_DENIED;
}

/** `resolveCountingRule` results, one per (policy rule, form): they depend on nothing else. */
const COUNTING_RULES: Record<JurisdictionPolicy['countingRule'], Partial<Record<DetainerForm, CountingRuleChoice>>> = {
  'by-form': {},
  calendar: {},
  excludeWeekendsAndHolidays: {},
};
function countingRuleFor(form: DetainerForm, rule: JurisdictionPolicy['countingRule']): CountingRuleChoice {
  const row = COUNTING_RULES[rule];
  const cached = row[form];
  if (cached) return cached;
  const choice = resolveCountingRule(form, rule);
  const frozen: CountingRuleChoice = Object.freeze({ ...choice, citations: Object.freeze([...choice.citations]) });
  row[form] = frozen;
  return frozen;
}

function hasListedOffense(offenses: readonly OffenseCategory[], listed: readonly OffenseCategory[]): boolean {
  for (const offense of offenses) {
    if (listed.includes(offense)) return true;
  }
  return false;
}

/**
 * True when a detainer's probable-cause basis is only a biometric match and database records, or when it
 * states no basis at all [gonzalez-cdcal-2020].
 */
export function isDatabaseOnlyBasis(basis: Detainer['basis']): boolean {
  for (const b of basis) {
    if (b !== 'biometric-match-and-database') return false;
  }
  return true;
}

/** The local hold switch on a request to hold, then the policy's test of the probable-cause basis. */
function localHoldRuling(policy: JurisdictionPolicy, detainer: Detainer, subject: Subject): Ruling {
  let switchRuling: Ruling;
  switch (policy.hold) {
    case 'never':
      return HOLD_NEVER;
    case 'always':
      switchRuling = HOLD_ALWAYS;
      break;
    case 'judicial-warrant':
      // I-200 and I-205 are administrative warrants signed by immigration officers, not judges
      // [ice-guidance-i247a], [ilrc-map-2016].
      if (detainer.warrant === 'judicial') switchRuling = HOLD_JUDICIAL;
      else return detainer.warrant === 'none' ? HOLD_NO_WARRANT : HOLD_ADMINISTRATIVE;
      break;
    case 'listed-offenses':
      if (!hasListedOffense(subject.offenses, policy.listedOffenses)) return HOLD_NOT_LISTED;
      switchRuling = HOLD_LISTED;
      break;
  }
  if (policy.rejectDatabaseOnlyBasis && isDatabaseOnlyBasis(detainer.basis)) {
    return detainer.basis.length === 0 ? HOLD_NO_BASIS : HOLD_DATABASE_ONLY;
  }
  return switchRuling;
}

/** The local notify switch on a request for notice. */
function localNoticeRuling(policy: JurisdictionPolicy, subject: Subject): Ruling {
  switch (policy.notify) {
    case 'never':
      return NOTIFY_NEVER;
    case 'always':
      return NOTIFY_ALWAYS;
    case 'listed-offenses':
      return hasListedOffense(subject.offenses, policy.listedOffenses) ? NOTIFY_LISTED : NOTIFY_NOT_LISTED;
    case 'barred':
      return NOTIFY_BARRED;
  }
}

/** The local transfer switch: whether the person is handed to DHS at release when DHS is present. */
function localTransferRuling(policy: JurisdictionPolicy, subject: Subject): Ruling {
  switch (policy.transferAtRelease) {
    case 'never':
      return TRANSFER_NEVER;
    case 'always':
      return TRANSFER_ALWAYS;
    case 'listed-offenses':
      return hasListedOffense(subject.offenses, policy.listedOffenses) ? TRANSFER_LISTED : TRANSFER_NOT_LISTED;
  }
}

/** The decision's reason on the access switch, per value. */
const ACCESS_POLICY_REASONS: Readonly<Record<JurisdictionPolicy['access'], KnownDecisionReason>> = {
  allowed: R['local-access-allowed'],
  refused: R['local-access-refused'],
  'judicial-warrant-for-non-public-areas': R['local-access-judicial-warrant-for-non-public-areas'],
  'written-consent': R['local-access-written-consent'],
};

/** One DHS interview request as the access switch reads it; a field left out reads as the cautious default. */
export interface AccessRequestFacts {
  /** Where the interview is asked for; default `non-public` (a person in custody is held in the secure area). */
  readonly area?: 'public' | 'non-public' | undefined;
  /** DHS has a warrant signed by a judge; default `false`. */
  readonly judicialWarrant?: boolean | undefined;
  /** The person consented in writing; default `false`. */
  readonly writtenConsent?: boolean | undefined;
}

/** Whether one interview request is granted, and the reason (with its sources). */
export interface AccessRuling {
  readonly granted: boolean;
  readonly reason: KnownDecisionReason;
}

/**
 * Whether DHS's request to interview the person is granted under the policy's access switch [psp-letters-2017]:
 * `allowed` / `refused` whatever the request says; `judicial-warrant-for-non-public-areas`: a public area is
 * granted, a non-public one only with a judicial warrant [co-sb25-276]; `written-consent`: only with the person's
 * written consent [ca-gov-7284.6]. Pure.
 *
 * @example
 * resolveAccess('judicial-warrant-for-non-public-areas', { area: 'non-public', judicialWarrant: false }).granted // false
 */
export function resolveAccess(access: JurisdictionPolicy['access'], request: AccessRequestFacts): AccessRuling {
  switch (access) {
    case 'allowed':
      return { granted: true, reason: R['local-access-allowed'] };
    case 'refused':
      return { granted: false, reason: R['local-access-refused'] };
    case 'judicial-warrant-for-non-public-areas':
      if (request.area === 'public') return { granted: true, reason: R['access-public-area'] };
      return request.judicialWarrant === true
        ? { granted: true, reason: R['access-non-public-judicial-warrant'] }
        : { granted: false, reason: R['access-non-public-no-judicial-warrant'] };
    case 'written-consent':
      return request.writtenConsent === true
        ? { granted: true, reason: R['access-written-consent-given'] }
        : { granted: false, reason: R['access-no-written-consent'] };
  }
}

/** What {@link resolveDecision} takes: a parsed policy, a parsed detainer and a parsed subject. */
export interface ResolveDecisionInput {
  readonly policy: JurisdictionPolicy;
  readonly detainer: Detainer;
  readonly subject: Subject;
}

/**
 * What the custodian does with one detainer under a policy, and why. Pure; parses nothing (pass parsed
 * values); allocation-light, for use on every hold decision and in large simulations.
 *
 * The layers resolve in order:
 * 1. What a detainer is: a request, not a command; honoring it is the custodian's choice [galarza-2014],
 *    [cfr-287.7-a]; a hold after release eligibility is a new seizure that needs probable cause
 *    [miranda-olivares-2014]. What was asked comes from `detainer.requests`; a request not made is never
 *    "allowed" (an I-247N asks for notice only [i247n]).
 * 2. State law, which takes precedence over local policy:
 *    - `no-authority-to-hold`: no hold, whatever the local switch says [lunn-2017]; notice and access follow
 *      the local policy;
 *    - `mandated-compliance`: every request (hold, notice) is honored whatever the local policy says, unless
 *      the person has given proof of US citizenship or lawful status; then the mandate does not apply and the
 *      local switches decide the hold and notice, as if state law were silent [tx-ccp-2.251].
 * 3. Local switches [ilrc-map-2016]: hold `never` / `judicial-warrant` (only when `detainer.warrant` is
 *    `judicial`; an I-200 or I-205 is an administrative warrant [ice-guidance-i247a]) / `listed-offenses`
 *    (the person's offenses meet `listedOffenses` [ca-sb54-digest]) / `always`; then, when
 *    `rejectDatabaseOnlyBasis` is set, no hold on a detainer whose only basis is a biometric match and
 *    database records, or that states none [gonzalez-cdcal-2020]. Notify `never` / `listed-offenses` /
 *    `always` / `barred` (a law bars any compliance: no notice, and no hand-over at release whatever the transfer
 *    switch says [il-trust-805]). Access [psp-letters-2017] is read from the policy; transfer at release `never` /
 *    `listed-offenses` (California: transfer only for listed offenses [ca-gov-7284.6], [ca-sb54-digest]) / `always`.
 *    With a 287(g) Warrant Service Officer agreement and `warrantServiceOutsideNoAuthority` set (unverified), a hold
 *    on an I-200 or I-205 is read as the service of the federal warrant: `no-authority-to-hold` does not bar it and
 *    the local switches decide [ice-287g-models-2025], [lunn-2017].
 * 4. When `requireNeutralReview` is set (the Gonzalez settlement, Mar 4, 2025; coverage unverified), a request to
 *    hold without neutral review of probable cause (`detainer.neutralReview`, or a judicial warrant) is not
 *    honored, whatever the layers above decided [gonzalez-settlement-2025].
 *
 * 5. A 287(g) agreement adds its reason: `agreement-287g-jail-enforcement` (trained jail officers issue detainers) or
 *    `agreement-287g-warrant-service` (a hold is the service of ICE's I-200/I-205) [ice-287g-models-2025], [crs-287g].
 *
 * `disposition` is `honor-hold` when a hold is requested and allowed, else `notify-only` when notice is
 * requested and allowed, else `decline`. The counting rule comes from {@link resolveCountingRule}.
 * `holdReason` and `noticeReason` are the steps of `reasons` that settled each request (for a request not
 * made, the reason saying so).
 *
 * @example
 * const d = resolveDecision({ policy: getPolicyPreset('no-state-authority'), detainer, subject });
 * d.disposition // 'notify-only' for an I-247A asking for notice and a hold
 * d.holdReason.code // 'state-law-no-authority-overrides-local'
 */
export function resolveDecision({ policy, detainer, subject }: ResolveDecisionInput): CustodianDecision {
  const holdRequested = detainer.requests.hold === true;
  const noticeRequested = detainer.requests.notice === true;
  const notRequestedReason =
    detainer.form === 'I-247N'
      ? R['hold-not-requested-i247n']
      : detainer.form === 'I-247G'
        ? R['hold-not-requested-i247g']
        : R['hold-not-requested'];

  const reasons: DecisionReason[] = [
    R['detainer-is-request'],
    holdRequested ? R['hold-is-new-seizure'] : notRequestedReason,
  ];
  if (!noticeRequested) reasons.push(R['notice-not-requested']);

  const localHold = holdRequested ? localHoldRuling(policy, detainer, subject) : null;
  const localNotice = noticeRequested ? localNoticeRuling(policy, subject) : null;

  let holdAllowed = false;
  let noticeAllowed = false;
  let holdReason: DecisionReason = notRequestedReason;
  let noticeReason: DecisionReason = localNotice ? localNotice.reason : R['notice-not-requested'];

  // A Warrant Service Officer's service of an I-200 or I-205, read (an unverified option) as outside a state
  // "no authority to hold" rule: the local switches decide, as with no state law [ice-287g-models-2025].
  const warrantServiceOutside =
    policy.stateLaw === 'no-authority-to-hold' &&
    policy.agreement287g === 'warrant-service-officer' &&
    policy.warrantServiceOutsideNoAuthority &&
    (detainer.warrant === 'I-200' || detainer.warrant === 'I-205');

  switch (warrantServiceOutside ? 'warrant-service' : policy.stateLaw) {
    case 'warrant-service': {
      const stateReason = R['state-law-no-authority-warrant-service'];
      reasons.push(stateReason);
      if (localHold) {
        reasons.push(localHold.reason);
        holdAllowed = localHold.allowed;
        holdReason = localHold.allowed ? stateReason : localHold.reason;
      }
      if (localNotice) {
        reasons.push(localNotice.reason);
        noticeAllowed = localNotice.allowed;
      }
      break;
    }
    case 'no-authority-to-hold': {
      const stateReason =
        localHold?.allowed === true ? R['state-law-no-authority-overrides-local'] : R['state-law-no-authority'];
      reasons.push(stateReason);
      if (holdRequested) holdReason = stateReason;
      if (localNotice) {
        reasons.push(localNotice.reason);
        noticeAllowed = localNotice.allowed;
      }
      break;
    }
    case 'mandated-compliance': {
      const proof = subject.proofOfStatus;
      if (proof === 'us-citizenship' || proof === 'lawful-status') {
        const stateReason =
          proof === 'us-citizenship'
            ? R['state-law-mandate-exempt-citizenship']
            : R['state-law-mandate-exempt-lawful-status'];
        // The mandate does not apply to this person, so the local switches decide, not state law [tx-ccp-2.251].
        reasons.push(stateReason);
        if (localHold) {
          reasons.push(localHold.reason);
          holdAllowed = localHold.allowed;
          holdReason = localHold.reason;
        }
        if (localNotice) {
          reasons.push(localNotice.reason);
          noticeAllowed = localNotice.allowed;
        }
      } else {
        const overridesLocal = localHold?.allowed === false || localNotice?.allowed === false;
        const stateReason = overridesLocal
          ? R['state-law-mandated-compliance-overrides-local']
          : R['state-law-mandated-compliance'];
        reasons.push(stateReason);
        holdAllowed = holdRequested;
        noticeAllowed = noticeRequested;
        if (holdRequested) holdReason = stateReason;
        if (noticeRequested) noticeReason = stateReason;
      }
      break;
    }
    default: {
      // 'none': state law is silent; the local switches decide.
      reasons.push(R['state-law-none']);
      if (localHold) {
        reasons.push(localHold.reason);
        holdAllowed = localHold.allowed;
        holdReason = localHold.reason;
      }
      if (localNotice) {
        reasons.push(localNotice.reason);
        noticeAllowed = localNotice.allowed;
      }
    }
  }

  // The Gonzalez settlement binds the issuing office, so an unreviewed request to hold is not one the custodian
  // can honor, whatever state law or the local policy says [gonzalez-settlement-2025].
  if (holdRequested && policy.requireNeutralReview) {
    const reviewed = detainer.neutralReview === true || detainer.warrant === 'judicial';
    const federal = reviewed ? R['federal-hold-neutral-review'] : R['federal-hold-no-neutral-review'];
    reasons.push(federal);
    if (!reviewed) {
      holdAllowed = false;
      holdReason = federal;
    }
  }

  if (policy.agreement287g === 'jail-enforcement-model') reasons.push(R['agreement-287g-jail-enforcement']);
  else if (policy.agreement287g === 'warrant-service-officer') reasons.push(R['agreement-287g-warrant-service']);

  const access = policy.access === 'allowed';
  reasons.push(ACCESS_POLICY_REASONS[policy.access]);
  // A law that bars any compliance bars the hand-over too [il-trust-805].
  const transfer = policy.notify === 'barred' ? TRANSFER_BARRED : localTransferRuling(policy, subject);
  reasons.push(transfer.reason);

  return {
    disposition: holdAllowed ? 'honor-hold' : noticeAllowed ? 'notify-only' : 'decline',
    hold: flags(holdRequested, holdAllowed),
    notice: flags(noticeRequested, noticeAllowed),
    access,
    transferAtRelease: transfer.allowed,
    countingRule: countingRuleFor(detainer.form, policy.countingRule),
    holdReason,
    noticeReason,
    reasons,
  };
}
