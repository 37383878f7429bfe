import { evaluateLesson } from '../../lesson/evaluate.js';
import { languageArg } from '../args.js';
import { plain } from '../format.js';
import { type CliIo, EXIT, type ExitCode } from '../io.js';
import { loadScenarioOrLesson } from '../load.js';

/**
 * `detainer validate <file|library id>`: checks a scenario file against the scenario schema, a law-layer file
 * (`"format": "detainer-kit/law-layers"`) against its schema and the jurisdiction library, or a lesson file
 * (`"format": "detainer-kit/lesson"`) against the lesson schema and then against the model: every checkpoint's
 * answer and every try-it's expectation. Exit 0 when valid, 1 when the model contradicts a lesson, 2 for bad input.
 * `--lang en|es` is checked (exit 2 for another) and loads that language; the report itself is English for now.
 */
export async function validateCommand(
  io: CliIo,
  file: string,
  options: { json?: boolean; lang?: string },
): Promise<ExitCode> {
  await languageArg(options.lang);
  const loaded = await loadScenarioOrLesson(io, file);
  if (loaded.kind === 'scenario') {
    const { scenario, label } = loaded;
    if (options.json) {
      io.stdout(
        `${JSON.stringify({ valid: true, kind: 'scenario', id: scenario.id, title: scenario.title, steps: scenario.steps.length }, null, 2)}\n`,
      );
    } else {
      io.stdout(
        `${plain(label)}: valid scenario "${plain(scenario.id)}" (${plain(scenario.title)}), ${scenario.steps.length} steps\n`,
      );
    }
    return EXIT.ok;
  }
  if (loaded.kind === 'law-layers') {
    const { file, label } = loaded;
    const base = file.extends ?? 'federal';
    if (options.json) {
      io.stdout(
        `${JSON.stringify({ valid: true, kind: 'law-layers', title: file.title ?? null, extends: base, layers: file.layers.map((l) => l.id) }, null, 2)}\n`,
      );
    } else {
      io.stdout(
        `${plain(label)}: valid law-layer file${file.title ? ` "${plain(file.title)}"` : ''}, ${file.layers.length} layer${file.layers.length === 1 ? '' : 's'} on ${base} (see \`detainer law ${plain(label)} --as-of DATE\`)\n`,
      );
    }
    return EXIT.ok;
  }
  const { lesson, label } = loaded;
  const evaluation = evaluateLesson(lesson);
  const failed = evaluation.checks.filter((c) => c.problem !== null);
  if (options.json) {
    const checks = evaluation.checks.map(
      ({ sectionIndex, sectionId, kind, measure, stated, actual, met, problem }) => ({
        section: sectionIndex,
        id: sectionId,
        kind,
        measure,
        stated,
        actual,
        met,
        problem,
      }),
    );
    io.stdout(
      `${JSON.stringify({ valid: true, kind: 'lesson', id: lesson.id, title: lesson.title, sections: lesson.sections.length, passed: evaluation.passed, checks, disclaimer: evaluation.disclaimer }, null, 2)}\n`,
    );
  } else {
    const counted = `${lesson.sections.length} sections, ${evaluation.checks.length} answers checked against the model`;
    io.stdout(`${plain(label)}: valid lesson "${plain(lesson.id)}" (${plain(lesson.title)}), ${counted}\n`);
    for (const c of failed)
      io.stdout(`  ✗ sections.${c.sectionIndex} (${plain(c.sectionId)}): ${plain(c.problem ?? '')}\n`);
    io.stdout(
      failed.length === 0
        ? '  ✓ the model agrees with every answer\n'
        : `  ${failed.length} answer${failed.length > 1 ? 's' : ''} the model contradicts: correct the lesson\n`,
    );
  }
  return failed.length === 0 ? EXIT.ok : EXIT.expectationsFailed;
}
