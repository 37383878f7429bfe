// vitest `setupFiles` entry for every package whose tests use fast-check (see ./fast-check.ts).
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { DEFAULT_FC_RUNS, fcSeed, replayCommand, runs } from './fast-check.js';

fc.configureGlobal({ seed: fcSeed, numRuns: runs(DEFAULT_FC_RUNS) });

// fast-check's own message already names the seed and the counterexample's path; add the command that replays it.
beforeEach(({ onTestFailed }) => {
  onTestFailed(({ task }) => {
    const failedProperty = (task.result?.errors ?? []).some((error) => /Property failed/.test(String(error?.message)));
    if (!failedProperty) return;
    // `file.name` is relative to the package folder (vitest's root); `file.filepath` is absolute.
    const file = task.file?.name;
    const dir = file && task.file?.filepath.endsWith(file) ? task.file.filepath.slice(0, -file.length - 1) : undefined;
    const command = replayCommand({ dir, file, name: task.name });
    console.error(`\n[fast-check] property failed with seed ${fcSeed}. Replay it with:\n  ${command}\n`);
  });
});
