#!/usr/bin/env node
// Checks @detainer-kit/core and @detainer-kit/sdk as a user gets them: from the tarballs `npm pack` makes, in a
// fresh project outside the repository (`npm run check:packed`, run by CI).
//
//   1. builds both packages (turbo, cached) and packs them into a temporary folder outside the repository;
//   2. checks each tarball's contents: README, LICENSE, `dist/`, no `src/` (the source maps carry the source), no
//      test files, no in-repo `@detainer-kit/source` export condition, and every `exports` target present;
//   3. `publint --strict` and `attw` on each tarball. attw runs with the `esm-only` profile: the packages are ESM
//      only by design (no CommonJS build); the default profile would also fail `node16 (from CJS)` ("ESM, dynamic
//      import only": Node 20.19+, the packages' minimum, can `require()` them anyway) and `node10` (which cannot see
//      subpath exports such as `./scenario.schema.json`);
//   4. one `npm install` of the tarballs with an older xstate, @xstate/react, React, zod and TypeScript, then checks
//      that npm kept ONE xstate (a second, nested copy is what breaks `useMachine(detainerMachine)`), typechecks a
//      consumer that uses `useMachine(detainerMachine)`, the SDK's `createCase` and the JSON subpath exports, and
//      runs it with Node;
//   5. `npx detainer --help` and `npx detainer run <a library scenario id>`.
//
// Versions of the consumer's packages can be overridden to try other ranges, e.g.
//   XSTATE_VERSION=5.20.0 XSTATE_REACT_VERSION=6.0.0 ZOD_VERSION=4.0.0 npm run check:packed
// Set KEEP_PACKED=1 to keep the temporary folder (its path is printed) for a look after a failure.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const rootTypeScript = JSON.parse(readFileSync(join(root, 'node_modules', 'typescript', 'package.json'), 'utf8'));

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/**
 * The oldest xstate and zod the packages support: the root's `xstate-floor` / `zod-floor` dev dependencies
 * (`npm:xstate@5.28.0`), which the packages' declarations are built against. Their peer ranges must start there.
 */
const FLOORS = Object.fromEntries(
  ['xstate', 'zod'].map((name) => [name, String(rootManifest.devDependencies[`${name}-floor`]).split('@').pop()]),
);
/** What the consumer project installs besides the tarballs: pinned, so CI gives the same result every run. */
const CONSUMER_VERSIONS = {
  xstate: process.env.XSTATE_VERSION ?? FLOORS.xstate,
  '@xstate/react': process.env.XSTATE_REACT_VERSION ?? '6.1.0',
  react: process.env.REACT_VERSION ?? '19.3.1',
  '@types/react': process.env.TYPES_REACT_VERSION ?? '19.3.2',
  zod: process.env.ZOD_VERSION ?? FLOORS.zod,
  typescript: process.env.TYPESCRIPT_VERSION ?? rootTypeScript.version,
};
/** A scenario of the SDK's library, run by id. */
const LIBRARY_SCENARIO = 'weekday-rule-friday-release';
const PACKAGES = [
  { name: '@detainer-kit/core', dir: 'packages/core' },
  { name: '@detainer-kit/sdk', dir: 'packages/sdk' },
];

class CheckFailed extends Error {}

let current = 'setup';
function step(name) {
  current = name;
  console.log(`\n--> ${name}`);
}

function fail(message) {
  throw new CheckFailed(message);
}

/** Runs a command; on a non-zero exit prints its output and fails the current step. Returns stdout. */
function run(command, args, { cwd, env } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) fail(`${command} could not start: ${result.error.message}`);
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    fail(`\`${[command, ...args].join(' ')}\` exited with ${result.status} (in ${cwd ?? process.cwd()})`);
  }
  return result.stdout;
}

/** Matches a path against an `exports` target that may hold one `*`. */
function matchesTarget(target, files) {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const [before, after] = path.split('*');
  return [...files].some((file) => file.startsWith(before) && file.endsWith(after));
}

/** Every file path an `exports` value points at, with the condition chain that leads there. */
function exportTargets(value, trail = []) {
  if (typeof value === 'string') return [{ target: value, trail }];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => exportTargets(inner, [...trail, key]));
}

