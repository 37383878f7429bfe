import { localDateKey, OUTCOME_CODES, type OutcomeCode } from '@detainer-kit/core';
import type { CaseScript } from './case-script.js';
import { addToHistogram, createHistogram, mergeHistogram } from './histogram.js';
import type { SimulationConfig } from './plan.js';
import type { CaseResult, SimulatedNoticeStatus } from './run-case.js';

/**
 * One row of the Declined Detainer Outcome Report's list, as its fields were published: jurisdiction,
 * citizenship, detainer issued date, detainer declined date, notable criminal activity [ddor-2017]. Synthetic.
 */
export interface DeclinedDetainerEntry {
  /** The index of the synthetic case in the population. */
  readonly caseIndex: number;
  readonly jurisdiction: string;
  /** Citizenship is not modeled: always `'unknown (not modeled)'`. */
  readonly citizenship: 'unknown (not modeled)';
  /** Local date (custodian's time zone) the detainer was lodged, `YYYY-MM-DD`. */
  readonly detainerIssuedDate: string;
  /** Local date the custodian released the person without honoring the request, `YYYY-MM-DD`. */
  readonly detainerDeclinedDate: string;
  /** The synthetic person's offense category. */
  readonly notableCriminalActivity: string;
  /** What was declined: the request to hold, or (on a notice-only detainer) the request for notice. */
  readonly declined: 'hold' | 'notice';
  /** The outcome's reason code (the decisive step of the custodian's decision). */
  readonly reason: string;
}

/** Hold statistics under one counting rule. */
export interface RuleHoldStats {
  held: number;
  maxMs: number;
  hitLimit: number;
}

/**
 * The mergeable tally of one policy over a range of cases: counts, sums of whole milliseconds, maxima, a
 * fixed-size histogram and the first entries of the declined list. Merging tallies of contiguous ranges in
 * order gives exactly the tally of the whole range, so any chunking gives the same report.
 */
export interface PolicyTally {
  cases: number;
  outcomes: number[];
  /** `outcome code` → `reason` → count. */
  reasons: Record<string, Record<string, number>>;
  notice: Record<SimulatedNoticeStatus, number>;
  held: number;
  hitLimit: number;
  heldMsSum: number;
  heldMaxMs: number;
  histogram: Uint32Array;
  byRule: { calendar: RuleHoldStats; excludeWeekendsAndHolidays: RuleHoldStats };
  declinedTotal: number;
  declinedHold: number;
  declinedNotice: number;
  declined: DeclinedDetainerEntry[];
}

/** The tally of every policy over the case range `[from, to)`. */
export interface PartialReport {
  readonly from: number;
  readonly to: number;
  readonly tallies: PolicyTally[];
}

function emptyNotice(): Record<SimulatedNoticeStatus, number> {
  return {
    'sent-on-time': 0,
    'sent-late': 0,
    'sent-48h-not-possible': 0,
    'not-sent': 0,
    'not-requested-detainer-lifted': 0,
    'withheld-by-policy': 0,
    'barred-by-law': 0,
    'not-requested': 0,
    'no-record': 0,
    pending: 0,
  };
}

/** An empty tally. */
export function createPolicyTally(): PolicyTally {
  return {
    cases: 0,
    outcomes: OUTCOME_CODES.map(() => 0),
    reasons: {},
    notice: emptyNotice(),
    held: 0,
    hitLimit: 0,
    heldMsSum: 0,
    heldMaxMs: 0,
    histogram: createHistogram(),
    byRule: {
      calendar: { held: 0, maxMs: 0, hitLimit: 0 },
      excludeWeekendsAndHolidays: { held: 0, maxMs: 0, hitLimit: 0 },
    },
    declinedTotal: 0,
    declinedHold: 0,
    declinedNotice: 0,
    declined: [],
  };
}

const OUTCOME_INDEX = new Map<OutcomeCode, number>(OUTCOME_CODES.map((code, i) => [code, i]));

