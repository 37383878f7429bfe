import { POLICY_PRESET_IDS, POLICY_PRESET_NOTES, POLICY_PRESETS, type PolicyPresetId } from '../../policy/presets.js';
import { policySwitches } from '../local-layer.js';
import { LAW_MODEL_START, type LawLayerInput } from '../schema.js';

export { policySwitches } from '../local-layer.js';

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
