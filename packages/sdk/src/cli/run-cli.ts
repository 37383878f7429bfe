import { DDOR_FIRST_WEEK, DetainerKitError, MODEL_INFO } from '@detainer-kit/core';
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { LAW_LAYERS_SCHEMA_URL } from '../law/json-schema.js';
import { LESSON_SCHEMA_URL } from '../lesson/json-schema.js';
import { SCENARIO_SCHEMA_URL } from '../scenario/json-schema.js';
import { type CheckPspOptions, checkPspCommand } from './commands/check-psp.js';
import { compareCommand } from './commands/compare.js';
import { diagramCommand } from './commands/diagram.js';
import { type LawCommandOptions, lawCommand } from './commands/law.js';
import { policiesCommand } from './commands/policies.js';
import { runCommand } from './commands/run.js';
import { type SimulateCommandOptions, simulateCommand } from './commands/simulate.js';
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
    .argument('<scenario>', 'a scenario file, or the id of a library scenario')
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .option('--jurisdiction <id>', 'decide under the law of a library jurisdiction (us-nc, …) at each decision')
    .option('--as-of <date>', 'freeze the law on this date, YYYY-MM-DD')
    .option('--option <layer id>', 'turn on an option layer (an uncertain reading; repeat)', collect, [])
    .action(
      async (
        file: string,
        options: { json?: boolean; lang?: string; jurisdiction?: string; asOf?: string; option?: string[] },
      ) => setCode(await runCommand(io, file, options)),
    );

  program
    .command('validate')
    .description(
      'check a scenario file against the scenario schema, a law-layer file against its schema and the jurisdiction library, or a lesson file against the lesson schema and the model (exit 1 when the model contradicts an answer)',
    )
    .argument('<file>', 'a scenario, lesson or law-layer file, or the id of a library scenario or lesson')
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .action(async (file: string, options: { json?: boolean; lang?: string }) =>
      setCode(await validateCommand(io, file, options)),
    );

  program
    .command('compare')
    .description('run the same scenario facts under several policies and show what differs, and why')
    .argument('<scenario>', 'a scenario file, or the id of a library scenario')
    .option(
      '--policy <preset|file>',
      'a policy preset id or a policy JSON file (repeat; one alone is compared with the scenario’s own)',
      collect,
      [],
    )
    .option(
      '--jurisdiction <id>',
      'run under the law of this library jurisdiction (repeat to compare places)',
      collect,
      [],
    )
    .option('--as-of <date>', 'freeze the law on this date, YYYY-MM-DD (repeat to compare dates)', collect, [])
    .option('--option <layer id>', 'turn on an option layer (an uncertain reading; repeat)', collect, [])
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .action(
      async (
        file: string,
        options: {
          policy: string[];
          json?: boolean;
          lang?: string;
          jurisdiction?: string[];
          asOf?: string[];
          option?: string[];
        },
      ) => setCode(await compareCommand(io, file, options)),
    );

  program
    .command('simulate')
    .description('simulate a synthetic population of cases under one or more policies')
    .option('--policy <preset|file>', 'a policy preset id or a policy JSON file (repeat to compare)', collect, [])
    .option('--cases <n>', 'how many synthetic cases (1 to 10,000,000)', String(DDOR_FIRST_WEEK.detainersIssued))
    .option('--seed <s>', 'the random seed, so the run can be repeated (0 to 4294967295)')
    .option('--workers <k>', 'worker threads (1 to the CPU threads of this machine, at most 64)', '1')
    .option('--jurisdiction <id>', 'each policy under the law of a library jurisdiction (us-nc, …)')
    .option('--as-of <date>', 'the date of that law, YYYY-MM-DD (default today)')
    .option('--option <layer id>', 'turn on an option layer (an uncertain reading; repeat)', collect, [])
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .action(async (options: SimulateCommandOptions) => setCode(await simulateCommand(io, options)));

  program
    .command('diagram')
    .description('print the statechart as Mermaid, Graphviz DOT or JSON')
    .option('--format <format>', 'output format: mermaid, json or dot', 'mermaid')
    .option('--lang <lang>', 'language of the titles and descriptions: en or es (default en)')
    .action(async (options: { format?: string; lang?: string }) => setCode(await diagramCommand(io, options)));

  program
    .command('policies')
    .description('list the policy presets and their switches')
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .action(async (options: { json?: boolean; lang?: string }) => setCode(await policiesCommand(io, options)));

  program
    .command('check-psp')
    .description('read a policy against the 2017 Public Safety Partnership questions and Byrne JAG conditions')
    .argument('<preset|file>', 'a policy preset id or a policy JSON file')
    .option(
      '--set <id>',
      'print one condition set with its rulings: psp-2017, byrne-jag-fy2017, byrne-jag-fy2018, dhs-standard-terms-fy2025',
    )
    .option('--jurisdiction <id>', 'read the local policy under the law of a library jurisdiction (us-nc, …)')
    .option('--as-of <date>', 'the date of the law and of the rulings known, YYYY-MM-DD (default today)')
    .option('--option <layer id>', 'turn on an option layer (an uncertain reading; repeat)', collect, [])
    .option('--json', 'print stable JSON (errors too)')
    .option('--lang <lang>', 'language of the report: en or es (default en)')
    .action(async (ref: string, options: CheckPspOptions) => setCode(await checkPspCommand(io, ref, options)));

  program
    .command('law')
    .description(
      'print the law layers in force in a jurisdiction on a date, with dates, sources and status (or `law diff <a> [<b>]`: what changed)',
    )
    .argument('<jurisdiction>', 'a library jurisdiction (federal, us-nc, …), a law-layer file, or "diff"')
    .argument('[more...]', 'for `law diff`: one jurisdiction (with --to) or two')
    .option('--as-of <date>', 'the date whose law applies, YYYY-MM-DD (default: today, UTC)')
    .option('--to <date>', 'for `law diff` of one jurisdiction: the second date, YYYY-MM-DD')
    .option('--option <layer id>', 'turn on an option layer (an uncertain reading; repeat)', collect, [])
    .option('--local <preset>', 'the local policy, a preset id (default: full-cooperation, and it says so)')
    .option('--json', 'print stable JSON (errors too)')
    .action(async (target: string, more: string[], options: LawCommandOptions) =>
      setCode(await lawCommand(io, target, more, options)),
    );

  return program;
}

