#!/usr/bin/env node
// Runs as the root `prepare` script, so after `npm ci` / `npm install` in a clone the published entry points of
// @detainer-kit/core and @detainer-kit/sdk exist and `npx detainer` works without a manual build.
//
// It never fails the install: a package whose `src/index.ts` does not exist yet is skipped, and a failed build
// prints a warning (fix the build, then run `npm run build`). Set DETAINER_SKIP_PREPARE=1 to skip it entirely.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = [
  { name: '@detainer-kit/core', dir: 'packages/core' },
  { name: '@detainer-kit/sdk', dir: 'packages/sdk' },
];

function log(message) {
  console.log(`[prepare] ${message}`);
}

if (process.env.DETAINER_SKIP_PREPARE === '1') {
  log('DETAINER_SKIP_PREPARE=1, skipping the build of core and sdk.');
  process.exit(0);
}

const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
if (!existsSync(turbo)) {
  log('turbo is not installed (production install?), skipping the build of core and sdk.');
  process.exit(0);
}

const ready = packages.filter((pkg) => existsSync(join(root, pkg.dir, 'src', 'index.ts')));
for (const pkg of packages) {
  if (!ready.includes(pkg)) log(`${pkg.name} has no src/index.ts yet, not building it.`);
}
if (ready.length === 0) process.exit(0);

log(`building ${ready.map((pkg) => pkg.name).join(', ')} so that \`npx detainer\` works...`);
const result = spawnSync(
  turbo,
  ['run', 'build', ...ready.map((pkg) => `--filter=${pkg.name}...`), '--output-logs=errors-only'],
  { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' },
);
if (result.status === 0) {
  log('done.');
} else {
  log(
    'WARNING: the build failed (see above). The install itself is complete; fix the error, then run `npm run build`.',
  );
}
