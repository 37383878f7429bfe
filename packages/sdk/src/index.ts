/**
 * @detainer-kit/sdk — what developers import: the whole of `@detainer-kit/core`, plus cases with a virtual clock,
 * scenario files, lessons, comparison, population simulation, share links and diagram export. The `detainer` CLI is this
 * package's bin. Educational model, not legal advice.
 *
 * The exported names are listed in `src/exports.test.ts`: adding or removing one is a deliberate change.
 *
 * @packageDocumentation
 */
export * from '@detainer-kit/core';
export * from './case/index.js';
export * from './diagram/index.js';
export * from './errors.js';
export * from './law/index.js';
export * from './lesson/index.js';
export * from './scenario/index.js';
export * from './share/index.js';
// The simulation's public face only: `simulatePopulation`, its options, assumptions and report types. Its
// machinery (plans, case scripts, chunks, partial reports) stays internal so that it can change freely.
export {
  ASSUMPTION_SOURCES,
  type AssumptionSource,
  type ComparisonRow,
  type CountAndRate,
  DEFAULT_ASSUMPTIONS,
  type DeclinedDetainerEntry,
  type DeclinedDetainerList,
  type HoursHeldSummary,
  type NoticeSummary,
  type OutcomeCount,
  type PolicyOutcomeReport,
  type PopulationAssumptions,
  type PopulationAssumptionsInput,
  PopulationAssumptionsSchema,
  type PopulationComparison,
  type PopulationProgress,
  type PopulationReport,
  type ReasonCount,
  type RuleHoldSummary,
  type SimulatedForm,
  type SimulatedNoticeStatus,
  type SimulatePopulationOptions,
  type SimulationPolicyRef,
  simulatePopulation,
  type Weekday,
} from './simulation/index.js';
