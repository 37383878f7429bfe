import { z } from 'zod';
import { SCENARIO_SCHEMA_URL } from '../scenario/json-schema.js';
import { ScenarioSchema } from '../scenario/schema.js';
import { LessonSchema } from './schema.js';

/**
 * The stable address of the lesson JSON Schema: its `$id`, and the `$schema` every library lesson starts with
 * (the file `schema/lesson.schema.json` of the latest published `@detainer-kit/sdk`, served by jsDelivr).
 */
export const LESSON_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@detainer-kit/sdk/schema/lesson.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a lesson file as written, generated from {@link LessonSchema}, with `$id`
 * {@link LESSON_SCHEMA_URL}. An inline scenario refers to the scenario schema ({@link SCENARIO_SCHEMA_URL}) rather
 * than repeating it. `schema/lesson.schema.json` holds it; a test fails when the two drift
 * (`npm run schema:generate -w @detainer-kit/sdk` rewrites both files).
 */
export function lessonJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LessonSchema, {
    io: 'input',
    target: 'draft-2020-12',
    override: (ctx) => {
      if (ctx.zodSchema !== ScenarioSchema) return;
      for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
      ctx.jsonSchema.$ref = SCENARIO_SCHEMA_URL;
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: LESSON_SCHEMA_URL,
    title: 'detainer-kit lesson',
    description:
      'A detainer-kit lesson file: a scenario, then narrative, play-until, predict and try-it sections. Every answer is checked against the model. Educational model, not legal advice.',
    ...rest,
  };
}
