import { DetainerKitError, type InputIssue } from '@detainer-kit/core';
import { scenarioIssues } from '../scenario/parse.js';
import { type Lesson, type LessonInput, LessonSchema } from './schema.js';

/** The project error for a list of lesson issues; the message names the first field and its fix. */
export function invalidLesson(issues: readonly InputIssue[], cause?: unknown): DetainerKitError<'invalid-lesson'> {
  const first = issues[0];
  const where = first?.field ? `${first.field}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new DetainerKitError<'invalid-lesson'>({
    code: 'invalid-lesson',
    message: `Invalid lesson: ${where}${first?.message ?? 'unknown problem'}${more}`,
    issues,
    cause,
  });
}

/**
 * Parses a lesson file or throws a `DetainerKitError` with code `invalid-lesson` whose message names the field
 * and the fix, and whose `issues` list every problem. It checks the shape and the lesson's coherence (a library
 * scenario that exists, steps the scenario has, answers among the choices); {@link evaluateLesson} then checks
 * every answer against the model.
 *
 * @example
 * parseLesson(JSON.parse(text))
 * // throws: Invalid lesson: sections.3.answer: answer must be the id of one of the choices: "a", "b"
 */
export function parseLesson(value: unknown): Lesson {
  const result = LessonSchema.safeParse(value);
  if (!result.success) throw invalidLesson(scenarioIssues(result.error), result.error);
  return result.data;
}

/** True when `value` is a valid lesson file, as written; {@link parseLesson} gives the parsed {@link Lesson}. */
export function isLesson(value: unknown): value is LessonInput {
  return LessonSchema.safeParse(value).success;
}
