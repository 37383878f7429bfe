#!/usr/bin/env node
// `npm run test:explore`: runs every fast-check property test with a fresh random seed and 10× the runs, to find
// counterexamples the fixed CI seed never reaches. Not part of `npm test` or CI (its result changes from run to run).
//
//   npm run test:explore                   one round with a fresh seed
//   npm run test:explore -- --rounds 5     five rounds, each with its own fresh seed
//   DETAINER_FC_SEED=123 npm run test:explore      replay one seed (at 10× the runs unless
//                                                  DETAINER_FC_RUNS_MULTIPLIER says otherwise)
//
// Each round prints its seed and, when it fails, the command that replays it. Pin every counterexample it finds as
// an ordinary example-based test (name the seed and the shape in a comment), then fix the code or the property.
// Tests get a 15-minute timeout here instead of vitest's 5 seconds: 10× the runs take longer, and a timeout is no
// counterexample.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspaces = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
);

function parseRounds(argv) {
  const at = argv.indexOf('--rounds');
  if (at === -1) return 1;
  const value = Number(argv[at + 1]);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error('test:explore: --rounds takes a whole number of 1 or more, e.g. --rounds 5');
    process.exit(2);
  }
  return value;
}

/** Test files under `dir` that import fast-check. */
function propertyFiles(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.test\.tsx?$/.test(entry.name) && /from ['"]fast-check['"]/.test(readFileSync(path, 'utf8')))
        found.push(relative(dir, path));
    }
  };
  if (existsSync(join(dir, 'src'))) walk(join(dir, 'src'));
  return found.sort();
}

const targets = workspaces.map((dir) => ({ dir, files: propertyFiles(dir) })).filter((t) => t.files.length > 0);
const rounds = parseRounds(process.argv.slice(2));
const multiplier = process.env.DETAINER_FC_RUNS_MULTIPLIER ?? '10';
const TIMEOUT = '--testTimeout=900000';
const vitest = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'vitest.cmd' : 'vitest');

const failures = [];
for (let round = 1; round <= rounds; round++) {
  const seed = process.env.DETAINER_FC_SEED ?? String(randomInt(0, 2 ** 31 - 1));
  console.log(`\n[test:explore] round ${round}/${rounds}: seed ${seed}, ${multiplier}× the runs`);
  for (const { dir, files } of targets) {
    console.log(`[test:explore] ${relative(root, dir)}: ${files.join(', ')}`);
    const result = spawnSync(vitest, ['run', '--typecheck.enabled=false', TIMEOUT, ...files], {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, DETAINER_FC_SEED: seed, DETAINER_FC_RUNS_MULTIPLIER: multiplier },
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) {
      const replay = `cd ${relative(root, dir)} && DETAINER_FC_SEED=${seed} DETAINER_FC_RUNS_MULTIPLIER=${multiplier} npx vitest run ${TIMEOUT} ${files.join(' ')}`;
      failures.push({ seed, replay });
    }
  }
}

console.log(`\n[test:explore] ${rounds} round(s), ${failures.length} failing run(s).`);
for (const { seed, replay } of failures) console.log(`  seed ${seed}: ${replay}`);
process.exit(failures.length === 0 ? 0 : 1);
