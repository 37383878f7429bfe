import type { CitationId } from '../citations.js';
import type { LiftReason } from '../detainer/vocabulary.js';
import type { Instant } from '../instant.js';
import type { DecisionReasonCode } from '../policy/resolve-decision.js';
import type { CustodianDecision } from '../policy/schema.js';
import { enCore as en } from '../text/en-core.js';
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
export type FixedOutcomeReason = Exclude<OutcomeReason, LiftReason | DecisionReasonCode>;

/** The "Detainer Lift Reason" values of ICE data, in words [ddp-codebook] (texts: text/en.ts). */
const LIFT_REASON_WORDS: Record<LiftReason, string> = {
  'prosecutorial-discretion': en['lift.prosecutorial-discretion'],
  'us-citizenship-claim': en['lift.us-citizenship-claim'],
  'not-amenable-to-removal': en['lift.not-amenable-to-removal'],
  'case-closed': en['lift.case-closed'],
  'early-release': en['lift.early-release'],
  'no-longer-in-custody': en['lift.no-longer-in-custody'],
};

const LIFTED_CITATIONS: readonly CitationId[] = ['ice-policy-10074.2', 'ddp-codebook'];

const REASON_TEXT: Record<FixedOutcomeReason, { text: string; citations: readonly CitationId[] }> = {
  'dhs-assumed-custody-during-hold': {
    text: en['outcome.reason.dhs-assumed-custody-during-hold'],
    citations: ['cfr-287.7-d', 'ddp-codebook'],
  },
  'transferred-at-release': {
    text: en['outcome.reason.transferred-at-release'],
    citations: ['i247a-form', 'ddp-codebook'],
  },
  'transferred-before-release-eligibility': {
    text: en['outcome.reason.transferred-before-release-eligibility'],
    citations: ['fl-sb168-2019', 'ia-27a-2018', 'ddp-codebook'],
  },
  'hold-limit-reached': {
    text: en['outcome.reason.hold-limit-reached'],
    citations: ['cfr-287.7-d', 'nortontooby-holds'],
  },
  'notice-only-request': {
    text: en['outcome.reason.notice-only-request'],
    citations: ['i247n', 'cfr-287.7-a'],
  },
  'no-detainer': {
    text: en['outcome.reason.no-detainer'],
    citations: ['humboldt-9121-4'],
  },
  'detainer-not-served': {
    text: en['outcome.reason.detainer-not-served'],
    citations: ['ice-guidance-i247a'],
  },
  'hold-declined-after-custody-move': {
    text: en['outcome.reason.hold-declined-after-custody-move'],
    citations: ['i247a-form', 'galarza-2014', 'cfr-287.7-d'],
  },
  'hold-declined-after-proof-of-status': {
    text: en['outcome.reason.hold-declined-after-proof-of-status'],
    citations: ['tx-ccp-2.251', 'galarza-2014'],
  },
};

/** Builds the outcome record for one of the fixed reasons or a lift reason (a declined hold: {@link declinedOutcome}). */
export function outcomeOf(code: OutcomeCode, reason: OutcomeReason, at: Instant): CaseOutcome {
  const { text, citations } = Object.hasOwn(LIFT_REASON_WORDS, reason)
    ? {
        text: en['outcome.lifted'].replace('{words}', LIFT_REASON_WORDS[reason as LiftReason]),
        citations: LIFTED_CITATIONS,
      }
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
    text: en['outcome.declined'].replace('{reason}', () => decisive.text),
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