/** Counts one case's result into a tally (no allocation except a declined-list entry while the list is short). */
export function addToTally(tally: PolicyTally, result: CaseResult, script: CaseScript, config: SimulationConfig): void {
  tally.cases += 1;
  const i = OUTCOME_INDEX.get(result.outcome) ?? 0;
  tally.outcomes[i] = (tally.outcomes[i] ?? 0) + 1;
  let byReason = tally.reasons[result.outcome];
  if (byReason === undefined) {
    byReason = {};
    tally.reasons[result.outcome] = byReason;
  }
  byReason[result.reason] = (byReason[result.reason] ?? 0) + 1;
  tally.notice[result.notice] += 1;
  if (result.held) {
    tally.held += 1;
    tally.heldMsSum += result.heldMs;
    if (result.heldMs > tally.heldMaxMs) tally.heldMaxMs = result.heldMs;
    addToHistogram(tally.histogram, result.heldMs);
    if (result.hitLimit) tally.hitLimit += 1;
    const rule = result.rule === null ? null : tally.byRule[result.rule];
    if (rule) {
      rule.held += 1;
      if (result.heldMs > rule.maxMs) rule.maxMs = result.heldMs;
      if (result.hitLimit) rule.hitLimit += 1;
    }
  }
  if (result.declined !== null) {
    tally.declinedTotal += 1;
    if (result.declined === 'hold') tally.declinedHold += 1;
    else tally.declinedNotice += 1;
    if (tally.declined.length < config.declinedListLimit) {
      const tz = config.assumptions.custodian.timeZone;
      tally.declined.push({
        caseIndex: script.index,
        jurisdiction: config.assumptions.jurisdiction,
        citizenship: 'unknown (not modeled)',
        detainerIssuedDate: result.lodgedAt === null ? '' : localDateKey(Date.parse(result.lodgedAt), tz),
        detainerDeclinedDate:
          result.releaseEligibleAt === null ? '' : localDateKey(Date.parse(result.releaseEligibleAt), tz),
        notableCriminalActivity: script.offense,
        declined: result.declined,
        reason: result.reason,
      });
    }
  }
}

function mergeRule(into: RuleHoldStats, from: RuleHoldStats): void {
  into.held += from.held;
  into.hitLimit += from.hitLimit;
  if (from.maxMs > into.maxMs) into.maxMs = from.maxMs;
}

/** Adds tally `from` (the later range) into `into` (the earlier one). */
export function mergeTally(into: PolicyTally, from: PolicyTally, declinedListLimit: number): void {
  into.cases += from.cases;
  from.outcomes.forEach((n, i) => {
    into.outcomes[i] = (into.outcomes[i] ?? 0) + n;
  });
  for (const [code, reasons] of Object.entries(from.reasons)) {
    let target = into.reasons[code];
    if (target === undefined) {
      target = {};
      into.reasons[code] = target;
    }
    for (const [reason, n] of Object.entries(reasons)) target[reason] = (target[reason] ?? 0) + n;
  }
  for (const key of Object.keys(from.notice) as SimulatedNoticeStatus[]) into.notice[key] += from.notice[key];
  into.held += from.held;
  into.hitLimit += from.hitLimit;
  into.heldMsSum += from.heldMsSum;
  if (from.heldMaxMs > into.heldMaxMs) into.heldMaxMs = from.heldMaxMs;
  mergeHistogram(into.histogram, from.histogram);
  mergeRule(into.byRule.calendar, from.byRule.calendar);
  mergeRule(into.byRule.excludeWeekendsAndHolidays, from.byRule.excludeWeekendsAndHolidays);
  into.declinedTotal += from.declinedTotal;
  into.declinedHold += from.declinedHold;
  into.declinedNotice += from.declinedNotice;
  for (const entry of from.declined) {
    if (into.declined.length >= declinedListLimit) break;
    into.declined.push(entry);
  }
}

/**
 * Merges partial reports of contiguous case ranges into one. The order of `parts` does not matter: they are
 * sorted by `from` and must tile a range without gaps or overlaps.
 */
export function mergePartialReports(parts: readonly PartialReport[], declinedListLimit: number): PartialReport {
  const sorted = [...parts].sort((x, y) => x.from - y.from);
  const first = sorted[0];
  if (first === undefined) throw new Error('mergePartialReports needs at least one partial report');
  const tallies = first.tallies.map(() => createPolicyTally());
  let expected = first.from;
  for (const part of sorted) {
    if (part.from !== expected)
      throw new Error(`partial reports do not tile: expected a range from ${expected}, got ${part.from}`);
    expected = part.to;
    part.tallies.forEach((t, i) => {
      const into = tallies[i];
      if (into) mergeTally(into, t, declinedListLimit);
    });
  }
  return { from: first.from, to: expected, tallies };
}
