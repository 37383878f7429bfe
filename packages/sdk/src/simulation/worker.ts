/**
 * The worker-thread entry of `simulatePopulation({ workers })`: runs one contiguous range of cases with the
 * same pure `runChunk` as the in-process path and posts back its partial report. Built by tsup to
 * `dist/simulation/worker.js`; never imported by the library entry.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runChunk } from './run-chunk.js';
import type { WorkerMessage, WorkerTask } from './worker-pool.js';

const task = workerData as WorkerTask;
const port = parentPort;
if (port === null) throw new Error('simulation/worker.js must run in a worker thread');
const partial = runChunk(
  task.config,
  task.from,
  task.to,
  (done) => port.postMessage({ type: 'progress', done } satisfies WorkerMessage),
  task.progressEvery,
);
port.postMessage({ type: 'done', partial } satisfies WorkerMessage);
