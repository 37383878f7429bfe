import {
  type CitationId,
  checkByrneJag2017,
  checkPublicSafetyPartnership,
  DDOR_FIRST_WEEK,
  type FederalConditionsReport,
  HOLD_LIMIT_HOURS,
  HOUR_MS,
  MODEL_INFO,
  OUTCOME_CODES,
  type OutcomeCode,
} from '@detainer-kit/core';
import { ASSUMPTION_SOURCES, type AssumptionSource, type PopulationAssumptions } from './assumptions.js';
import { HISTOGRAM_MINUTES, histogramByHour, histogramQuantileMinutes } from './histogram.js';
import type { DeclinedDetainerEntry, PartialReport, PolicyTally, RuleHoldStats } from './partial-report.js';
import type { SimulationConfig, SimulationPolicy } from './plan.js';
import type { SimulatedNoticeStatus } from './run-case.js';

/** A count and its share of the population. */
export interface CountAndRate {
  readonly count: number;
  /** `count / cases`. */
  readonly rate: number;
}

export interface OutcomeCount extends CountAndRate {
  readonly code: OutcomeCode;
}

export interface ReasonCount extends CountAndRate {
  readonly code: OutcomeCode;
  /** The outcome's reason code (a fixed reason, a lift reason, or the decisive step of the decision). */
  readonly reason: string;
}

/** Holds under one counting rule. */
export interface RuleHoldSummary {
  readonly held: number;
  readonly maxHours: number | null;
  readonly hitLimit: number;
}

/** Hours held past release eligibility, over the cases with a hold. */
export interface HoursHeldSummary {
  /** Cases held on the detainer past release eligibility. */
  readonly held: number;
  readonly heldRate: number;
  /** Nearest-rank median from the one-minute histogram (at most one minute below the exact value). */
  readonly medianHours: number | null;
  readonly p95Hours: number | null;
  /** Exact. */
  readonly maxHours: number | null;
  /** Exact (from a sum of whole milliseconds). */
  readonly meanHours: number | null;
  /** Holds that reached their deadline (released at the limit). */
  readonly hitLimit: number;
  /**
   * The distribution of hours held, exact: `byHour[h]` counts the holds of at least `h` and less than `h + 1`
   * hours. It ends at the hour of the longest hold (empty when no case was held) and sums to `held`. Holds
   * longer than `histogramSpanHours` (none under the modeled rules) are counted in its last hour.
   */
  readonly byHour: readonly number[];
  readonly limitHours: typeof HOLD_LIMIT_HOURS;
  readonly resolutionMinutes: 1;
  readonly histogramSpanHours: number;
  readonly byRule: { readonly calendar: RuleHoldSummary; readonly excludeWeekendsAndHolidays: RuleHoldSummary };
  readonly citations: readonly CitationId[];
}

/** Where notice stood at the end of the cases. */
export interface NoticeSummary {
  readonly onTime: number;
  readonly late: number;
  /** Notice requested and allowed, never sent. */
  readonly none: number;
  readonly withheldByPolicy: number;
  readonly notRequested: number;
  /** No release was scheduled (or the detainer never took effect), so no notice was due. */
  readonly noRecord: number;
  readonly byStatus: Readonly<Record<SimulatedNoticeStatus, CountAndRate>>;
  readonly citations: readonly CitationId[];
}

/** The Declined-Detainer-style list (DOMAIN.md §6): capped, with the total always counted. */
export interface DeclinedDetainerList {
  readonly total: number;
  readonly holdsDeclined: number;
  readonly noticeDeclined: number;
  /** The first `limit` declined detainers, by case index. */
  readonly entries: readonly DeclinedDetainerEntry[];
  readonly limit: number;
  readonly note: string;
  readonly citations: readonly CitationId[];
}

/** One policy's results on the synthetic population. */
export interface PolicyOutcomeReport {
  /** The preset id the policy was given as, or null for a policy object. */
  readonly ref: string | null;
  readonly name: string;
  readonly cases: number;
  readonly outcomes: readonly OutcomeCount[];
  readonly reasons: readonly ReasonCount[];
  readonly hoursHeld: HoursHeldSummary;
  readonly notice: NoticeSummary;
  readonly declinedDetainers: DeclinedDetainerList;
  /** The policy read against the 2017 federal conditions (core): a reading of its switches, not a finding. */
  readonly federalConditions: {
    readonly publicSafetyPartnership: FederalConditionsReport;
    readonly byrneJag2017: FederalConditionsReport;
  };
}

