// Throughput of simulatePopulation against two plain loops in the same process, on the BUILT package:
//   toy: a minimal six-state XState machine (one delayed transition) driven by the very same event scripts,
//        the floor XState itself sets;
//   raw: the real core machine (createActor + send + SimulatedClock) on the same scripts;
//   sdk: simulatePopulation with one worker (this thread) and with two worker threads.
// Scripts are generated untimed in batches for the two loops; the SDK generates its own (timed).
//
//   node bench/population.bench.mjs              # 10k and 100k: all loops; 1M: all loops once
//   node bench/population.bench.mjs --no-1m      # 10k and 100k only
//   node bench/population.bench.mjs --quick      # 10k only, for CI
//   --workers-only <cases>                       # just simulatePopulation with 1 and 2 workers at one size
//   --young <MB>                                 # young generation per worker (default: the SDK's; 0 = V8's)
//   --module <path>                              # import another build of the SDK (default ../dist/index.js;
//                                                # unbundled: its simulation/index.js is read too)
//
// Peak memory: the process's resident set (workers are threads of it), sampled every 10 ms during each SDK
// run, after a forced GC. CPU time is shown beside wall time because other processes share the cores: the ratios are
// computed from the loops' wall times, interleaved and taken as medians, in the same process.
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { assign, createActor, SimulatedClock, setup } from 'xstate';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const with1m = !quick && !args.includes('--no-1m');
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const young = option('--young') === undefined ? undefined : Number(option('--young'));
const moduleArg = option('--module');
const modulePath = moduleArg ? pathToFileURL(moduleArg).href : new URL('../dist/index.js', import.meta.url).href;
const sdk = await import(modulePath).catch((error) => {
  console.error(
    `Cannot import the built SDK (${modulePath}): run \`npm run build\` first (core and sdk), or pass --module.`,
  );
  throw error;
});
const { simulatePopulation, detainerMachine } = sdk;
// The raw loop needs the simulation's internals, which are not on the public entry: the build is unbundled, so
// they are in `simulation/index.js` beside it.
const { resolveSimulationConfig, createPopulationPlan, generateCaseScript } = await import(
  new URL('./simulation/index.js', modulePath).href
);

// A forced GC before each SDK run, so its peak is its own (flag set here: worker threads refuse --expose-gc).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const SEED = 2017;
const POLICY = 'full-cooperation';
const BATCH = 10_000;
const HOLD_MS = 48 * 3_600_000;

/**
 * The toy: six states, the same event types, one assignment per event (the instant, like the real machine's
 * `lastEventAt`) and one delayed transition (the 48-hour hold).
 */
const toyMachine = setup({}).createMachine({
  id: 'toy',
  context: ({ input }) => ({ at: input.at }),
  initial: 'custody',
  states: {
    custody: {
      on: {
        DETAINER_LODGED: { target: 'detained', actions: assign({ at: ({ event }) => event.at }) },
        RELEASE_ELIGIBLE: 'released',
        '*': { actions: assign({ at: ({ event }) => event.at }) },
      },
    },
    detained: {
      on: {
        RELEASE_ELIGIBLE: { target: 'holding', actions: assign({ at: ({ event }) => event.at }) },
        DETAINER_LIFTED: 'released',
        '*': { actions: assign({ at: ({ event }) => event.at }) },
      },
    },
    holding: {
      after: { [HOLD_MS]: 'expired' },
      on: { DHS_ASSUMED_CUSTODY: 'transferred', DETAINER_LIFTED: 'released' },
    },
    transferred: { type: 'final' },
    released: { type: 'final' },
    expired: { type: 'final' },
  },
});

function cpuMs(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs `cases` scripts through `runOne`, timing only the runs. */
function loop(cases, runOne) {
  const config = resolveSimulationConfig({ policy: POLICY, cases, seed: SEED });
  const plan = createPopulationPlan(config);
  const ctx = { custodian: plan.custodian, policy: config.policies[0].policy };
  let wall = 0;
  let cpu = 0;
  let events = 0;
  for (let from = 0; from < cases; from += BATCH) {
    const to = Math.min(cases, from + BATCH);
    const scripts = [];
    for (let i = from; i < to; i += 1) scripts.push(generateCaseScript(plan, i));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const script of scripts) events += runOne(script, ctx);
    wall += performance.now() - t0;
    cpu += cpuMs(c0);
  }
  return { perSecond: cases / (wall / 1000), cpuPerSecond: cases / (cpu / 1000), seconds: wall / 1000, events };
}

function runReal(script, { custodian, policy }) {
  const clock = new SimulatedClock();
  clock.set(script.bookedMs);
  const actor = createActor(detainerMachine, {
    clock,
    input: { bookedAt: script.bookedAt, custodian, policy, subject: script.subject },
  }).start();
  let sent = 0;
  for (const { ms, event } of script.events) {
    clock.set(ms);
    if (actor.getSnapshot().status !== 'active') break;
    actor.send(event);
    sent += 1;
  }
  const snap = actor.getSnapshot();
  if (snap.status === 'active' && snap.context.hold) clock.set(Date.parse(snap.context.hold.deadline));
  if (!actor.getSnapshot().context.outcome) throw new Error('raw loop: a case ended without an outcome');
  actor.stop();
  return sent;
}

