import { DetainerKitError } from '../errors.js';
import type { JurisdictionPolicy } from '../policy/schema.js';
import { LAW_MODEL_START, LAW_SWITCH_KEYS, type LawLayer, LawLayerSchema, type LawSwitches } from './schema.js';

/** The switches of a complete policy, as a layer's `sets`. */
export function policySwitches(policy: JurisdictionPolicy): LawSwitches {
  const sets = Object.fromEntries(LAW_SWITCH_KEYS.map((key) => [key, policy[key]])) as LawSwitches;
  return { ...sets, listedOffenses: [...policy.listedOffenses] };
}

/**
 * A local policy (the user's choice) as the local-policy layer `local/custom`, or custom switches when `policy`
 * is only a set of switches. It describes no real jail.
 */
export function localPolicyLayer(policy: JurisdictionPolicy | LawSwitches): LawLayer {
  const named = 'name' in policy;
  return LawLayerSchema.parse({
    id: 'local/custom',
    jurisdiction: 'local',
    kind: 'local-policy',
    title: named ? `Local policy: ${policy.name}` : 'Local policy (custom switches)',
    effectiveFrom: LAW_MODEL_START,
    datePrecision: 'open-start',
    status: 'secondary',
    citations: named && policy.citations.length > 0 ? policy.citations : ['ilrc-map-2016'],
    sets: named ? policySwitches(policy) : policy,
    notes: ['A local policy chosen by the user; it describes no real jail.'],
  });
}

/** Throws a `DetainerKitError` (`invalid-input`) when two layers share an id. */
export function checkLayerIds(layers: readonly LawLayer[]): void {
  const ids = new Set<string>();
  for (const layer of layers) {
    if (ids.has(layer.id)) {
      throw new DetainerKitError({
        code: 'invalid-input',
        message: `Invalid law input: layers: the id "${layer.id}" appears twice: give each layer its own id`,
        issues: [{ field: 'layers', message: `duplicate layer id "${layer.id}"`, code: 'custom' }],
      });
    }
    ids.add(layer.id);
  }
}
