import {
  type CaseLawSpecInput,
  type CaseOutcome,
  type DecisionReason,
  DetainerKitError,
  diffPolicies,
  type Instant,
  type JurisdictionPolicy,
  MODEL_INFO,
  type NoticeStatus,
  type PolicyDifference,
} from '@detainer-kit/core';
import { parseScenario, scenarioIssues } from './parse.js';
import { policyLabel, type ScenarioPolicyInput, ScenarioPolicySchema } from './policy-ref.js';
import { runScenario, type ScenarioRun } from './run.js';
import type { Scenario } from './schema.js';

/** The rule that settled the custodian's decision: on the hold, and on notice. */
export interface DecisiveRule {
  readonly hold: DecisionReason | null;
  readonly notice: DecisionReason | null;
}

/** The same facts under one policy. */
export interface ScenarioComparisonRow {
  /** The preset id, `preset (overrides)`, or the policy's name. */
  readonly label: string;
  readonly policy: JurisdictionPolicy;
  readonly outcome: CaseOutcome | null;
  readonly reason: string | null;
  readonly hoursHeld: number | null;
  readonly holdEndsAt: Instant | null;
  readonly noticeStatus: NoticeStatus;
  readonly decisiveRule: DecisiveRule;
  readonly run: ScenarioRun;
}

/** A field on which two rows differ. */
export interface ComparedField {
  readonly field: 'outcome' | 'reason' | 'hoursHeld' | 'holdEndsAt' | 'noticeStatus';
  readonly a: unknown;
  readonly b: unknown;
}

/** How two policies' runs differ, and the rule that made the difference. */
export interface ScenarioDifference {
  /** Indices of the two rows. */
  readonly a: number;
  readonly b: number;
  readonly fields: readonly ComparedField[];
  /** The decisive rules of each side, on the point (hold or notice) where they differ; `null` if the same. */
  readonly rule: {
    readonly on: 'hold' | 'notice';
    readonly a: DecisionReason | null;
    readonly b: DecisionReason | null;
  } | null;
  /** The policy switches that differ (core's `diffPolicies`). */
  readonly policyDifferences: readonly PolicyDifference[];
  /** One neutral sentence. */
  readonly text: string;
}

/** The result of {@link compareScenario}. */
export interface ScenarioComparison {
  readonly scenario: Scenario;
  readonly rows: readonly ScenarioComparisonRow[];
  /** One entry per pair of rows (i < j), in order. */
  readonly differences: readonly ScenarioDifference[];
  readonly disclaimer: string;
}

function rowOf(label: string, run: ScenarioRun): ScenarioComparisonRow {
  const decision = run.case.context.decision;
  return {
    label,
    policy: run.policy,
    outcome: run.outcome,
    reason: run.outcome?.reason ?? null,
    hoursHeld: run.hoursHeld,
    holdEndsAt: run.holdEndsAt,
    noticeStatus: run.noticeStatus,
    decisiveRule: { hold: decision?.holdReason ?? null, notice: decision?.noticeReason ?? null },
    run,
  };
}

function differenceOf(rows: readonly ScenarioComparisonRow[], i: number, j: number): ScenarioDifference {
  const a = rows[i] as ScenarioComparisonRow;
  const b = rows[j] as ScenarioComparisonRow;
  const fields: ComparedField[] = [];
  const add = (field: ComparedField['field'], va: unknown, vb: unknown) => {
    if (va !== vb) fields.push({ field, a: va, b: vb });
  };
  add('outcome', a.outcome?.code ?? null, b.outcome?.code ?? null);
  add('reason', a.reason, b.reason);
  add('hoursHeld', a.hoursHeld, b.hoursHeld);
  add('holdEndsAt', a.holdEndsAt, b.holdEndsAt);
  add('noticeStatus', a.noticeStatus, b.noticeStatus);
  const holdDiffers = a.decisiveRule.hold?.code !== b.decisiveRule.hold?.code;
  const noticeDiffers = a.decisiveRule.notice?.code !== b.decisiveRule.notice?.code;
  const rule = holdDiffers
    ? { on: 'hold' as const, a: a.decisiveRule.hold, b: b.decisiveRule.hold }
    : noticeDiffers
      ? { on: 'notice' as const, a: a.decisiveRule.notice, b: b.decisiveRule.notice }
      : null;
  let text: string;
  if (fields.length === 0) {
    text = `Under "${a.label}" and "${b.label}" the case ends the same way.`;
  } else {
    const parts = fields.map((f) => `${f.field} ${String(f.a)} → ${String(f.b)}`);
    const why = rule ? ` Decisive ${rule.on} rule under "${b.label}": ${rule.b?.text ?? 'none'}` : '';
    text = `From "${a.label}" to "${b.label}": ${parts.join('; ')}.${why}`;
  }
  return { a: i, b: j, fields, rule, policyDifferences: diffPolicies(a.policy, b.policy), text };
}

