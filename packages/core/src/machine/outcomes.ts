import type { CitationId } from '../citations.js';
import type { LiftReason } from '../detainer/vocabulary.js';
import type { Instant } from '../instant.js';
import type { DecisionReasonCode } from '../policy/resolve-decision.js';
import type { CustodianDecision } from '../policy/schema.js';
import type { CaseOutcome, OutcomeCode } from './context.js';

/**
 * Every reason an outcome can give (`CaseOutcome.reason`): one of the fixed reasons, a lift reason, or, for a
 * declined hold, the code of the policy's decisive reason.
 */
export type OutcomeReason =
  | 'dhs-assumed-custody-during-hold'
  | 'transferred-at-release'
  | 'transferred-before-release-eligibility'
  | 'hold-limit-reached'
  | 'notice-only-request'
  | 'no-detainer'
  | 'detainer-not-served'
  | 'hold-declined-after-custody-move'
  | 'hold-declined-after-proof-of-status'
  | LiftReason
  | DecisionReasonCode;

/** The fixed reasons (not a lift reason or a policy reason code), which {@link outcomeOf} builds. */
type FixedOutcomeReason = Exclude<OutcomeReason, LiftReason | DecisionReasonCode>;

/** The "Detainer Lift Reason" values of ICE data, in words [ddp-codebook]. */
const LIFT_REASON_WORDS: Record<LiftReason, string> = {
  'prosecutorial-discretion': 'prosecutorial discretion',
  'us-citizenship-claim': 'US citizenship or a presumptive claim to it',
  'not-amenable-to-removal': 'not amenable to removal',
  'case-closed': 'case closed',
  'early-release': 'early release',
  'no-longer-in-custody': 'no longer in state, local or federal custody',
};

const LIFTED_CITATIONS: readonly CitationId[] = ['ice-policy-10074.2', 'ddp-codebook'];

const REASON_TEXT: Record<FixedOutcomeReason, { text: string; citations: readonly CitationId[] }> = {
  'dhs-assumed-custody-during-hold': {
    text: 'DHS assumed custody during the hold, before its deadline ("Booked into Detention").',
    citations: ['cfr-287.7-d', 'ddp-codebook'],
  },
  'transferred-at-release': {
    text: 'DHS was present at release and the policy hands the person over at that moment.',
    citations: ['i247a-form', 'ddp-codebook'],
  },
  'transferred-before-release-eligibility': {
    text: 'The custodian handed the person to DHS before release eligibility, as state law allows (Florida SB 168: a court may reduce a sentence by up to 12 days so DHS takes custody before release; Iowa ch. 27A: the end of a sentence may be served in federal custody). No hold was needed.',
    citations: ['fl-sb168-2019', 'ia-27a-2018', 'ddp-codebook'],
  },
  'hold-limit-reached': {
    text: 'The hold reached its deadline without DHS assuming custody (DHS arriving at the deadline itself counts as too late); the person is released at that instant. Holding longer risks false imprisonment.',
    citations: ['cfr-287.7-d', 'nortontooby-holds'],
  },
  'notice-only-request': {
    text: 'The detainer asked for notice only and did not request detention, so the person was released without a hold.',
    citations: ['i247n', 'cfr-287.7-a'],
  },
  'no-detainer': {
    text: 'No detainer was lodged before the person became eligible for release, so ordinary release rules applied.',
    citations: ['humboldt-9121-4'],
  },
  'detainer-not-served': {
    text: 'The I-247A was never served on the person, so it had not taken effect when the person became eligible for release.',
    citations: ['ice-guidance-i247a'],
  },
  'hold-declined-after-custody-move': {
    text: 'The person, held only on the detainer, was moved during the hold to a custodian whose policy does not honor the request to hold: the hold ended at the move and the person was released.',
    citations: ['i247a-form', 'galarza-2014', 'cfr-287.7-d'],
  },
  'hold-declined-after-proof-of-status': {
    text: 'The person showed proof of US citizenship or lawful status during the hold. The state mandate to honor detainer requests does not apply to such a person, and the local policy does not honor the request to hold: the hold ended when the proof was shown and the person was released.',
    citations: ['tx-ccp-2.251', 'galarza-2014'],
  },
};

/** Builds the outcome record for one of the fixed reasons or a lift reason (a declined hold: {@link declinedOutcome}). */
export function outcomeOf(code: OutcomeCode, reason: OutcomeReason, at: Instant): CaseOutcome {
  const { text, citations } = Object.hasOwn(LIFT_REASON_WORDS, reason)
    ? { text: `DHS lifted the detainer (${LIFT_REASON_WORDS[reason as LiftReason]}).`, citations: LIFTED_CITATIONS }
    : REASON_TEXT[reason as FixedOutcomeReason];
  return { code, reason, at, text, citations };
}

/**
 * The outcome when a hold was requested and the custodian's policy did not honor it: the reason is the
 * decisive step of the decision (state law before local policy).
 */
export function declinedOutcome(decision: CustodianDecision, at: Instant): CaseOutcome {
  const decisive = decision.holdReason;
  return {
    code: 'released-hold-declined',
    // Decisions come from resolveDecision, whose reasons all carry a code from DECISION_REASON_CODES.
    reason: decisive.code as DecisionReasonCode,
    at,
    text: `The custodian did not honor the request to hold, and the person was released. ${decisive.text}`,
    citations: [...new Set<CitationId>(['galarza-2014', ...decisive.citations])],
  };
}

/**
 * The outcome when a hold in progress ends because the decision taken again mid-hold no longer honors it: after a
 * detainer-only move to a custodian whose policy declines [i247a-form], or after proof of status takes the case out
 * of a state mandate [tx-ccp-2.251]. The text says what ended the hold, then the decisive step of the new decision.
 */
export function declinedMidHoldOutcome(
  reason: 'hold-declined-after-custody-move' | 'hold-declined-after-proof-of-status',
  decision: CustodianDecision,
  at: Instant,
): CaseOutcome {
  const base = REASON_TEXT[reason];
  const decisive = decision.holdReason;
  return {
    code: 'released-hold-declined',
    reason,
    at,
    text: `${base.text} ${decisive.text}`,
    citations: [...new Set<CitationId>([...base.citations, ...decisive.citations])],
  };
}
