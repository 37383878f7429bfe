import { z } from 'zod';
import { LawLayerFileSchema } from './schema.js';

/**
 * The stable address of the law-layer file JSON Schema: its `$id`, the file `schema/law-layers.schema.json` of the
 * latest published `@detainer-kit/sdk` (also the subpath export `@detainer-kit/sdk/law-layers.schema.json`).
 */
export const LAW_LAYERS_SCHEMA_URL = 'https://cdn.jsdelivr.net/npm/@detainer-kit/sdk/schema/law-layers.schema.json';

/**
 * The JSON Schema (draft 2020-12) of a law-layer file as written (defaults may be left out), generated from
 * {@link LawLayerFileSchema}. `schema/law-layers.schema.json` holds it; a test fails when the two drift
 * (`UPDATE_SCHEMA=1` rewrites it).
 */
export function lawLayersJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(LawLayerFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $schema,
    $id: LAW_LAYERS_SCHEMA_URL,
    title: 'detainer-kit law layers',
    description:
      'A detainer-kit law-layer file: a county, city or state as dated, cited layers that set or lock policy switches. Educational model, not legal advice.',
    ...rest,
  };
}