/** Options of {@link compareScenario}. */
export interface CompareScenarioOptions {
  /**
   * Run each policy under each of these laws (across jurisdictions, or across as-of dates): a law spec, or `null`
   * for no law (the policy alone). Left out, each scenario's own law applies.
   */
  readonly laws?: readonly (CaseLawSpecInput | null)[];
}

/** A law spec in a few words: `us-nc as of 2025-10-02 (+us-nc/hb318-2025-from-oct-1)`. */
export function lawLabel(law: CaseLawSpecInput | null): string {
  if (law === null) return 'no law (policy alone)';
  const where = law.jurisdiction ?? (law.layers?.length ? 'own layers' : 'federal');
  const when = law.asOf === undefined ? 'at each decision' : `as of ${law.asOf}`;
  const opts = (law.options ?? []).map((o) => ` (+${o})`).join('');
  return `${where} ${when}${opts}`;
}

/**
 * Runs the same facts under each policy and says how the outcomes differ and which rule made the
 * difference. Throws a `DetainerKitError`: `invalid-scenario` for a bad scenario, `invalid-policy` (naming
 * `policies.<i>`) for a bad policy.
 *
 * @example
 * const c = compareScenario(getScenario('judicial-warrant-required-i200'), ['full-cooperation', 'judicial-warrant-required']);
 * c.differences[0]?.rule?.b?.code // 'local-hold-administrative-warrant'
 * // Across dates: the same facts under North Carolina law as of 2025-09-30 and 2025-10-02.
 * compareScenario(s, ['full-cooperation'], { laws: [{ jurisdiction: 'us-nc', asOf: '2025-09-30' }, { jurisdiction: 'us-nc', asOf: '2025-10-02' }] });
 */
export function compareScenario(
  scenario: Scenario | unknown,
  policies: readonly ScenarioPolicyInput[],
  options: CompareScenarioOptions = {},
): ScenarioComparison {
  const s = parseScenario(scenario);
  if (!Array.isArray(policies) || policies.length === 0 || policies.length > 12) {
    throw new DetainerKitError({
      code: 'invalid-policy',
      message: 'Invalid policies: pass from 1 to 12 policies to compare',
      issues: [{ field: 'policies', code: 'too_small', message: 'pass from 1 to 12 policies to compare' }],
    });
  }
  const refs = policies.map((ref, index) => {
    const parsed = ScenarioPolicySchema.safeParse(ref);
    if (parsed.success) return parsed.data;
    const issues = scenarioIssues(parsed.error, `policies.${index}`);
    throw new DetainerKitError({
      code: 'invalid-policy',
      message: `Invalid policy: ${issues[0]?.field ?? `policies.${index}`}: ${issues[0]?.message ?? 'not a policy'}`,
      issues,
    });
  });
  const laws = options.laws;
  if (laws !== undefined && (!Array.isArray(laws) || laws.length === 0 || laws.length * refs.length > 12)) {
    throw new DetainerKitError({
      code: 'invalid-input',
      message: 'Invalid laws: pass from 1 law, and at most 12 rows (policies × laws) in all',
      issues: [{ field: 'laws', code: 'custom', message: 'pass from 1 law, and at most 12 rows (policies × laws)' }],
    });
  }
  const rows =
    laws === undefined
      ? refs.map((ref) => rowOf(policyLabel(ref), runScenario(s, { policy: ref })))
      : refs.flatMap((ref) =>
          laws.map((law) =>
            rowOf(`${policyLabel(ref)} · ${lawLabel(law)}`, runScenario(s, { policy: ref, law: law ?? null })),
          ),
        );
  const differences: ScenarioDifference[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    for (let j = i + 1; j < rows.length; j += 1) differences.push(differenceOf(rows, i, j));
  }
  return { scenario: s, rows, differences, disclaimer: MODEL_INFO.disclaimer };
}
