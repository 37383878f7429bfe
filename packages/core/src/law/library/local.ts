import { POLICY_PRESET_IDS, POLICY_PRESET_NOTES, POLICY_PRESETS, type PolicyPresetId } from '../../policy/presets.js';
import type { JurisdictionPolicy } from '../../policy/schema.js';
import { LAW_MODEL_START, LAW_SWITCH_KEYS, type LawLayerInput, type LawSwitches } from '../schema.js';

/** The switches of a complete policy, as a layer's `sets`. */
export function policySwitches(policy: JurisdictionPolicy): LawSwitches {
  const sets = Object.fromEntries(LAW_SWITCH_KEYS.map((key) => [key, policy[key]])) as LawSwitches;
  return { ...sets, listedOffenses: [...policy.listedOffenses] };
}

/**
 * A policy preset as a local-policy layer, `local/<preset id>`: the user's choice of local policy, tied to no
 * real place. It never claims how a real jail behaves; the law layers above it decide what it may change.
 */
export function presetLayer(id: PolicyPresetId): LawLayerInput {
  const policy = POLICY_PRESETS[id];
  return {
    id: `local/${id}`,
    jurisdiction: 'local',
    kind: 'local-policy',
    title: `Local policy: ${policy.name} (preset)`,
    summary: policy.description ?? '',
    effectiveFrom: LAW_MODEL_START,
    datePrecision: 'open-start',
    status: POLICY_PRESET_NOTES[id].unverified.length > 0 ? 'unverified' : 'secondary',
    citations: [...policy.citations],
    sets: policySwitches(policy),
    notes: ['A local policy chosen by the user; it describes no real jail.', ...POLICY_PRESET_NOTES[id].unverified],
  };
}

/** The seven presets as local-policy layers, in preset order. */
export const PRESET_LAYERS: readonly LawLayerInput[] = POLICY_PRESET_IDS.map(presetLayer);