function runToy(script) {
  const clock = new SimulatedClock();
  clock.set(script.bookedMs);
  const actor = createActor(toyMachine, { clock, input: { at: script.bookedAt } }).start();
  let sent = 0;
  for (const { ms, event } of script.events) {
    clock.set(ms);
    if (actor.getSnapshot().status !== 'active') break;
    actor.send(event);
    sent += 1;
  }
  if (actor.getSnapshot().status === 'active') clock.set(script.releaseEligibleMs + HOLD_MS);
  if (actor.getSnapshot().status !== 'done') throw new Error('toy loop: a case did not end');
  actor.stop();
  return sent;
}

async function sdkRun(cases, workers) {
  gc();
  let peak = process.memoryUsage().rss;
  const sample = () => {
    const rss = process.memoryUsage().rss;
    if (rss > peak) peak = rss;
  };
  const timer = setInterval(sample, 10);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await simulatePopulation({
    policy: POLICY,
    cases,
    seed: SEED,
    workers,
    progressEvery: 5_000,
    onProgress: sample,
    ...(young === undefined ? {} : { workerYoungGenerationMb: young }),
  });
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  clearInterval(timer);
  sample();
  if (report.cases !== cases || report.synthetic !== true) throw new Error('unexpected report');
  return {
    perSecond: cases / (ms / 1000),
    cpuPerSecond: cases / (cpu / 1000),
    seconds: ms / 1000,
    peakMb: peak / 2 ** 20,
    report,
  };
}

if (option('--workers-only') !== undefined) {
  const cases = Number(option('--workers-only'));
  await sdkRun(10_000, 2);
  const one = await sdkRun(cases, 1);
  const two = await sdkRun(cases, 2);
  const show = (r) =>
    `${Math.round(r.perSecond)} cases/s, ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.peakMb)} MB`;
  console.log(
    `${cases} cases, young generation ${young ?? 'SDK default'}: 1 worker ${show(one)}; 2 workers ${show(two)}; 2 ÷ 1 = ${(two.perSecond / one.perSecond).toFixed(2)}`,
  );
  process.exit(0);
}

const fmt = (n) => (n === null || n === undefined ? '—' : Math.round(n).toLocaleString('en-US'));
const sizes = quick ? [10_000] : with1m ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
// Warm-up (JIT) so the first row is not penalized.
loop(10_000, runToy);
loop(10_000, runReal);
await sdkRun(10_000, 1);

/** The run with the median throughput of `runs` (odd), so one noisy run does not decide a row. */
const median = (runs) => [...runs].sort((a, b) => a.perSecond - b.perSecond)[(runs.length - 1) / 2];

const rows = [];
for (const cases of sizes) {
  // Small sizes run in a few seconds per measurement: the median of three, interleaved. 1M runs once.
  const repeats = cases >= 1_000_000 ? 1 : 3;
  const toys = [];
  const raws = [];
  const ones = [];
  const twos = [];
  for (let r = 0; r < repeats; r += 1) {
    toys.push(loop(cases, runToy));
    raws.push(loop(cases, runReal));
    ones.push(await sdkRun(cases, 1));
    twos.push(await sdkRun(cases, 2));
  }
  const row = { cases, toy: median(toys), raw: median(raws), one: median(ones), two: median(twos) };
  if (JSON.stringify(row.one.report) !== JSON.stringify(row.two.report)) {
    throw new Error(`reports differ between 1 and 2 workers at ${cases}`);
  }
  rows.push(row);
  console.error(`done ${cases}`);
}

const youngNote =
  young === undefined ? "the SDK's default young generation" : `young generation ${young} MB per worker`;
const lines = [
  `Node ${process.version}, ${availableParallelism()} cores, policy "${POLICY}", seed ${SEED}, ${youngNote}. Cases per second, wall clock (per CPU-second in brackets).`,
  '',
  '| cases | toy XState | real machine | real ÷ toy | SDK, 1 worker | SDK ÷ real | SDK, 2 workers | 2 ÷ 1 | µs per case (SDK, 1) | peak RSS, 1 / 2 workers |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const { cases, toy, raw, one, two } of rows) {
  lines.push(
    `| ${fmt(cases)} | ${fmt(toy.perSecond)} (${fmt(toy.cpuPerSecond)}) | ${fmt(raw.perSecond)} (${fmt(raw.cpuPerSecond)}) | ${(raw.perSecond / toy.perSecond).toFixed(2)} | ${fmt(one.perSecond)} (${fmt(one.cpuPerSecond)}) | ${(one.perSecond / raw.perSecond).toFixed(2)} | ${fmt(two.perSecond)} | ${(two.perSecond / one.perSecond).toFixed(2)} | ${(1e6 / one.perSecond).toFixed(0)} | ${fmt(one.peakMb)} / ${fmt(two.peakMb)} MB |`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && last !== first) {
  const per = (row, pick) => pick(row).seconds / row.cases;
  const ratio = (pick) => (per(last, pick) / per(first, pick)).toFixed(2);
  lines.push(
    '',
    `Linearity: time per case at ${fmt(last.cases)} is ${ratio((r) => r.raw)}× (real machine), ${ratio((r) => r.one)}× (SDK, one worker) and ${ratio((r) => r.two)}× (two workers) that at ${fmt(first.cases)} (1.00 = flat).`,
  );
}
console.log(lines.join('\n'));
