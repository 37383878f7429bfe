import { z } from 'zod';
import { parseWith } from '../errors.js';
import { quotedList } from '../quoted-list.js';
import { type CaseLaw, type CaseLawInput, CaseLawSchema } from './case-law.js';
import { federalLayers, getJurisdiction, listJurisdictions } from './library/index.js';
import { LawDateSchema, LawLayerSchema } from './schema.js';

/**
 * The law a case is decided under: a jurisdiction of the library (with the federal floor) and/or the user's own
 * layers, the option layers turned on, and an optional `asOf` date that freezes the law ("the same facts under the
 * law of 2017"). Left without `asOf`, each decision is taken under the layers in force on the calendar day of its
 * instant in the custodian's time zone. Without `jurisdiction` or `layers`, the federal floor alone. The case's `policy` stays the local policy (the user's choice).
 */
export const CaseLawSpecSchema = z
  .object({
    /** A jurisdiction of the library (`federal`, `us-nc`, …). */
    jurisdiction: z.string().min(1).max(80).optional(),
    /** Freeze the law on this date, `YYYY-MM-DD`, whatever the instants of the case. */
    asOf: LawDateSchema.optional(),
    /** Ids of option layers to turn on (readings DOMAIN.md §8 marks uncertain). */
    options: z.array(z.string().max(120)).max(50).default([]),
    /** The user's own layers (a county, a state), added to the jurisdiction's. */
    layers: z.array(LawLayerSchema).max(200).optional(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    if (spec.jurisdiction !== undefined && getJurisdiction(spec.jurisdiction) === undefined) {
      const known = listJurisdictions().map((j) => j.id);
      ctx.addIssue({
        code: 'custom',
        path: ['jurisdiction'],
        message: `"${spec.jurisdiction}" is not in the library: use one of ${quotedList(known)}, or give your own layers`,
      });
    }
  });
export type CaseLawSpec = z.output<typeof CaseLawSpecSchema>;
export type CaseLawSpecInput = z.input<typeof CaseLawSpecSchema>;

/**
 * Expands a case's law spec for the machine: copies its jurisdiction's layers (with the federal floor; the floor
 * alone without `jurisdiction`) from the library into `library`, so that the machine never imports the library.
 * `createCase`, the scenario runner and the CLI call it; a user of `createDetainerActor` passes
 * `law: expandCaseLaw({ jurisdiction, asOf, options })`. An already expanded spec is returned parsed. Throws a
 * `DetainerKitError` (`invalid-input`) naming the field for a bad spec (an unknown jurisdiction, a bad date).
 *
 * @example
 * const law = expandCaseLaw({ jurisdiction: 'us-nc', options: [] });
 * law.library.name // 'North Carolina'
 */
export function expandCaseLaw(spec: CaseLawSpecInput | CaseLawInput): CaseLaw {
  if (typeof spec === 'object' && spec !== null && 'library' in spec && spec.library !== undefined) {
    return parseWith(CaseLawSchema, spec, 'invalid-input', 'law');
  }
  const parsed = parseWith(CaseLawSpecSchema, spec, 'invalid-input', 'law');
  const profile = parsed.jurisdiction === undefined ? undefined : getJurisdiction(parsed.jurisdiction);
  return {
    ...parsed,
    library: { name: profile?.name ?? 'Federal floor', layers: [...(profile?.layers ?? federalLayers())] },
  };
}

/** The spec of an expanded law, without the library's layers (what a report shows and a scenario file holds). */
export function caseLawSpecOf(law: CaseLaw): CaseLawSpec {
  const { library: _library, ...spec } = law;
  return spec;
}