/** One metric across the policies of a run, in the order of `policies`. */
export interface ComparisonRow {
  readonly metric: string;
  readonly values: readonly number[];
}

/** The policies side by side on the same synthetic population. */
export interface PopulationComparison {
  readonly policies: readonly string[];
  /** Every policy ran the very same event scripts (same seed, same cases). */
  readonly sameEventScripts: true;
  readonly rows: readonly ComparisonRow[];
  readonly note: string;
}

/** The result of `simulatePopulation`. Synthetic data, labelled so. */
export interface PopulationReport {
  readonly format: 'detainer-kit/population-report';
  readonly version: 1;
  readonly synthetic: true;
  readonly disclaimer: typeof MODEL_INFO.disclaimer;
  readonly syntheticNote: string;
  readonly lawAsOf: string;
  readonly seed: number;
  readonly cases: number;
  readonly policies: readonly PolicyOutcomeReport[];
  readonly comparison: PopulationComparison;
  readonly assumptions: PopulationAssumptions;
  readonly assumptionSources: readonly AssumptionSource[];
  /** A published figure for scale, not a calibration target. */
  readonly reference: {
    readonly ddorFirstWeek: {
      readonly detainersIssued: typeof DDOR_FIRST_WEEK.detainersIssued;
      readonly declined: typeof DDOR_FIRST_WEEK.declined;
      readonly declinedRate: number;
      readonly note: string;
      readonly citations: readonly CitationId[];
    };
  };
}

const SYNTHETIC_NOTE =
  'Synthetic data: every case is generated from the stated assumptions and a seed; no case is a real person. Citizenship is not modeled.';

const rate = (count: number, cases: number): number => (cases === 0 ? 0 : count / cases);
const hours = (ms: number): number => ms / HOUR_MS;
const minutesToHours = (m: number | null): number | null => (m === null ? null : m / 60);

function ruleSummary(r: RuleHoldStats): RuleHoldSummary {
  return { held: r.held, maxHours: r.held === 0 ? null : hours(r.maxMs), hitLimit: r.hitLimit };
}

function policyReport(entry: SimulationPolicy, tally: PolicyTally, limit: number): PolicyOutcomeReport {
  const n = tally.cases;
  const outcomes = OUTCOME_CODES.map((code, i) => {
    const count = tally.outcomes[i] ?? 0;
    return { code, count, rate: rate(count, n) };
  });
  const reasons: ReasonCount[] = [];
  for (const code of OUTCOME_CODES) {
    const byReason = tally.reasons[code];
    if (!byReason) continue;
    const rows = Object.entries(byReason).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    for (const [reason, count] of rows) reasons.push({ code, reason, count, rate: rate(count, n) });
  }
  const byStatus = Object.fromEntries(
    (Object.keys(tally.notice) as SimulatedNoticeStatus[]).map((s) => [
      s,
      { count: tally.notice[s], rate: rate(tally.notice[s], n) },
    ]),
  ) as Record<SimulatedNoticeStatus, CountAndRate>;
  return {
    ref: entry.ref,
    name: entry.policy.name,
    cases: n,
    outcomes,
    reasons,
    hoursHeld: {
      held: tally.held,
      heldRate: rate(tally.held, n),
      medianHours: minutesToHours(histogramQuantileMinutes(tally.histogram, tally.held, 0.5)),
      p95Hours: minutesToHours(histogramQuantileMinutes(tally.histogram, tally.held, 0.95)),
      maxHours: tally.held === 0 ? null : hours(tally.heldMaxMs),
      meanHours: tally.held === 0 ? null : hours(tally.heldMsSum / tally.held),
      hitLimit: tally.hitLimit,
      byHour: histogramByHour(tally.histogram),
      limitHours: HOLD_LIMIT_HOURS,
      resolutionMinutes: 1,
      histogramSpanHours: HISTOGRAM_MINUTES / 60,
      byRule: {
        calendar: ruleSummary(tally.byRule.calendar),
        excludeWeekendsAndHolidays: ruleSummary(tally.byRule.excludeWeekendsAndHolidays),
      },
      citations: ['cfr-287.7-d', 'i247a-form'],
    },
    notice: {
      onTime: tally.notice['sent-on-time'],
      late: tally.notice['sent-late'],
      none: tally.notice['not-sent'],
      withheldByPolicy: tally.notice['withheld-by-policy'],
      notRequested: tally.notice['not-requested'],
      noRecord: tally.notice['no-record'],
      byStatus,
      citations: ['i247a-form'],
    },
    declinedDetainers: {
      total: tally.declinedTotal,
      holdsDeclined: tally.declinedHold,
      noticeDeclined: tally.declinedNotice,
      entries: tally.declined,
      limit,
      note: `In the fields of the Declined Detainer Outcome Report (jurisdiction, citizenship, detainer issued date, detainer declined date, notable criminal activity); synthetic rows, citizenship not modeled. The first ${limit} by case index are listed; the total counts all.`,
      citations: ['ddor-2017'],
    },
    federalConditions: {
      publicSafetyPartnership: checkPublicSafetyPartnership(entry.policy),
      byrneJag2017: checkByrneJag2017(entry.policy),
    },
  };
}

