import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from './json-schema.js';

const file = fileURLToPath(new URL('../../schema/scenario.schema.json', import.meta.url));

describe('schema/scenario.schema.json', () => {
  it('matches the JSON Schema generated from ScenarioSchema (UPDATE_SCHEMA=1 rewrites it)', () => {
    const fresh = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, fresh);
    // Compared as data: the committed file is formatted by Biome.
    const committed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    expect(committed, 'the committed schema drifted: run `npm run schema:generate -w @detainer-kit/sdk`').toEqual(
      JSON.parse(fresh),
    );
  });

  it('describes the fields of a scenario', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'id',
        'title',
        'custodian',
        'policy',
        'bookedAt',
        'steps',
        'expect',
      ]),
    );
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'id', 'steps']));
  });
});
