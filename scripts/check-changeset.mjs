#!/usr/bin/env node
// Fails when a published package (packages/core, packages/sdk) changed against a base ref but no changeset was added.
//
// Base ref: $CHANGESET_BASE if set, else the merge-base of HEAD and origin/main, else the check is skipped.
// Compares the base with the working tree, so committed, staged, unstaged and untracked files all count.
// Tests, type tests and benchmarks are not published, so changing only those needs no changeset. A change that
// users will not notice still needs one: add an empty changeset with `npx changeset --empty`.
import { execFileSync } from 'node:child_process';

const PUBLISHED = ['packages/core/', 'packages/sdk/'];
const UNPUBLISHED = /\.(test|test-d|bench)\.ts$/;

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function tryGit(...args) {
  try {
    return git(...args);
  } catch {
    return undefined;
  }
}

function resolveBase() {
  const explicit = process.env.CHANGESET_BASE?.trim();
  if (explicit) {
    const commit = tryGit('rev-parse', '--verify', '--quiet', `${explicit}^{commit}`);
    if (!commit) {
      console.error(`check-changeset: CHANGESET_BASE=${explicit} is not a commit in this clone (shallow clone?).`);
      process.exit(1);
    }
    return { ref: explicit, commit };
  }
  if (!tryGit('rev-parse', '--verify', '--quiet', 'origin/main^{commit}')) return undefined;
  const commit = tryGit('merge-base', 'HEAD', 'origin/main');
  return commit ? { ref: 'merge-base with origin/main', commit } : undefined;
}

if (tryGit('rev-parse', '--is-inside-work-tree') !== 'true') {
  console.log('check-changeset: not a git work tree, skipping.');
  process.exit(0);
}

const base = resolveBase();
if (!base) {
  console.log(
    'check-changeset: skipped, no base to compare with (set CHANGESET_BASE, or fetch origin/main with full history).',
  );
  process.exit(0);
}

// Lines of `git diff --name-status`: "<status>\t<path>", renames disabled so each path is reported once.
const changes = git('diff', '--name-status', '--no-renames', base.commit)
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const [status = '', path = ''] = line.split('\t');
    return { status: status[0], path };
  });
const untracked = git('ls-files', '--others', '--exclude-standard')
  .split('\n')
  .filter(Boolean)
  .map((path) => ({ status: 'A', path }));
const all = [...changes, ...untracked];

const packageChanges = all.filter(
  ({ path }) => PUBLISHED.some((prefix) => path.startsWith(prefix)) && !UNPUBLISHED.test(path),
);
const newChangesets = all.filter(
  ({ status, path }) => status === 'A' && /^\.changeset\/[^/]+\.md$/.test(path) && path !== '.changeset/README.md',
);

const shortBase = `${base.ref} (${base.commit.slice(0, 10)})`;
if (packageChanges.length === 0) {
  console.log(`check-changeset: OK, no published package changed since ${shortBase}.`);
} else if (newChangesets.length > 0) {
  console.log(
    `check-changeset: OK, ${packageChanges.length} package file(s) changed since ${shortBase}, ` +
      `changeset(s): ${newChangesets.map(({ path }) => path).join(', ')}.`,
  );
} else {
  console.error(`check-changeset: FAIL, published packages changed since ${shortBase} but no changeset was added:`);
  for (const { path } of packageChanges.slice(0, 20)) console.error(`  ${path}`);
  if (packageChanges.length > 20) console.error(`  ... and ${packageChanges.length - 20} more`);
  console.error('Run `npx changeset` and describe the change for users (or `npx changeset --empty` if none).');
  process.exit(1);
}
