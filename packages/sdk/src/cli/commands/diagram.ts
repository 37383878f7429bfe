import { getMachineGraph, toDot, toMermaid } from '../../diagram/index.js';
import { type DiagramFormat, DiagramFormatSchema, parseArg } from '../args.js';
import { toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';

/** `detainer diagram --format mermaid|json|dot`: the statechart, from the machine itself. */
export function diagramCommand(io: CliIo, options: { format?: string }): ExitCode {
  const format: DiagramFormat = parseArg(DiagramFormatSchema, options.format ?? 'mermaid', '--format');
  const graph = getMachineGraph();
  const text = format === 'json' ? toJson(graph) : format === 'dot' ? toDot(graph) : toMermaid(graph);
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
