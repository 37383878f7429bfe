import { z } from 'zod';
import { ScenarioSchema } from './schema.js';

/**
 * The JSON Schema (draft 2020-12) of a scenario file as written (`io: 'input'`: defaults may be left out),
 * generated from {@link ScenarioSchema}. `schema/scenario.schema.json` holds it; a test fails when the two
 * drift (`npm run schema:generate -w @detainer-kit/sdk` rewrites the file).
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'detainer-kit scenario',
    description:
      'A detainer-kit scenario file: the facts of one immigration detainer case and what its author expects. Educational model, not legal advice.',
    ...rest,
  };
}