/**
 * An error as data, the shape `--json` prints (one line on stdout, exit 2):
 * `{ "ok": false, "error": { "code", "field", "message", "fix", "issues"? } }`. `code` is a core
 * `DetainerKitError` code (`invalid-scenario`, …) or a CLI one (`invalid-argument`, `unreadable-file`,
 * `file-too-large`, `invalid-json`, `unknown-scenario`, `unexpected-error`); `field` names the option, argument,
 * file or scenario field (`""` when none); `message` says what is wrong and `fix` how to fix it.
 */
export interface CliErrorJson {
  readonly ok: false;
  readonly error: {
    readonly code: string;
    readonly field: string;
    readonly message: string;
    readonly fix: string;
    readonly issues?: readonly { readonly field: string; readonly message: string }[];
  };
}

const MODEL_FIX: Record<string, string> = {
  'invalid-scenario': `correct that field of the scenario file (its JSON Schema: ${SCENARIO_SCHEMA_URL})`,
  'invalid-lesson': `correct that field of the lesson file (its JSON Schema: ${LESSON_SCHEMA_URL})`,
  'invalid-policy': 'correct that field of the policy (see `detainer policies --json` for complete policies)',
  'invalid-law-layers': `correct that field of the law-layer file (its JSON Schema: ${LAW_LAYERS_SCHEMA_URL})`,
};

function commanderField(error: CommanderError): string {
  return /'(--?[a-zA-Z-]+)/.exec(error.message)?.[1] ?? /argument '([^']+)'/.exec(error.message)?.[1] ?? '';
}

/** An error as the data of {@link CliErrorJson}. */
export function errorJson(error: unknown): CliErrorJson {
  if (DetainerKitError.isInstance(error)) {
    const first = error.issues[0];
    return {
      ok: false,
      error: {
        code: error.code,
        field: first?.field ?? '',
        message: first?.message ?? error.message,
        fix: MODEL_FIX[error.code] ?? 'correct the input named in the message',
        issues: error.issues.map(({ field, message }) => ({ field, message })),
      },
    };
  }
  if (error instanceof CliInputError) {
    return { ok: false, error: { code: error.code, field: error.field, message: error.problem, fix: error.fix } };
  }
  if (error instanceof CommanderError) {
    return {
      ok: false,
      error: {
        code: 'invalid-argument',
        field: commanderField(error),
        message: error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' '),
        fix: 'see `detainer --help` (or `detainer <command> --help`) for the commands and options',
      },
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    error: {
      code: 'unexpected-error',
      field: '',
      message: `unexpected error: ${message}`,
      fix: 'this is a bug in detainer-kit; please report it with the command you ran',
    },
  };
}

/** The one line printed for an error: what is wrong and how to fix it. */
export function errorLine(error: unknown): string {
  if (DetainerKitError.isInstance(error)) {
    // "Invalid scenario: steps.2.event.reason: expected …" → "steps.2.event.reason: expected …"
    return error.message.replace(/^Invalid [a-z ]+: /, '');
  }
  if (error instanceof CliInputError) return error.message;
  const { message, fix } = errorJson(error).error;
  return error instanceof CommanderError ? `${message} (${fix})` : message;
}

/** True when `--json` is among the options (before a `--`). */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Runs the `detainer` CLI on `argv` (the arguments after the program name) with the given io, and resolves
 * to the exit code: 0 success, 1 a scenario's expectations failed, 2 bad input: one line on stderr, no stack
 * trace, or under `--json` one line of {@link CliErrorJson} on stdout. Never throws.
 *
 * @example
 * const code = await runCli(['run', 'weekday-rule-friday-release', '--json'], {
 *   stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t),
 *   readFile: readFileCapped, isTTY: false,
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
    if (wantsJson(argv)) io.stdout(`${JSON.stringify(errorJson(error))}\n`);
    else io.stderr(`detainer: ${plain(errorLine(error))}\n`);
    return EXIT.badInput;
  }
}
