export { type CliIo, EXIT, type ExitCode } from './io.js';
export { errorLine, runCli } from './run-cli.js';
