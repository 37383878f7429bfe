import { resolveSimulationOptions, type SimulatePopulationOptions } from './options.js';
import { mergePartialReports, type PartialReport } from './partial-report.js';
import { createPopulationPlan } from './plan.js';
import { finalizePopulationReport, type PopulationReport } from './report.js';
import { runChunk } from './run-chunk.js';
import { runInWorkers, splitRange } from './worker-pool.js';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Simulates a synthetic population of detainer cases under one or several policies and reports the
 * outcomes: counts and rates by outcome and reason, hours held (median, p95, max, how many reached the
 * limit), notices on time / late / none, a Declined-Detainer-style list, each policy's reading against the
 * 2017 PSP and Byrne JAG conditions, and the policies side by side. Synthetic data, labelled so; educational
 * model, not legal advice.
 *
 * - **Reproducible**: case `i` is drawn from a generator derived from `(seed, i)` only, so the same options
 *   give the same report, whatever `workers` is.
 * - **Comparable**: each case's event script is generated once and run under every policy.
 * - **Flat memory**: no per-case timeline is kept; hours held go into a fixed one-minute histogram.
 * - **Real rules**: every case runs through core's `detainerMachine` on a `SimulatedClock`.
 * - **Browser-safe**: Node worker threads are imported only when `workers > 1`.
 *
 * Bad options throw a `DetainerKitError` (`invalid-input`, or `invalid-policy`) naming the field and the fix.
 *
 * @example
 * const report = await simulatePopulation({
 *   policies: ['full-cooperation', 'notify-only', 'decline-all'],
 *   cases: 100_000,
 *   seed: 42,
 *   assumptions: { noticeOnlyShare: 0.2 },
 *   onProgress: ({ done, total }) => console.log(`${done}/${total}`),
 * });
 * report.policies[0]?.hoursHeld.p95Hours;
 */
export async function simulatePopulation(options: SimulatePopulationOptions): Promise<PopulationReport> {
  const resolved = resolveSimulationOptions(options);
  const { config, progressEvery, onProgress, workers } = resolved;
  const total = config.cases;
  let lastReported = 0;
  const report = (done: number): void => {
    if (onProgress === undefined) return;
    if (done === total || done - lastReported >= progressEvery) {
      if (done === lastReported && done !== 0) return;
      lastReported = done;
      onProgress({ done, total });
    }
  };
  let parts: PartialReport[];
  if (workers > 1 && total > 1) {
    parts = await runInWorkers(config, splitRange(total, workers), progressEvery, resolved.workerUrl, report, {
      youngGenerationMb: resolved.workerYoungGenerationMb,
    });
  } else {
    const plan = createPopulationPlan(config);
    parts = [];
    for (let from = 0; from < total; from += progressEvery) {
      const to = Math.min(total, from + progressEvery);
      parts.push(runChunk(plan, from, to));
      if (onProgress !== undefined) {
        report(to);
        // Let a browser paint (and a caller's timers run) between blocks.
        if (to < total) await nextTask();
      }
    }
  }
  return finalizePopulationReport(config, mergePartialReports(parts, config.declinedListLimit));
}
