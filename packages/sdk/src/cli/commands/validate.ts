import { parseScenario } from '../../scenario/parse.js';
import { plain } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { readJson } from '../load.js';

/** `detainer validate <file>`: checks a scenario file against the scenario schema. */
export async function validateCommand(io: CliIo, file: string, options: { json?: boolean }): Promise<ExitCode> {
  const scenario = parseScenario(await readJson(io, file));
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ valid: true, id: scenario.id, title: scenario.title, steps: scenario.steps.length }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      `${plain(file)}: valid scenario "${plain(scenario.id)}" (${plain(scenario.title)}), ${scenario.steps.length} steps\n`,
    );
  }
  return EXIT.ok;
}