function comparison(reports: readonly PolicyOutcomeReport[]): PopulationComparison {
  const rows: ComparisonRow[] = [];
  OUTCOME_CODES.forEach((code, i) => {
    rows.push({ metric: `outcomes.${code}`, values: reports.map((r) => r.outcomes[i]?.count ?? 0) });
  });
  rows.push({ metric: 'hoursHeld.held', values: reports.map((r) => r.hoursHeld.held) });
  rows.push({ metric: 'hoursHeld.hitLimit', values: reports.map((r) => r.hoursHeld.hitLimit) });
  rows.push({ metric: 'hoursHeld.medianHours', values: reports.map((r) => r.hoursHeld.medianHours ?? 0) });
  rows.push({ metric: 'hoursHeld.maxHours', values: reports.map((r) => r.hoursHeld.maxHours ?? 0) });
  rows.push({ metric: 'notice.onTime', values: reports.map((r) => r.notice.onTime) });
  rows.push({ metric: 'notice.late', values: reports.map((r) => r.notice.late) });
  rows.push({ metric: 'notice.none', values: reports.map((r) => r.notice.none) });
  rows.push({ metric: 'declinedDetainers.total', values: reports.map((r) => r.declinedDetainers.total) });
  return {
    policies: reports.map((r) => r.ref ?? r.name),
    sameEventScripts: true,
    rows,
    note: 'Each case’s event script is generated once from the seed and run under every policy, so differences come from the policies alone. Median hours are 0 when no case was held.',
  };
}

/** Turns the merged tallies of a whole population into the report. */
export function finalizePopulationReport(config: SimulationConfig, merged: PartialReport): PopulationReport {
  if (merged.from !== 0 || merged.to !== config.cases) {
    throw new Error(`the merged report covers cases ${merged.from}–${merged.to}, not 0–${config.cases}`);
  }
  const policies = config.policies.map((entry, i) => {
    const tally = merged.tallies[i];
    if (tally === undefined) throw new Error(`no tally for policy ${i}`);
    return policyReport(entry, tally, config.declinedListLimit);
  });
  return {
    format: 'detainer-kit/population-report',
    version: 1,
    synthetic: true,
    disclaimer: MODEL_INFO.disclaimer,
    syntheticNote: SYNTHETIC_NOTE,
    lawAsOf: MODEL_INFO.lawAsOf,
    seed: config.seed,
    cases: config.cases,
    policies,
    comparison: comparison(policies),
    assumptions: config.assumptions,
    assumptionSources: ASSUMPTION_SOURCES,
    reference: {
      ddorFirstWeek: {
        detainersIssued: DDOR_FIRST_WEEK.detainersIssued,
        declined: DDOR_FIRST_WEEK.declined,
        declinedRate: DDOR_FIRST_WEEK.declined / DDOR_FIRST_WEEK.detainersIssued,
        note: `The first weekly Declined Detainer Outcome Report listed ${DDOR_FIRST_WEEK.detainersIssued.toLocaleString('en-US')} detainers issued and ${DDOR_FIRST_WEEK.declined.toLocaleString('en-US')} declined; ICE suspended the report after errors and noted custodians rarely tell it of a decline. Shown for scale; the simulation is not calibrated to it.`,
        citations: DDOR_FIRST_WEEK.citations,
      },
    },
  };
}
