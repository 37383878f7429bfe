import {
  type CaseLawSpecInput,
  type CaseOutcome,
  type CitationId,
  type DetainerEvent,
  DetainerKitError,
  type EndedHoldRecord,
  HOUR_MS,
  type Instant,
  isSupportedInstant,
  type JurisdictionPolicy,
  LAW_SWITCH_KEYS,
  type LawApplication,
  MODEL_INFO,
  type NoticeStatus,
  noticeStatusOf,
  toEpochMs,
} from '@detainer-kit/core';
import { createCase, type DetainerCase, type TimelineEntry } from '../case/index.js';
import { caseDutyToIssue } from '../case/person-duties.js';
import { invalidScenario, parseScenario } from './parse.js';
import { resolveScenarioPolicy, type ScenarioPolicyInput } from './policy-ref.js';
import { type Scenario, type ScenarioExpect, stepEvent } from './schema.js';

/** One field of `expect`, compared with what the run gave. */
export interface ScenarioExpectation {
  readonly field: keyof ScenarioExpect;
  readonly expected: unknown;
  readonly actual: unknown;
  readonly met: boolean;
}

/**
 * A step the case could not take: it came after the case had ended (DHS arriving after the hold expired), or
 * the case refused it (a notice the policy does not give). Recorded, not fatal: a comparison runs the same
 * steps under policies that end the case at different moments.
 */
export interface SkippedStep {
  readonly index: number;
  readonly at: Instant;
  readonly type: DetainerEvent['type'];
  readonly why: string;
  readonly citations: readonly CitationId[];
}

/** The result of {@link runScenario}. */
export interface ScenarioRun {
  readonly scenario: Scenario;
  /** The policy the case started under (the scenario's, or `opts.policy`). */
  readonly policy: JurisdictionPolicy;
  readonly case: DetainerCase;
  readonly outcome: CaseOutcome | null;
  readonly timeline: readonly TimelineEntry[];
  readonly skippedSteps: readonly SkippedStep[];
  /** When the hold started, or `null` when no hold ran. */
  readonly holdStartedAt: Instant | null;
  /** The hold's deadline, or `null` when no hold ran. */
  readonly holdEndsAt: Instant | null;
  /** Elapsed hours from the start of the hold to the outcome (or to the end of the run), or `null`. */
  readonly hoursHeld: number | null;
  /** Every hold that ended, in order, with its hours and how it ended (`context.holdHistory`) [cfr-287.7-d]. */
  readonly holds: readonly EndedHoldRecord[];
  readonly noticeStatus: NoticeStatus;
  readonly expectations: readonly ScenarioExpectation[];
  /** True when every expectation is met (and when there are none). */
  readonly passed: boolean;
  readonly disclaimer: string;
}

/** Options of {@link runScenario}. */
export interface RunScenarioOptions {
  /** Run the scenario's facts under this policy instead of its own. */
  readonly policy?: ScenarioPolicyInput;
  /**
   * Run the scenario's facts under this law instead of its own (another jurisdiction, another as-of date); `null`
   * runs them without law (the policy alone).
   */
  readonly law?: CaseLawSpecInput | null;
}

/** The createCase options of a law spec. */
function lawOptions(law: CaseLawSpecInput) {
  return {
    ...(law.jurisdiction === undefined ? {} : { jurisdiction: law.jurisdiction }),
    ...(law.asOf === undefined ? {} : { asOf: law.asOf }),
    ...(law.options === undefined ? {} : { options: law.options }),
    ...(law.layers === undefined ? {} : { layers: law.layers }),
  };
}

/** Each switch and the layer that decided it in a law application (`local` for the local policy). */
function decidedByOf(applied: LawApplication | undefined): Record<string, string> | null {
  if (applied === undefined) return null;
  const out: Record<string, string> = Object.fromEntries(LAW_SWITCH_KEYS.map((k) => [k, 'local']));
  for (const s of applied.decidedByLaw) out[s.switch] = s.layerId;
  return out;
}

function hoursBetween(from: string, to: string): number {
  return (toEpochMs(to) - toEpochMs(from)) / HOUR_MS;
}

function compare(
  expect: ScenarioExpect | undefined,
  actual: Record<keyof ScenarioExpect, unknown>,
): ScenarioExpectation[] {
  if (!expect) return [];
  const out: ScenarioExpectation[] = [];
  const fields = [
    'outcome',
    'reason',
    'holdEndsAt',
    'noticeStatus',
    'eligibilityNoticeStatus',
    'stateJudicialOrderStatus',
    'lodgedBy',
    'hoursHeld',
    'holdHours',
    'dutyStatuses',
    'accessGranted',
    'dhsRequiredToIssue',
    'outcomeAt',
    'countingRule',
    'countingRuleUnverified',
    'noticeDueAt',
    'eligibilityNoticeDueAt',
    'decisionReasons',
    'decidedBy',
  ] as const;
  for (const field of fields) {
    if (!Object.hasOwn(expect, field) || expect[field] === undefined) continue;
    const expected = expect[field];
    const got = actual[field];
    let met: boolean;
    if (field === 'hoursHeld' && typeof expected === 'number' && typeof got === 'number') {
      // Compared to two decimals: 47 h 59 min is written 47.98.
      met = Math.round(expected * 100) === Math.round(got * 100);
    } else if (field === 'holdHours' && Array.isArray(expected) && Array.isArray(got)) {
      met =
        expected.length === got.length &&
        expected.every((h, i) => Math.round((h as number) * 100) === Math.round((got[i] as number) * 100));
    } else if (field === 'decidedBy' && typeof expected === 'object' && expected !== null) {
      const all = (got ?? {}) as Record<string, string>;
      const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, all[k] ?? null]));
      out.push({ field, expected, actual: picked, met: JSON.stringify(picked) === JSON.stringify(expected) });
      continue;
    } else if (Array.isArray(expected)) {
      met = JSON.stringify(expected) === JSON.stringify(got);
    } else {
      met = expected === got;
    }
    out.push({ field, expected, actual: got, met });
  }
  return out;
}

