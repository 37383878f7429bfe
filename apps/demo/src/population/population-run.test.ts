import { type PopulationReport, resolvePolicy, simulatePopulation } from '@detainer-kit/sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { PopulationRunner, type RunState, type WorkerLike } from './population-run';
import { DEFAULT_POPULATION_SETTINGS, simulationOptions } from './population-settings';
import type { RunRequest } from './worker-protocol';

/** A stand-in for the Web Worker: records what it is sent and whether it was terminated; the test replies. */
class FakeWorker implements WorkerLike {
  sent: RunRequest[] = [];
  terminated = false;
  private onMessage: ((event: { data: unknown }) => void) | null = null;
  private onError: ((event: { message?: string }) => void) | null = null;
  postMessage(message: RunRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    if (type === 'message') this.onMessage = listener as (event: { data: unknown }) => void;
    else this.onError = listener as (event: { message?: string }) => void;
  }
  reply(data: unknown): void {
    this.onMessage?.({ data });
  }
  fail(message: string): void {
    this.onError?.({ message });
  }
}

const settings = { ...DEFAULT_POPULATION_SETTINGS, cases: 200 };
const options = simulationOptions(settings, resolvePolicy('notify-only'));

function setup() {
  const workers: FakeWorker[] = [];
  let clock = 1000;
  const runner = new PopulationRunner(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    () => clock,
  );
  const states: RunState['kind'][] = [];
  runner.subscribe(() => states.push(runner.getState().kind));
  return { runner, workers, states, tick: (ms: number) => (clock += ms) };
}

let report: PopulationReport;
beforeAll(async () => {
  report = await simulatePopulation({ policy: 'notify-only', cases: 50, seed: 1 });
});

describe('PopulationRunner', () => {
  it('starts one worker with the SDK options, shows its progress, then its report and the wall time', () => {
    const { runner, workers, tick } = setup();
    expect(runner.getState()).toEqual({ kind: 'idle' });
    runner.start(settings, options);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.sent).toEqual([{ type: 'run', options }]);
    expect(runner.getState()).toEqual({ kind: 'running', settings, done: 0, total: 200 });
    workers[0]?.reply({ type: 'progress', done: 50, total: 200 });
    expect(runner.getState()).toEqual({ kind: 'running', settings, done: 50, total: 200 });
    tick(2500);
    workers[0]?.reply({ type: 'done', report });
    expect(runner.getState()).toEqual({ kind: 'done', settings, report, elapsedMs: 2500 });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('cancels by terminating the worker, keeps the cases done so far, and ignores anything after', () => {
    const { runner, workers, states } = setup();
    runner.start(settings, options);
    workers[0]?.reply({ type: 'progress', done: 100, total: 200 });
    runner.cancel();
    expect(workers[0]?.terminated).toBe(true);
    expect(runner.getState()).toEqual({ kind: 'cancelled', settings, done: 100, total: 200 });
    const seen = states.length;
    workers[0]?.reply({ type: 'progress', done: 150, total: 200 });
    workers[0]?.reply({ type: 'done', report });
    expect(runner.getState()).toEqual({ kind: 'cancelled', settings, done: 100, total: 200 });
    expect(states).toHaveLength(seen);
    runner.cancel();
    expect(runner.getState().kind).toBe('cancelled');
  });

  it('stops the previous worker when a new run starts, and listens only to the new one', () => {
    const { runner, workers } = setup();
    runner.start(settings, options);
    const second = { ...settings, seed: 8 };
    runner.start(second, { ...options, seed: 8 });
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.terminated).toBe(false);
    workers[0]?.reply({ type: 'done', report });
    expect(runner.getState()).toEqual({ kind: 'running', settings: second, done: 0, total: 200 });
  });

  it('reports the SDK’s error message, a worker error, an unreadable reply and a worker that cannot start', () => {
    const a = setup();
    a.runner.start(settings, options);
    a.workers[0]?.reply({ type: 'error', message: 'cases: cases must be at least 1' });
    expect(a.runner.getState()).toEqual({ kind: 'error', settings, message: 'cases: cases must be at least 1' });
    expect(a.workers[0]?.terminated).toBe(true);

    const b = setup();
    b.runner.start(settings, options);
    b.workers[0]?.fail('script failed to load');
    expect(b.runner.getState()).toMatchObject({ kind: 'error', message: 'script failed to load' });

    const c = setup();
    c.runner.start(settings, options);
    c.workers[0]?.reply({ type: 'done', report: { policies: 'nope' } });
    expect(c.runner.getState()).toMatchObject({ kind: 'error', message: 'the simulation sent an unreadable reply' });
    expect(c.workers[0]?.terminated).toBe(true);

    const d = new PopulationRunner(() => {
      throw new Error('workers are not supported');
    });
    d.start(settings, options);
    expect(d.getState()).toMatchObject({
      kind: 'error',
      message: 'The simulation could not start: workers are not supported',
    });
  });

  it('terminates a run in progress when disposed', () => {
    const { runner, workers } = setup();
    runner.start(settings, options);
    runner.dispose();
    expect(workers[0]?.terminated).toBe(true);
  });
});
