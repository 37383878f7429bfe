import { z } from 'zod';
import { DetainerKitError, parseWith } from '../errors.js';
import { PolicyPresetIdSchema } from '../policy/presets.js';
import { JurisdictionPolicySchema } from '../policy/schema.js';
import { federalLayers, getJurisdiction, listJurisdictions, presetLayers } from './library/index.js';
import { checkLayerIds, localPolicyLayer } from './local-layer.js';
import { type ResolvedLaw, resolveLayers } from './resolve.js';
import { LawDateSchema, type LawLayer, LawLayerSchema, LawSwitchesSchema } from './schema.js';

/**
 * The local policy under the law: a preset id, a complete policy, a partial set of switches, or a
 * local-policy layer.
 */
export const LocalPolicyRefSchema = z.union([
  PolicyPresetIdSchema,
  LawLayerSchema,
  JurisdictionPolicySchema,
  LawSwitchesSchema,
]);

/** Input of {@link resolveLaw}. */
export const ResolveLawInputSchema = z
  .object({
    /** A jurisdiction of the library (`federal`, `us-nc`, …); its layers, with the federal floor. */
    jurisdiction: z.string().optional(),
    /** More layers (a user's county or state), added to the jurisdiction's; alone, they are added to the federal floor. */
    layers: z.array(LawLayerSchema).max(200).optional(),
    /** The date whose law applies, `YYYY-MM-DD`. */
    asOf: LawDateSchema,
    /**
     * The local policy (the user's choice). Left out: a local-policy layer in `layers` is the local policy, or,
     * when there is none, the `full-cooperation` preset stands in and the result says so (`localDefaulted`).
     */
    local: LocalPolicyRefSchema.optional(),
    /** Ids of option layers to turn on (readings DOMAIN.md marks uncertain, coverage that is unverified). */
    options: z.array(z.string()).max(50).default([]),
  })
  .strict();
export type ResolveLawInput = z.input<typeof ResolveLawInputSchema>;

/** The result of {@link resolveLaw}: {@link ResolvedLaw}, the jurisdiction, and whether the local policy was defaulted. */
export interface ResolvedJurisdictionLaw extends ResolvedLaw {
  readonly jurisdiction: string | null;
  /** True when no local policy was given and the `full-cooperation` preset stood in for it. */
  readonly localDefaulted: boolean;
}

function localLayer(local: z.output<typeof LocalPolicyRefSchema> | undefined): LawLayer {
  if (local === undefined || typeof local === 'string') {
    const id = `local/${local ?? 'full-cooperation'}`;
    const found = presetLayers().find((l) => l.id === id);
    if (!found) throw new Error(`missing preset layer ${id}`);
    return found;
  }
  if ('kind' in local) {
    if (local.kind !== 'local-policy') {
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid law input: local: the layer "${local.id}" is a ${local.kind}, not a local policy: give it in "layers"`,
        issues: [{ field: 'local.kind', message: 'the local layer must have kind "local-policy"', code: 'custom' }],
      });
    }
    return local;
  }
  return localPolicyLayer(local);
}

/**
 * The law in force in a jurisdiction on a date, composed from its layers, and why: the resolved policy (ready
 * for a case), which layer decided each switch (since when, on what authority and status), the locks, the
 * layers overridden, not yet or no longer in force, and the mechanics no switch expresses yet. The local
 * policy is the user's choice (a preset, a policy or switches); state law above it fixes or bounds what it
 * may change. Throws a `DetainerKitError` (`invalid-input`) naming the field for bad input.
 *
 * @example
 * const law = resolveLaw({ jurisdiction: 'us-ca', asOf: '2025-06-01', local: 'full-cooperation' });
 * law.policy.hold // 'never'
 * law.switches.hold?.decidedBy.layerId // 'us-ca/sb54-2018'
 */
export function resolveLaw(input: ResolveLawInput): ResolvedJurisdictionLaw {
  const parsed = parseWith(ResolveLawInputSchema, input, 'invalid-input', 'law');
  let base: readonly LawLayer[] = federalLayers();
  let name = 'Federal floor';
  if (parsed.jurisdiction !== undefined) {
    const profile = getJurisdiction(parsed.jurisdiction);
    if (!profile) {
      const known = listJurisdictions()
        .map((j) => `"${j.id}"`)
        .join(', ');
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid law input: jurisdiction: "${parsed.jurisdiction}" is not in the library: use one of ${known}, or pass your own layers`,
        issues: [{ field: 'jurisdiction', message: `use one of ${known}`, code: 'invalid_value' }],
      });
    }
    base = profile.layers;
    name = profile.name;
  }
  const given = parsed.layers ?? [];
  // A local-policy layer among `layers` is the local policy; the default stands in only when there is none.
  const givenLocal = parsed.local === undefined ? given.find((l) => l.kind === 'local-policy') : undefined;
  const local = givenLocal ?? localLayer(parsed.local);
  const layers = givenLocal ? [...base, ...given] : [...base, ...given, local];
  checkLayerIds(layers);
  const resolved = resolveLayers({
    layers,
    asOf: parsed.asOf,
    options: parsed.options,
    name: `${name}, law in force on ${parsed.asOf} (local policy: ${local.title.replace(/^Local policy: /, '')})`,
  });
  return {
    ...resolved,
    jurisdiction: parsed.jurisdiction ?? null,
    localDefaulted: parsed.local === undefined && givenLocal === undefined,
  };
}
