/**
 * How the policy panel names a policy: the preset whose switches it has, or the closest preset and the
 * switches changed from it (the SDK's `diffPolicies`, in plain words).
 */
import {
  diffPolicies,
  type JurisdictionPolicy,
  POLICY_PRESET_IDS,
  POLICY_PRESETS,
  type PolicyDifference,
  type PolicyPresetId,
} from '@detainer-kit/sdk';

export interface PolicyMatch {
  /** The preset with the same switches, or null. */
  readonly preset: PolicyPresetId | null;
  /** The preset with the fewest different switches. */
  readonly closest: PolicyPresetId;
  /** The switches changed from `closest` (empty when `preset` is set). */
  readonly changes: readonly PolicyDifference[];
}

export function matchPolicy(policy: JurisdictionPolicy): PolicyMatch {
  let best: { id: PolicyPresetId; changes: PolicyDifference[] } | null = null;
  for (const id of POLICY_PRESET_IDS) {
    const changes = diffPolicies(POLICY_PRESETS[id], policy);
    if (best === null || changes.length < best.changes.length) best = { id, changes };
  }
  const closest = best?.id ?? 'full-cooperation';
  const changes = best?.changes ?? [];
  return { preset: changes.length === 0 ? closest : null, closest, changes };
}
