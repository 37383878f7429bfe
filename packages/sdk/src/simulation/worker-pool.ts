import type { PartialReport } from './partial-report.js';
import type { SimulationConfig } from './plan.js';

/** What the worker thread receives. */
export interface WorkerTask {
  readonly config: SimulationConfig;
  readonly from: number;
  readonly to: number;
  readonly progressEvery: number;
}

/** What the worker thread posts back. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly partial: PartialReport };

/** Splits `[0, cases)` into `k` contiguous ranges as equal as can be. */
export function splitRange(cases: number, k: number): { from: number; to: number }[] {
  const parts = Math.max(1, Math.min(k, cases));
  const out: { from: number; to: number }[] = [];
  for (let i = 0; i < parts; i += 1) {
    out.push({ from: Math.floor((cases * i) / parts), to: Math.floor((cases * (i + 1)) / parts) });
  }
  return out;
}

// A variable, not a literal: bundlers (the demo's Vite) then leave both the Node module and the worker file alone.
const WORKER_THREADS = 'node:worker_threads';
const BUILT_WORKER = './worker.js';
const BUILT_WORKER_FROM_SOURCE = '../../dist/simulation/worker.js';

/**
 * The built worker script: `worker.js` beside this module in `dist/simulation/`; when this module runs from
 * source (tests), the package's `dist/simulation/worker.js`.
 */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.ts') ? BUILT_WORKER_FROM_SOURCE : BUILT_WORKER, here);
}

/**
 * Each case allocates an actor and its snapshots that die young. With V8's default young generation, two workers
 * on two cores spend their time in scavenges whose parallel helper threads compete for the same cores. A 256 MB
 * young generation per worker (a bound, not an allocation) still pays: measured at 200k cases, 1.80× over one
 * thread against 1.44× without it, at a 970 MB peak against 313 MB (BENCH.md). `workerYoungGenerationMb`
 * (internal) overrides it for the benchmark.
 */
const WORKER_YOUNG_GENERATION_MB = 256;

/** The in-repo export condition that points packages at their TypeScript sources. */
const SOURCE_CONDITION = '@detainer-kit/source';

/**
 * The parent's Node flags without the source condition: a worker runs the built `worker.js`, whose imports must
 * resolve to built files even when the parent runs on sources (as under Vitest).
 */
export function workerExecArgv(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if ((arg === '--conditions' || arg === '-C') && argv[i + 1] === SOURCE_CONDITION) {
      i += 1;
    } else if (arg !== `--conditions=${SOURCE_CONDITION}`) {
      kept.push(arg);
    }
  }
  return kept;
}

/**
 * Runs the ranges in Node worker threads (imported dynamically, so the SDK stays browser-safe) and returns
 * their partial reports. `onDone` gets the total of cases done so far after each progress message.
 */
export async function runInWorkers(
  config: SimulationConfig,
  ranges: readonly { from: number; to: number }[],
  progressEvery: number,
  workerUrl: string | URL | undefined,
  onDone: (done: number) => void,
  limits: { readonly youngGenerationMb?: number | undefined } = {},
): Promise<PartialReport[]> {
  const youngMb = limits.youngGenerationMb ?? WORKER_YOUNG_GENERATION_MB;
  let threads: typeof import('node:worker_threads');
  try {
    threads = (await import(/* @vite-ignore */ WORKER_THREADS)) as typeof import('node:worker_threads');
  } catch (error) {
    throw new Error('workers > 1 needs Node worker threads; in a browser, use workers: 1', { cause: error });
  }
  const url = workerUrl ?? defaultWorkerUrl();
  const doneBy = ranges.map(() => 0);
  const started: import('node:worker_threads').Worker[] = [];
  const jobs = ranges.map(
    ({ from, to }, i) =>
      new Promise<PartialReport>((resolve, reject) => {
        const task: WorkerTask = { config, from, to, progressEvery };
        const worker = new threads.Worker(url, {
          workerData: task,
          execArgv: workerExecArgv(process.execArgv),
          ...(youngMb > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: youngMb } } : {}),
        });
        started.push(worker);
        let result: PartialReport | null = null;
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'progress') {
            doneBy[i] = message.done;
            onDone(doneBy.reduce((s, n) => s + n, 0));
          } else {
            result = message.partial;
          }
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (result !== null) resolve(result);
          else reject(new Error(`simulation worker for cases ${from}–${to} exited with code ${code} before reporting`));
        });
      }),
  );
  try {
    return await Promise.all(jobs);
  } finally {
    for (const worker of started) void worker.terminate();
  }
}
