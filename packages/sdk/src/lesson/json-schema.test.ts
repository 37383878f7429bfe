import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { SCENARIO_SCHEMA_URL } from '../scenario/json-schema.js';
import { getScenario } from '../scenario/library.js';
import { LESSON_SCHEMA_URL, lessonJsonSchema } from './json-schema.js';
import { getLesson, listLessonIds } from './library.js';
import { parseLesson } from './parse.js';

const file = fileURLToPath(new URL('../../schema/lesson.schema.json', import.meta.url));
const scenarioSchemaFile = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));
const lessonFile = (id: string) => fileURLToPath(new URL(`../../lessons/${id}.json`, import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A real validator, with both committed schemas registered under their `$id`s, as an editor would fetch them. */
function validator() {
  const ajv = new Ajv2020({ allErrors: true, validateFormats: false });
  ajv.addSchema(read(scenarioSchemaFile));
  ajv.addSchema(read(file));
  const validate = ajv.getSchema(LESSON_SCHEMA_URL);
  if (!validate) throw new Error('the lesson schema did not register under its $id');
  return (value: unknown) => ({
    ok: validate(value),
    paths: (validate.errors ?? []).map((e) => e.instancePath),
  });
}

describe('schema/lesson.schema.json', () => {
  it('matches the JSON Schema generated from LessonSchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const fresh = `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, fresh);
    expect(read(file), 'the committed schema drifted: run `npm run schema:generate -w @detainer-kit/sdk`').toEqual(
      JSON.parse(fresh),
    );
  });

  it('has a stable $id inside the published package, named by every library lesson, and is exported', () => {
    expect(read(file).$id).toBe(LESSON_SCHEMA_URL);
    for (const id of listLessonIds()) expect(read(lessonFile(id)).$schema, id).toBe(LESSON_SCHEMA_URL);
    const match = /^https:\/\/cdn\.jsdelivr\.net\/npm\/(@[^/]+\/[^/]+)\/(.+)$/.exec(LESSON_SCHEMA_URL);
    expect(match?.[1]).toBe(packageJson.name);
    expect(fileURLToPath(new URL(`../../${match?.[2]}`, import.meta.url))).toBe(file);
    expect(packageJson.exports['./lesson.schema.json']).toBe('./schema/lesson.schema.json');
    expect(packageJson.files).toEqual(expect.arrayContaining(['schema', 'lessons']));
  });

  it('accepts every library lesson file, and one with its scenario inline (checked by the scenario schema)', () => {
    const check = validator();
    for (const id of listLessonIds()) expect(check(read(lessonFile(id))), id).toEqual({ ok: true, paths: [] });
    const inline = { ...read(lessonFile('request-not-command')), scenario: read(scenarioFile('notify-only')) };
    expect(check(inline).ok).toBe(true);
    expect(parseLesson(inline).scenario).toEqual(getScenario('notify-only'));
    expect(SCENARIO_SCHEMA_URL).toMatch(/scenario\.schema\.json$/);
  });

  it('refuses what the parser refuses in shape: an unknown citation, an unknown kind', () => {
    const check = validator();
    const lesson = structuredClone(read(lessonFile('weekday-or-calendar'))) as { sections: Record<string, unknown>[] };
    const narrative = lesson.sections[0] as { paragraphs: { citations: string[] }[] };
    narrative.paragraphs[0]?.citations.push('made-up-2030');
    expect(check(lesson).ok).toBe(false);
    expect(check(lesson).paths).toContain('/sections/0/paragraphs/0/citations/1');
    const unknownKind = structuredClone(read(lessonFile('weekday-or-calendar'))) as { sections: unknown[] };
    unknownKind.sections.push({ kind: 'quiz', id: 'q' });
    expect(check(unknownKind).ok).toBe(false);
    expect(() => parseLesson(unknownKind)).toThrow(/kind must be/);
    expect(parseLesson(read(lessonFile('weekday-or-calendar')))).toEqual(getLesson('weekday-or-calendar'));
  });
});

const scenarioFile = (id: string) => fileURLToPath(new URL(`../../scenarios/${id}.json`, import.meta.url));