function checkTarball(pkg, tarball) {
  const listing = run('tar', ['-tzf', tarball]).trim().split('\n');
  const files = new Set(listing.map((line) => line.replace(/^package\//, '')));
  const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json']));
  const problems = [];
  for (const needed of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
    if (!files.has(needed)) problems.push(`${needed} is missing`);
  }
  for (const file of files) {
    if (file.startsWith('src/')) problems.push(`${file} is shipped: the source maps carry the source, src/ is not`);
    if (/test-support|\.test(-d)?\.|\.test-helpers\./.test(file)) problems.push(`${file} is a test file`);
  }
  const maps = [...files].filter((file) => file.endsWith('.js.map'));
  if (maps.length === 0) problems.push('no source maps in dist/');
  for (const map of maps.slice(0, 3)) {
    const parsed = JSON.parse(run('tar', ['-xzOf', tarball, `package/${map}`]));
    if (!Array.isArray(parsed.sourcesContent) || parsed.sourcesContent.some((s) => typeof s !== 'string')) {
      problems.push(`${map} has no sourcesContent, so the shipped package has no source`);
    }
  }
  for (const { target, trail } of exportTargets(manifest.exports)) {
    const where = `exports[${trail.map((key) => JSON.stringify(key)).join('][')}]`;
    if (trail.includes('@detainer-kit/source')) problems.push(`${where} is the in-repo source condition`);
    else if (!matchesTarget(target, files)) problems.push(`${where} = ${target} is not in the tarball`);
  }
  for (const [command, path] of Object.entries(manifest.bin ?? {})) {
    if (!files.has(path.replace(/^\.\//, ''))) problems.push(`bin ${command} = ${path} is not in the tarball`);
  }
  for (const [name, floor] of Object.entries(FLOORS)) {
    if (manifest.dependencies?.[name]) {
      problems.push(`${name} must be a peer dependency, not a dependency (npm would nest a second copy)`);
    }
    if (manifest.peerDependencies?.[name] !== `^${floor}`) {
      problems.push(`peerDependencies.${name} must be ^${floor}, the ${name}-floor version the types are built on`);
    }
  }
  if (problems.length > 0) fail(`${pkg.name} tarball:\n  - ${problems.join('\n  - ')}`);
  console.log(`${pkg.name}: ${files.size} files, contents as expected`);
}

const CONSUMER_SOURCE = `// A user's app: React with @xstate/react on the core machine, the SDK's cases and its JSON subpath exports.
import { detainerMachine, getPolicyPreset } from '@detainer-kit/core';
import { createCase, type DetainerCase, getScenario, runScenario, toMermaid } from '@detainer-kit/sdk';
import scenarioSchema from '@detainer-kit/sdk/scenario.schema.json' with { type: 'json' };
import scenarioFile from '@detainer-kit/sdk/scenarios/${LIBRARY_SCENARIO}.json' with { type: 'json' };
import { useMachine } from '@xstate/react';
import { createElement, type ReactElement } from 'react';

export function CaseState(): ReactElement {
  const [snapshot, send] = useMachine(detainerMachine, {
    input: {
      bookedAt: '2024-03-04T14:00:00.000Z',
      custodian: { id: 'example', name: 'Example County Jail', kind: 'county-jail', timeZone: 'America/New_York' },
      policy: getPolicyPreset('full-cooperation'),
      subject: { offenses: [], proofOfStatus: 'none' },
    },
  });
  // @ts-expect-error: the machine is typed (with a second xstate, or types built for another one, it is not).
  const notANumber: number = snapshot.context;
  const onClick = () => send({ type: 'DETAINER_SERVED', at: '2024-03-05T16:00:00.000Z' });
  return createElement('button', { onClick }, JSON.stringify([snapshot.value, notANumber]));
}

export function driveCase(): DetainerCase {
  const detainerCase = createCase({
    policy: 'full-cooperation',
    custodian: { id: 'example', name: 'Example County Jail', timeZone: 'America/New_York' },
    bookedAt: '2024-03-04T09:00:00-05:00',
  });
  detainerCase.send({
    type: 'DETAINER_LODGED',
    at: '2024-03-05T10:00:00-05:00',
    detainer: { form: 'I-247D', issuedAt: '2016-05-02T10:00:00-04:00', requests: { notice: true, hold: true } },
  });
  detainerCase.send({ type: 'RELEASE_ELIGIBLE', at: '2024-03-07T17:00:00-05:00', reason: 'bond-posted' });
  detainerCase.advanceBy({ days: 5 });
  return detainerCase;
}

const outcome: string | undefined = driveCase().outcome?.code;
const schemaId: unknown = scenarioSchema.$schema;
const fileId: string = scenarioFile.id;
const libraryRun = runScenario(getScenario('${LIBRARY_SCENARIO}'));
console.log(
  JSON.stringify({
    outcome,
    schema: typeof schemaId,
    fileId,
    libraryPassed: libraryRun.passed,
    mermaid: toMermaid().startsWith('stateDiagram'),
  }),
);
`;

const CONSUMER_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023', 'DOM'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    jsx: 'react-jsx',
    strict: true,
    resolveJsonModule: true,
    verbatimModuleSyntax: true,
    // The packages' own declaration files are checked too.
    skipLibCheck: false,
    types: [],
    outDir: 'out',
  },
  include: ['consumer.ts'],
};

function main() {
  const started = Date.now();
  const temp = realpathSync(mkdtempSync(join(tmpdir(), 'detainer-kit-packed-')));
  if (!relative(root, temp).startsWith('..')) fail(`the temporary folder ${temp} is inside the repository`);
  const keep = process.env.KEEP_PACKED === '1';
  console.log(`temporary folder: ${temp}${keep ? ' (kept: KEEP_PACKED=1)' : ''}`);
  try {
    step('build core and sdk');
    run(bin('turbo'), ['run', 'build', ...PACKAGES.map((pkg) => `--filter=${pkg.name}`), '--output-logs=errors-only'], {
      cwd: root,
    });

    step('npm pack');
    const tarballDir = join(temp, 'tarballs');
    mkdirSync(tarballDir);
    const tarballs = {};
    for (const pkg of PACKAGES) {
      const [packed] = JSON.parse(
        run('npm', ['pack', '--json', '--pack-destination', tarballDir], { cwd: join(root, pkg.dir) }),
      );
      tarballs[pkg.name] = join(tarballDir, packed.filename);
      console.log(
        `${pkg.name}: ${packed.filename} (${(packed.size / 1024).toFixed(1)} kB packed, ${packed.entryCount} files)`,
      );
    }

    step('tarball contents');
    for (const pkg of PACKAGES) checkTarball(pkg, tarballs[pkg.name]);

    step('publint --strict');
    for (const pkg of PACKAGES) run(bin('publint'), ['run', tarballs[pkg.name], '--strict'], { cwd: temp });
    console.log('publint: no errors or warnings');

    step('attw (profile esm-only)');
    for (const pkg of PACKAGES) {
      run(bin('attw'), [tarballs[pkg.name], '--profile', 'esm-only', '--format', 'table-flipped'], { cwd: temp });
    }
    console.log('attw: no problems');

    step(
      `npm install in a fresh project (${Object.entries(CONSUMER_VERSIONS)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')})`,
    );
    const project = join(temp, 'consumer');
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify(
        {
          name: 'detainer-kit-consumer',
          private: true,
          type: 'module',
          dependencies: {
            ...Object.fromEntries(PACKAGES.map((pkg) => [pkg.name, `file:${tarballs[pkg.name]}`])),
            ...CONSUMER_VERSIONS,
          },
        },
        null,
        2,
      )}\n`,
    );
    // A clean environment for npm: no workspace, no lockfile of the repo, nothing from the repo's npm config.
    run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
      cwd: project,
      env: { npm_config_workspaces: '', npm_config_workspace: '', npm_config_include_workspace_root: '' },
    });

    step('one xstate and one zod in the project');
    for (const name of ['xstate', 'zod']) {
      const copies = run('find', ['.', '-path', `*/node_modules/${name}/package.json`], { cwd: project })
        .trim()
        .split('\n')
        .filter(Boolean);
      if (copies.length !== 1) fail(`${copies.length} copies of ${name} installed:\n  ${copies.join('\n  ')}`);
      const { version } = JSON.parse(readFileSync(join(project, copies[0]), 'utf8'));
      console.log(`${name}: one copy (${version})`);
    }

    step('typecheck a consumer (useMachine(detainerMachine), createCase, JSON subpaths)');
    writeFileSync(join(project, 'consumer.ts'), CONSUMER_SOURCE);
    writeFileSync(join(project, 'tsconfig.json'), `${JSON.stringify(CONSUMER_TSCONFIG, null, 2)}\n`);
    run(join(project, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: project });
    console.log('tsc: no errors');

    step('run the consumer with Node');
    const output = JSON.parse(run('node', ['out/consumer.js'], { cwd: project }).trim());
    const expected = {
      outcome: 'released-hold-expired',
      schema: 'string',
      fileId: LIBRARY_SCENARIO,
      libraryPassed: true,
      mermaid: true,
    };
    if (JSON.stringify(output) !== JSON.stringify(expected)) {
      fail(`the consumer printed ${JSON.stringify(output)}, expected ${JSON.stringify(expected)}`);
    }
    console.log(JSON.stringify(output));

    step('npx detainer --help');
    const help = run('npx', ['--no-install', 'detainer', '--help'], { cwd: project });
    if (!/Usage: detainer/.test(help)) fail(`\`detainer --help\` printed no usage:\n${help}`);
    console.log(help.split('\n')[0]);

    step(`npx detainer run ${LIBRARY_SCENARIO}`);
    const report = run('npx', ['--no-install', 'detainer', 'run', LIBRARY_SCENARIO], { cwd: project });
    console.log(report.split('\n').slice(0, 2).join('\n'));

    console.log(`\ncheck:packed: PASS (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  } finally {
    if (!keep) rmSync(temp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  if (!(error instanceof CheckFailed)) throw error;
  console.error(`\ncheck:packed: FAIL at "${current}": ${error.message}`);
  process.exitCode = 1;
}
