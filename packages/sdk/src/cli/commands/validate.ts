import { plain } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadScenario } from '../load.js';

/** `detainer validate <file|library id>`: checks a scenario file against the scenario schema. */
export async function validateCommand(io: CliIo, file: string, options: { json?: boolean }): Promise<ExitCode> {
  const { scenario, label } = await loadScenario(io, file);
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ valid: true, id: scenario.id, title: scenario.title, steps: scenario.steps.length }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      `${plain(label)}: valid scenario "${plain(scenario.id)}" (${plain(scenario.title)}), ${scenario.steps.length} steps\n`,
    );
  }
  return EXIT.ok;
}