/** Moves the clock to `to` unless it is not ahead, or (a hold deadline) after the supported instants. */
function advance(c: DetainerCase, to: string): void {
  if (c.status === 'active' && isSupportedInstant(to) && toEpochMs(to) > toEpochMs(c.now)) c.advanceTo(to);
}

/**
 * Runs a scenario, deterministically, on a virtual clock: creates the case, sends each step in order (the
 * clock advances to each step's instant first, so deadlines fire on the way), then advances to `end`, or to
 * the hold's deadline when the case is still in a hold. Compares the result with `expect`, field by field.
 * A step the case cannot take is recorded in `skippedSteps`. Throws a `DetainerKitError` (`invalid-scenario`)
 * for an invalid scenario (an instant outside `SUPPORTED_INSTANTS` included), and never a plain `Error`: an
 * unexpected failure of the model is thrown as `invalid-scenario` too, with the failure as `cause`.
 *
 * @example
 * const run = runScenario(getScenario('weekday-rule-friday-release'));
 * run.holdEndsAt // '2024-04-16T21:00:00.000Z' (Tuesday 17:00 in New York)
 * run.passed // true
 */
export function runScenario(scenario: Scenario | unknown, opts: RunScenarioOptions = {}): ScenarioRun {
  const s = parseScenario(scenario);
  try {
    return runParsed(s, opts);
  } catch (error) {
    if (DetainerKitError.isInstance(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidScenario(
      [{ field: '', code: 'internal', message: `the model could not run this scenario (${reason}); please report it` }],
      'scenario',
      error,
    );
  }
}

function runParsed(s: Scenario, opts: RunScenarioOptions): ScenarioRun {
  const policy = resolveScenarioPolicy(opts.policy ?? s.policy);
  const law = opts.law === undefined ? s.law : opts.law;
  const c = createCase({
    policy,
    ...(law ? lawOptions(law) : {}),
    custodian: s.custodian,
    ...(s.subject === undefined ? {} : { subject: s.subject }),
    bookedAt: s.bookedAt,
    caseId: s.id,
  });
  const skippedSteps: SkippedStep[] = [];
  s.steps.forEach((step, index) => {
    const event = stepEvent(step);
    advance(c, step.at);
    if (c.status === 'done') {
      const outcome = c.outcome;
      skippedSteps.push({
        index,
        at: event.at,
        type: event.type,
        why: outcome ? `The case had already ended: ${outcome.text}` : 'The case had already ended.',
        citations: outcome?.citations ?? [],
      });
      return;
    }
    const check = c.can(event);
    if (!check.allowed) {
      skippedSteps.push({
        index,
        at: event.at,
        type: event.type,
        why: check.why ?? 'The case cannot take this event now.',
        citations: check.citations,
      });
      return;
    }
    c.send(event);
  });
  if (s.end !== undefined) advance(c, s.end);
  else if (c.status === 'active' && c.context.hold) advance(c, c.context.hold.deadline);

  const context = c.context;
  const outcome = c.outcome;
  const hold = context.hold;
  const hoursHeld = hold ? hoursBetween(hold.startedAt, outcome?.at ?? c.now) : null;
  const noticeStatus = noticeStatusOf(context, c.status === 'done');
  const expectations = compare(s.expect, {
    outcome: outcome?.code ?? null,
    reason: outcome?.reason ?? null,
    holdEndsAt: hold?.deadline ?? null,
    noticeStatus,
    eligibilityNoticeStatus: context.eligibilityNotice?.status ?? null,
    stateJudicialOrderStatus: context.stateJudicialOrder?.status ?? null,
    lodgedBy: context.lodgedBy,
    dutyStatuses: context.duties.map((d) => d.status),
    accessGranted: context.accessRequests.map((r) => r.granted),
    dhsRequiredToIssue: caseDutyToIssue(context)?.required ?? null,
    hoursHeld,
    holdHours: context.holdHistory.map((h) => h.hours),
    outcomeAt: outcome?.at ?? null,
    countingRule: hold?.countingRule.rule ?? null,
    countingRuleUnverified: hold ? hold.countingRule.unverified : null,
    noticeDueAt: context.notice?.dueAt ?? null,
    eligibilityNoticeDueAt: context.eligibilityNotice?.dueAt ?? null,
    decisionReasons: context.decision?.reasons.map((r) => r.code) ?? [],
    decidedBy: decidedByOf(context.lawApplied.at(-1)),
  });
  return {
    scenario: s,
    policy,
    case: c,
    outcome,
    timeline: c.timeline,
    skippedSteps,
    holdStartedAt: hold?.startedAt ?? null,
    holdEndsAt: hold?.deadline ?? null,
    hoursHeld,
    holds: context.holdHistory,
    noticeStatus,
    expectations,
    passed: expectations.every((e) => e.met),
    disclaimer: MODEL_INFO.disclaimer,
  };
}
