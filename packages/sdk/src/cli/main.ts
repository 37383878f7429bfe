/**
 * The `detainer` CLI entry (built by tsup to `dist/cli/main.js`, started by `bin/detainer.js`). All logic is
 * in {@link runCli}; this file only connects it to the process.
 */
import { availableParallelism } from 'node:os';
import { readFileCapped } from './io.js';
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: readFileCapped,
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
  parallelism: availableParallelism(),
});
process.exitCode = code;
