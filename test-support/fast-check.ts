/**
 * How the repository's fast-check property tests are seeded (test-only, never shipped).
 *
 * - `npm test` (and CI) uses {@link DEFAULT_FC_SEED}, so one commit always gives one result.
 * - `DETAINER_FC_SEED=<integer>` replays a seed; `DETAINER_FC_RUNS_MULTIPLIER=<n>` multiplies every property's runs.
 * - `npm run test:explore` sets both (a fresh seed, 10× the runs) to look for new counterexamples.
 *
 * `fast-check.setup.ts` (a vitest `setupFiles` entry of each package that uses fast-check) applies the seed with
 * `fc.configureGlobal` and prints a replay command when a property fails. Tests that want more or fewer runs than
 * fast-check's default of 100 write `{ numRuns: runs(300) }`, so the multiplier applies to them too.
 */

/** The seed used when `DETAINER_FC_SEED` is not set. Changing it is a deliberate, reviewed change. */
export const DEFAULT_FC_SEED = 20240301;

/** fast-check's own default number of runs per property. */
export const DEFAULT_FC_RUNS = 100;

// Core's sources have no Node types; read the environment without them.
const env: Readonly<Record<string, string | undefined>> =
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

function readInteger(name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > 2 ** 31 - 1) {
    throw new Error(`${name} must be an integer from ${min} to ${2 ** 31 - 1}; got "${raw}".`);
  }
  return value;
}

/** The seed every property of this test run uses. */
export const fcSeed: number = readInteger('DETAINER_FC_SEED', DEFAULT_FC_SEED, -(2 ** 31));

/** How many times more runs than written each property makes (1 unless `DETAINER_FC_RUNS_MULTIPLIER` is set). */
export const fcRunsMultiplier: number = readInteger('DETAINER_FC_RUNS_MULTIPLIER', 1, 1);

/** The number of runs for a property written with `numRuns`, scaled by `DETAINER_FC_RUNS_MULTIPLIER`. */
export function runs(numRuns: number): number {
  return numRuns * fcRunsMultiplier;
}

/**
 * The shell command that replays this run's seed and multiplier: optionally for one test file (relative to the
 * package folder `dir`) and one test (by name; vitest's `-t` takes a pattern, so the name is escaped).
 */
export function replayCommand(
  test: { dir?: string | undefined; file?: string | undefined; name?: string | undefined } = {},
): string {
  const vars = [`DETAINER_FC_SEED=${fcSeed}`];
  if (fcRunsMultiplier !== 1) vars.push(`DETAINER_FC_RUNS_MULTIPLIER=${fcRunsMultiplier}`);
  const words = [...vars, 'npx vitest run'];
  if (test.file) words.push(test.file);
  if (test.name) words.push(`-t '${test.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, `'\\''`)}'`);
  return `${test.dir ? `cd ${test.dir} && ` : ''}${words.join(' ')}`;
}
