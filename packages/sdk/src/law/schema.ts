import { LawLayerSchema } from '@detainer-kit/core';
import { z } from 'zod';

/** The `format` of a law-layer file. */
export const LAW_LAYERS_FORMAT = 'detainer-kit/law-layers';
/** The version of the law-layer file format this SDK reads. */
export const LAW_LAYERS_VERSION = 1;

/**
 * A law-layer file: a user's own county, city or state as dated, cited layers (the core's `LawLayerSchema`),
 * optionally built on a library jurisdiction (`extends`: `us-tx`), so `resolveLaw` composes them with the
 * federal floor and that state's law.
 *
 * @example
 * LawLayerFileSchema.parse({
 *   format: 'detainer-kit/law-layers', version: 1, extends: 'us-tx',
 *   layers: [{ id: 'us-tx/example-county/policy-2024', jurisdiction: 'us-tx/example-county', kind: 'local-policy',
 *     title: 'Example County jail policy', effectiveFrom: '2024-01-01', status: 'secondary',
 *     citations: ['ilrc-map-2016'], sets: { hold: 'always', notify: 'always', access: 'allowed', transferAtRelease: 'always' } }],
 * });
 */
export const LawLayerFileSchema = z
  .object({
    /** The address of the file's JSON Schema, for editors. */
    $schema: z.string().optional(),
    format: z.literal(LAW_LAYERS_FORMAT, { error: `format must be "${LAW_LAYERS_FORMAT}"` }),
    version: z.literal(LAW_LAYERS_VERSION, { error: `version must be ${LAW_LAYERS_VERSION}` }),
    /** A short title for the file. */
    title: z.string().trim().min(1).max(160).optional(),
    /** The library jurisdiction these layers build on (`federal` or a state id such as `us-tx`). */
    extends: z.string().optional(),
    /** The layers, each dated and cited. */
    layers: z.array(LawLayerSchema).min(1, 'give at least one layer').max(200),
  })
  .strict();
export type LawLayerFile = z.output<typeof LawLayerFileSchema>;
export type LawLayerFileInput = z.input<typeof LawLayerFileSchema>;
