// Throughput of simulatePopulation against a plain loop over the core machine (createActor + send +
// SimulatedClock on the same generated event scripts), in one process, on the BUILT package.
//
//   node bench/population.bench.mjs            # 10k and 100k (raw, SDK, 2 workers) + 1M with 2 workers
//   node bench/population.bench.mjs --full     # also raw and 1-worker SDK at 1M (several minutes)
//   node bench/population.bench.mjs --quick    # 10k only, for CI
//   --module <path>                            # import another build of the SDK (default ../dist/index.js)
//                                              # (unbundled: its simulation/index.js is read too)
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createActor, SimulatedClock } from 'xstate';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const full = args.includes('--full');
const moduleArg = args.indexOf('--module');
const modulePath =
  moduleArg >= 0 ? pathToFileURL(args[moduleArg + 1] ?? '').href : new URL('../dist/index.js', import.meta.url).href;
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

const SEED = 2017;
const POLICY = 'full-cooperation';
const BATCH = 10_000;

/** The raw loop: scripts are generated untimed in batches, then only the machine runs are timed. */
function rawLoop(cases) {
  const config = resolveSimulationConfig({ policy: POLICY, cases, seed: SEED });
  const plan = createPopulationPlan(config);
  const { custodian } = plan;
  const policy = config.policies[0].policy;
  let timed = 0;
  let outcomes = 0;
  for (let from = 0; from < cases; from += BATCH) {
    const to = Math.min(cases, from + BATCH);
    const scripts = [];
    for (let i = from; i < to; i += 1) scripts.push(generateCaseScript(plan, i));
    const t0 = performance.now();
    for (const script of scripts) {
      const clock = new SimulatedClock();
      clock.set(script.bookedMs);
      const actor = createActor(detainerMachine, {
        clock,
        input: { bookedAt: script.bookedAt, custodian, policy, subject: script.subject },
      }).start();
      for (const { ms, event } of script.events) {
        clock.set(ms);
        if (actor.getSnapshot().status !== 'active') break;
        actor.send(event);
      }
      const snap = actor.getSnapshot();
      if (snap.status === 'active' && snap.context.hold) clock.set(Date.parse(snap.context.hold.deadline));
      if (actor.getSnapshot().context.outcome) outcomes += 1;
      actor.stop();
    }
    timed += performance.now() - t0;
  }
  if (outcomes !== cases) throw new Error(`raw loop: ${outcomes} outcomes for ${cases} cases`);
  return cases / (timed / 1000);
}

async function sdkRun(cases, workers) {
  const t0 = performance.now();
  const report = await simulatePopulation({ policy: POLICY, cases, seed: SEED, workers });
  const ms = performance.now() - t0;
  if (report.cases !== cases || report.synthetic !== true) throw new Error('unexpected report');
  return { perSecond: cases / (ms / 1000), seconds: ms / 1000, report };
}

const fmt = (n) => (n === null ? '—' : Math.round(n).toLocaleString('en-US'));
const sizes = quick ? [10_000] : [10_000, 100_000, 1_000_000];
// Warm-up (JIT) so the first row is not penalized.
rawLoop(10_000);
await sdkRun(10_000, 1);

/** The run with the median throughput of `runs` (odd), so one noisy run does not decide a row. */
const median = (runs, rate) => [...runs].sort((a, b) => rate(a) - rate(b))[(runs.length - 1) / 2];

const rows = [];
for (const cases of sizes) {
  const big = cases >= 1_000_000;
  // Small sizes run in well under a second per measurement: take the median of three, interleaved.
  const repeats = big ? 1 : 3;
  const raws = [];
  const ones = [];
  const twos = [];
  for (let r = 0; r < repeats; r += 1) {
    if (!big || full) raws.push(rawLoop(cases));
    if (!big || full) ones.push(await sdkRun(cases, 1));
    twos.push(await sdkRun(cases, 2));
  }
  const raw = raws.length ? median(raws, (x) => x) : null;
  const one = ones.length ? median(ones, (x) => x.perSecond) : null;
  const two = median(twos, (x) => x.perSecond);
  if (one) {
    // Same numbers whatever the number of workers.
    if (JSON.stringify(one.report) !== JSON.stringify(two.report))
      throw new Error(`reports differ between 1 and 2 workers at ${cases}`);
  }
  rows.push({ cases, raw, one, two });
  console.error(`done ${cases}`);
}

const lines = [
  `Node ${process.version}, ${availableParallelism()} cores, policy "${POLICY}", seed ${SEED}. Cases per second (one policy).`,
  '',
  '| cases | raw cases/s | sdk cases/s | ratio | 2-worker cases/s | speedup | sdk seconds | 2-worker seconds |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
];
for (const { cases, raw, one, two } of rows) {
  const ratio = raw && one ? (one.perSecond / raw).toFixed(2) : '—';
  const speedup = one ? (two.perSecond / one.perSecond).toFixed(2) : '—';
  lines.push(
    `| ${fmt(cases)} | ${fmt(raw)} | ${fmt(one?.perSecond ?? null)} | ${ratio} | ${fmt(two.perSecond)} | ${speedup} | ${one ? one.seconds.toFixed(2) : '—'} | ${two.seconds.toFixed(2)} |`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
if (first && last && last !== first) {
  const ratio = (pick) => (pick(last) / last.cases / (pick(first) / first.cases)).toFixed(2);
  const oneCore = first.one && last.one ? `one core ${ratio((r) => r.one.seconds)}×, ` : '';
  lines.push(
    '',
    `Linearity: time per case at ${fmt(last.cases)} is ${oneCore}two workers ${ratio((r) => r.two.seconds)}× that at ${fmt(first.cases)} (1.00 = linear; below 1 for workers as their start-up is spread over more cases).`,
  );
}
console.log(lines.join('\n'));
