/**
 * The messages between the population view and its Web Worker. The page sends one `run`; the worker answers
 * with `progress` messages, then exactly one `done` or `error`. Cancelling terminates the worker, so nothing
 * more arrives. The SDK parses the options itself (zod) and says what is wrong; the page parses what comes
 * back before it trusts it.
 */
import type { PopulationReport, SimulatePopulationOptions } from '@detainer-kit/sdk';
import { z } from 'zod';

/** Page → worker: run `simulatePopulation` with these options (`onProgress` is the worker's own). */
export interface RunRequest {
  readonly type: 'run';
  readonly options: Omit<SimulatePopulationOptions, 'onProgress'>;
}

const count = z.number().int().min(0);

/** Worker → page. The report is the SDK's, passed through unchanged (structured clone). */
export const WorkerReplySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: count, total: count }).strict(),
  z
    .object({
      type: z.literal('done'),
      report: z.custom<PopulationReport>(
        (v) =>
          typeof v === 'object' &&
          v !== null &&
          (v as { format?: unknown }).format === 'detainer-kit/population-report' &&
          Array.isArray((v as { policies?: unknown }).policies),
        'not a population report',
      ),
    })
    .strict(),
  z.object({ type: z.literal('error'), message: z.string() }).strict(),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;
