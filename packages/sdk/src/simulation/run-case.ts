import {
  type CountingRule,
  type Custodian,
  type DetainerCaseContext,
  detainerMachine,
  type JurisdictionPolicy,
  type NoticeStatus,
  type OutcomeCode,
} from '@detainer-kit/core';
import { createActor, SimulatedClock } from 'xstate';
import type { CaseScript } from './case-script.js';

/** How notice stood at the end of a case; `no-record` when no release was ever scheduled. */
export type SimulatedNoticeStatus = NoticeStatus | 'no-record';

/**
 * What one case under one policy produced: the few numbers a report needs, no timeline. The runner fills
 * one object per policy and reuses it for every case.
 */
export interface CaseResult {
  outcome: OutcomeCode;
  reason: string;
  outcomeMs: number;
  notice: SimulatedNoticeStatus;
  /** True when the person was held on the detainer past release eligibility. */
  held: boolean;
  heldMs: number;
  rule: CountingRule | null;
  /** The hold reached its deadline. */
  hitLimit: boolean;
  /** The custodian declined the detainer (a hold, or a notice-only request) and released the person. */
  declined: 'hold' | 'notice' | null;
  lodgedAt: string | null;
  releaseEligibleAt: string | null;
}

/** A fresh, empty result to be filled by {@link runCaseScript}. */
export function createCaseResult(): CaseResult {
  return {
    outcome: 'released-no-hold-requested',
    reason: '',
    outcomeMs: 0,
    notice: 'no-record',
    held: false,
    heldMs: 0,
    rule: null,
    hitLimit: false,
    declined: null,
    lodgedAt: null,
    releaseEligibleAt: null,
  };
}

/**
 * Runs one script through the real core machine (`createActor` on a `SimulatedClock`), the way a person's
 * case would run: the clock is moved to each event's instant before the event is sent, so the hold timer
 * fires first when its deadline comes earlier; after the last event a running hold is left to reach its
 * deadline. Writes into `out` and returns it.
 */
export function runCaseScript(
  script: CaseScript,
  custodian: Custodian,
  policy: JurisdictionPolicy,
  out: CaseResult,
): CaseResult {
  const clock = new SimulatedClock();
  clock.set(script.bookedMs);
  const actor = createActor(detainerMachine, {
    clock,
    input: { bookedAt: script.bookedAt, custodian, policy, subject: script.subject },
  });
  actor.start();
  const events = script.events;
  for (let i = 0; i < events.length; i += 1) {
    const item = events[i];
    if (item === undefined) break;
    clock.set(item.ms);
    if (actor.getSnapshot().status !== 'active') break;
    actor.send(item.event);
  }
  let snapshot = actor.getSnapshot();
  if (snapshot.status === 'active' && snapshot.context.hold !== null) {
    clock.set(Date.parse(snapshot.context.hold.deadline));
    snapshot = actor.getSnapshot();
  }
  actor.stop();
  return readResult(snapshot.context, out);
}

/** Reads the result of a finished case from its context. */
export function readResult(context: DetainerCaseContext, out: CaseResult): CaseResult {
  const outcome = context.outcome;
  if (outcome === null) throw new Error('simulated case ended without an outcome');
  const outcomeMs = Date.parse(outcome.at);
  out.outcome = outcome.code;
  out.reason = outcome.reason;
  out.outcomeMs = outcomeMs;
  out.notice = context.notice === null ? 'no-record' : context.notice.status;
  const hold = context.hold;
  out.held = hold !== null;
  out.heldMs = hold === null ? 0 : outcomeMs - Date.parse(hold.startedAt);
  out.rule = hold === null ? null : hold.countingRule.rule;
  out.hitLimit = outcome.code === 'released-hold-expired';
  const decision = context.decision;
  out.declined =
    outcome.code === 'released-hold-declined'
      ? 'hold'
      : outcome.code === 'released-no-hold-requested' &&
          decision !== null &&
          decision.notice.requested &&
          !decision.notice.allowed &&
          context.releaseEligible !== null
        ? 'notice'
        : null;
  out.lodgedAt = context.lodgedAt;
  out.releaseEligibleAt = context.releaseEligible?.at ?? null;
  return out;
}
