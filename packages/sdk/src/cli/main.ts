/**
 * The `detainer` CLI entry (built by tsup to `dist/cli/main.js`, started by `bin/detainer.js`). All logic is
 * in {@link runCli}; this file only connects it to the process.
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  isTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns ?? 80,
});
process.exitCode = code;
