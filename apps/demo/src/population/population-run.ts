/**
 * One population run at a time, in a Web Worker: start, progress, done, error, and a cancel that really stops
 * the work (the worker is terminated; a reply already on its way from it is ignored). The worker is made by
 * the function given, so the tests drive a fake one. React reads the state through `subscribe` / `getState`.
 */
import type { PopulationReport } from '@detainer-kit/sdk';
import type { PopulationSettings } from './population-settings';
import { type RunRequest, WorkerReplySchema } from './worker-protocol';

/** What the runner needs of a `Worker`. */
export interface WorkerLike {
  postMessage(message: RunRequest): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export type RunState =
  | { readonly kind: 'idle' }
  | {
      readonly kind: 'running';
      readonly settings: PopulationSettings;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: 'cancelled';
      readonly settings: PopulationSettings;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly kind: 'done';
      readonly settings: PopulationSettings;
      readonly report: PopulationReport;
      /** Wall time from the start to the report, in ms. */
      readonly elapsedMs: number;
    }
  | { readonly kind: 'error'; readonly settings: PopulationSettings; readonly message: string };

export class PopulationRunner {
  private state: RunState = { kind: 'idle' };
  private worker: WorkerLike | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly now: () => number = () => performance.now(),
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): RunState => this.state;

  /** Starts a run (stopping one in progress). `request` holds the SDK options of `settings`. */
  start(settings: PopulationSettings, request: RunRequest['options']): void {
    this.stopWorker();
    const startedAt = this.now();
    let worker: WorkerLike;
    try {
      worker = this.createWorker();
    } catch (error) {
      this.set({ kind: 'error', settings, message: `The simulation could not start: ${messageOf(error)}` });
      return;
    }
    this.worker = worker;
    const mine = () => this.worker === worker;
    worker.addEventListener('message', (event) => {
      if (!mine()) return;
      const reply = WorkerReplySchema.safeParse(event.data);
      if (!reply.success) {
        this.fail(settings, 'the simulation sent an unreadable reply');
        return;
      }
      const r = reply.data;
      if (r.type === 'progress') {
        this.set({ kind: 'running', settings, done: r.done, total: r.total });
      } else if (r.type === 'done') {
        this.stopWorker();
        this.set({ kind: 'done', settings, report: r.report, elapsedMs: this.now() - startedAt });
      } else {
        this.fail(settings, r.message);
      }
    });
    worker.addEventListener('error', (event) => {
      if (mine()) this.fail(settings, event.message || 'the simulation stopped with an error');
    });
    this.set({ kind: 'running', settings, done: 0, total: settings.cases });
    worker.postMessage({ type: 'run', options: request });
  }

  /** Stops the run in progress: the worker is terminated, so no more work is done and no more progress comes. */
  cancel(): void {
    const s = this.state;
    if (s.kind !== 'running') return;
    this.stopWorker();
    this.set({ kind: 'cancelled', settings: s.settings, done: s.done, total: s.total });
  }

  /** Stops any run (when the view closes). */
  dispose(): void {
    this.stopWorker();
  }

  private fail(settings: PopulationSettings, message: string): void {
    this.stopWorker();
    this.set({ kind: 'error', settings, message });
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = null;
    w?.terminate();
  }

  private set(state: RunState): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}
