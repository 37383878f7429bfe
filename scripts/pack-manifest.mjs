#!/usr/bin/env node
// The `prepack` / `postpack` step of @detainer-kit/core and @detainer-kit/sdk (npm runs them around `npm pack` and
// `npm publish`, in the package's folder).
//
//   node ../../scripts/pack-manifest.mjs strip    # prepack: drop the in-repo export condition, keep a backup
//   node ../../scripts/pack-manifest.mjs restore  # postpack: put the package.json back as it was
//
// In the repository, `exports` carries a `@detainer-kit/source` condition that points at `src/*.ts`, so tests, type
// checks and the demo run on sources without a build. `src/` is not published (the source maps carry the source),
// so in a tarball that condition would point at a file that does not exist: any consumer whose tools enable it
// (a fork or a monorepo reusing the name) would fail to resolve the package. The published package.json therefore
// leaves it out. A backup left by an interrupted pack is restored before stripping again, so the committed
// package.json is never lost.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const SOURCE_CONDITION = '@detainer-kit/source';
const MANIFEST = 'package.json';
const BACKUP = '.package.json.prepack';

/** `exports` without the source condition, at any depth. */
function stripCondition(value) {
  if (Array.isArray(value)) return value.map(stripCondition);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, stripCondition(inner)]),
  );
}

function restore() {
  if (existsSync(BACKUP)) renameSync(BACKUP, MANIFEST);
}

function strip() {
  restore();
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  if (manifest.exports === undefined) return;
  writeFileSync(BACKUP, text);
  manifest.exports = stripCondition(manifest.exports);
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
}

const command = process.argv[2];
if (command === 'strip') strip();
else if (command === 'restore') restore();
else {
  console.error('usage: pack-manifest.mjs strip|restore (run by npm as prepack/postpack)');
  process.exit(2);
}
