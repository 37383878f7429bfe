import {
  type LawApplication,
  type LawDecisionPoint,
  lawApplication,
  lawDateAt,
  resolveCaseLaw,
} from '../law/case-law.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import type { DetainerCaseContext } from './context.js';

/** The policy a decision at `at` is taken under, and the context fields the step writes to record it. */
export interface LawAt {
  /** The policy in force: the local policy under the law in force at `at` (or the local policy, without law). */
  readonly policy: JurisdictionPolicy;
  /** The fields to write: `policy`, `localPolicy` and `lawApplied` for a case with law; `{}` without. */
  readonly writes: Partial<Pick<DetainerCaseContext, 'policy' | 'localPolicy' | 'lawApplied'>>;
}

/**
 * The law in force for a decision at `at` (the custodian's decision, the start of the hold clock, a notice
 * deadline): a case with a law spec resolves its layers on the date of `at` in the custodian's time zone (or the
 * spec's `asOf`), with the local policy (`local`, or the case's) as the local-policy layer, and records which law
 * it applied. A case without law decides under `local` or its policy, exactly as before.
 */
export function lawAt(
  context: DetainerCaseContext,
  at: string,
  point: LawDecisionPoint,
  local?: JurisdictionPolicy,
  timeZone: string = context.custodian.timeZone,
): LawAt {
  const spec = context.law ?? null;
  if (spec === null) return { policy: local ?? context.policy, writes: {} };
  const localPolicy = local ?? context.localPolicy ?? context.policy;
  const resolved = resolveCaseLaw(spec, localPolicy, lawDateAt(spec, at, timeZone));
  const record: LawApplication = lawApplication(spec, resolved, point, at);
  return {
    policy: resolved.policy,
    writes: { policy: resolved.policy, localPolicy, lawApplied: [...(context.lawApplied ?? []), record] },
  };
}
