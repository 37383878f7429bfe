import { generateCaseScript } from './case-script.js';
import { addToTally, createPolicyTally, type PartialReport } from './partial-report.js';
import { createPopulationPlan, type PopulationPlan, type SimulationConfig } from './plan.js';
import { createCaseResult, runCaseScript } from './run-case.js';

/** Called after each block of cases with how many of the range are done. */
export type ChunkProgress = (doneInChunk: number) => void;

/**
 * Simulates cases `[from, to)` of a population: each case's script is generated from `(seed, index)` alone,
 * then run under every policy of the config, and only tallies are kept. A pure function of its arguments
 * (the progress callback only observes), used by the in-process path and by each worker thread, so any
 * split of a population into chunks merges to the same report.
 *
 * @param plan - a plan from `createPopulationPlan(config)`, or the config itself.
 * @param progressEvery - call `onProgress` after every this many cases (and at the end).
 */
export function runChunk(
  planOrConfig: PopulationPlan | SimulationConfig,
  from: number,
  to: number,
  onProgress?: ChunkProgress,
  progressEvery = 10_000,
): PartialReport {
  const plan = 'midnights' in planOrConfig ? planOrConfig : createPopulationPlan(planOrConfig);
  const { config, custodian } = plan;
  const policies = config.policies;
  const tallies = policies.map(() => createPolicyTally());
  const results = policies.map(() => createCaseResult());
  const step = Math.max(1, Math.floor(progressEvery));
  let nextReport = from + step;
  for (let index = from; index < to; index += 1) {
    const script = generateCaseScript(plan, index);
    for (let p = 0; p < policies.length; p += 1) {
      const entry = policies[p];
      const result = results[p];
      const tally = tallies[p];
      if (entry === undefined || result === undefined || tally === undefined) continue;
      runCaseScript(script, custodian, entry.policy, result);
      addToTally(tally, result, script, config);
    }
    if (onProgress !== undefined && index + 1 === nextReport && index + 1 < to) {
      onProgress(index + 1 - from);
      nextReport += step;
    }
  }
  onProgress?.(to - from);
  return { from, to, tallies };
}
