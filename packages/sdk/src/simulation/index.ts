/**
 * Population simulation: many synthetic detainer cases run through the core machine under one or several
 * policies, reported as counts, rates, hours held, notices, a Declined-Detainer-style list and federal
 * condition readings. Synthetic data; educational model, not legal advice.
 *
 * @module
 */
export {
  ASSUMPTION_SOURCES,
  type AssumptionSource,
  DEFAULT_ASSUMPTIONS,
  type PopulationAssumptions,
  type PopulationAssumptionsInput,
  PopulationAssumptionsSchema,
  type SimulatedForm,
  type Weekday,
} from './assumptions.js';
export { type CaseScript, generateCaseScript, type PickupKind, type ScriptedEvent } from './case-script.js';
export { HISTOGRAM_MINUTES } from './histogram.js';
export {
  type PopulationProgress,
  resolveSimulationConfig,
  type SimulatePopulationOptions,
  type SimulationPolicyRef,
} from './options.js';
export {
  type DeclinedDetainerEntry,
  mergePartialReports,
  type PartialReport,
  type PolicyTally,
  type RuleHoldStats,
} from './partial-report.js';
export { createPopulationPlan, type PopulationPlan, type SimulationConfig, type SimulationPolicy } from './plan.js';
export {
  type ComparisonRow,
  type CountAndRate,
  type DeclinedDetainerList,
  finalizePopulationReport,
  type HoursHeldSummary,
  type NoticeSummary,
  type OutcomeCount,
  type PolicyOutcomeReport,
  type PopulationComparison,
  type PopulationReport,
  type ReasonCount,
  type RuleHoldSummary,
} from './report.js';
export { type CaseResult, createCaseResult, runCaseScript, type SimulatedNoticeStatus } from './run-case.js';
export { runChunk } from './run-chunk.js';
export { simulatePopulation } from './simulate-population.js';
