export { type CliIo, EXIT, type ExitCode } from './io.js';
export { type CliErrorJson, errorJson, errorLine, runCli } from './run-cli.js';
