import { loadLanguage } from '@detainer-kit/core';
import { getMachineGraph, toDot, toMermaid } from '../../diagram/index.js';
import { type DiagramFormat, DiagramFormatSchema, LangArgSchema, parseArg } from '../args.js';
import { toJson } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';

/**
 * `detainer diagram --format mermaid|json|dot [--lang en|es]`: the statechart, from the machine itself, its titles
 * and descriptions in `--lang` (exit 2 for another language).
 */
export async function diagramCommand(io: CliIo, options: { format?: string; lang?: string }): Promise<ExitCode> {
  const format: DiagramFormat = parseArg(DiagramFormatSchema, options.format ?? 'mermaid', '--format');
  const lang = options.lang === undefined ? 'en' : parseArg(LangArgSchema, options.lang, '--lang');
  await loadLanguage(lang);
  const graph = getMachineGraph({ lang });
  const text = format === 'json' ? toJson(graph) : format === 'dot' ? toDot(graph) : toMermaid(graph);
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  return EXIT.ok;
}
