import { DDOR_FIRST_WEEK, DetainerKitError, MODEL_INFO } from '@detainer-kit/core';
import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { checkPspCommand } from './commands/check-psp.js';
import { compareCommand } from './commands/compare.js';
import { diagramCommand } from './commands/diagram.js';
import { policiesCommand } from './commands/policies.js';
import { runCommand } from './commands/run.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';
import { plain } from './format.js';
import { CliInputError, type CliIo, EXIT, type ExitCode } from './io.js';

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function buildProgram(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const program = new Command('detainer')
    .description(`Run, check and compare immigration detainer scenarios. ${MODEL_INFO.disclaimer}`)
    .version(packageJson.version, '-V, --version')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Errors are printed once, as one line, by runCli.
      outputError: () => {},
    })
    .exitOverride();

  program
    .command('run')
    .description('run a scenario file and check its expectations (exit 1 when one is not met)')
    .argument('<scenario.json>', 'a scenario file')
    .option('--json', 'print stable JSON')
    .action(async (file: string, options: { json?: boolean }) => setCode(await runCommand(io, file, options)));

  program
    .command('validate')
    .description('check a scenario file against the scenario schema')
    .argument('<file>', 'a scenario file')
    .option('--json', 'print stable JSON')
    .action(async (file: string, options: { json?: boolean }) => setCode(await validateCommand(io, file, options)));

  program
    .command('compare')
    .description('run the same scenario facts under several policies and show what differs, and why')
    .argument('<scenario.json>', 'a scenario file')
    .option(
      '--policy <preset|file>',
      'a policy preset id or a policy JSON file (repeat; one alone is compared with the scenario’s own)',
      collect,
      [],
    )
    .option('--json', 'print stable JSON')
    .action(async (file: string, options: { policy: string[]; json?: boolean }) => {
      if (options.policy.length === 0) throw new CliInputError('compare needs at least one --policy <preset|file>');
      setCode(await compareCommand(io, file, options));
    });

  program
    .command('simulate')
    .description('simulate a synthetic population of cases under one or more policies')
    .option('--policy <preset|file>', 'a policy preset id or a policy JSON file (repeat to compare)', collect, [])
    .option('--cases <n>', 'how many synthetic cases (1 to 10,000,000)', String(DDOR_FIRST_WEEK.detainersIssued))
    .option('--seed <s>', 'the random seed, so the run can be repeated (0 to 4294967295)')
    .option('--workers <k>', 'worker threads (1 to 64)', '1')
    .option('--json', 'print stable JSON')
    .action(async (options: { policy: string[]; cases?: string; seed?: string; workers?: string; json?: boolean }) =>
      setCode(await simulateCommand(io, options)),
    );

  program
    .command('diagram')
    .description('print the statechart as Mermaid, Graphviz DOT or JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['mermaid', 'json', 'dot']).default('mermaid'))
    .action((options: { format?: string }) => setCode(diagramCommand(io, options)));

  program
    .command('policies')
    .description('list the policy presets and their switches')
    .option('--json', 'print stable JSON')
    .action((options: { json?: boolean }) => setCode(policiesCommand(io, options)));

  program
    .command('check-psp')
    .description('read a policy against the 2017 Public Safety Partnership questions and Byrne JAG conditions')
    .argument('<preset|file>', 'a policy preset id or a policy JSON file')
    .option('--json', 'print stable JSON')
    .action(async (ref: string, options: { json?: boolean }) => setCode(await checkPspCommand(io, ref, options)));

  return program;
}

/** The one line printed for an error: what is wrong and, where known, how to fix it. */
export function errorLine(error: unknown): string {
  if (DetainerKitError.isInstance(error)) {
    // "Invalid scenario: steps.2.event.reason: expected …" → "steps.2.event.reason: expected …"
    return error.message.replace(/^Invalid [a-z ]+: /, '');
  }
  if (error instanceof CliInputError) return error.message;
  if (error instanceof CommanderError) {
    return error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ');
  }
  const message = error instanceof Error ? error.message : String(error);
  return `unexpected error: ${message}`;
}

/**
 * Runs the `detainer` CLI on `argv` (the arguments after the program name) with the given io, and resolves
 * to the exit code: 0 success, 1 a scenario's expectations failed, 2 bad input (one line on stderr, no stack
 * trace). Never throws.
 *
 * @example
 * const code = await runCli(['run', 'scenarios/notify-only.json', '--json'], {
 *   stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t),
 *   readFile: (p) => readFile(p, 'utf8'), isTTY: false,
 * });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: ExitCode = EXIT.ok;
  try {
    const program = buildProgram(io, (c) => {
      code = c;
    });
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return EXIT.ok; // --help, --version
    io.stderr(`detainer: ${plain(errorLine(error))}\n`);
    return EXIT.badInput;
  }
}
