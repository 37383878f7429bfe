import { DetainerKitError, parseWith } from '../errors.js';
import { isPolicyPresetId, POLICY_PRESET_IDS, POLICY_PRESETS, type PolicyPresetId } from './presets.js';
import { type JurisdictionPolicy, type JurisdictionPolicyInput, JurisdictionPolicySchema } from './schema.js';

/**
 * Parses a policy written by a person (defaults filled in), or throws a `DetainerKitError` with code
 * `invalid-policy` whose message names the field and the fix, and whose `issues` hold every problem.
 *
 * @example
 * parsePolicy({ name: 'Notify only', hold: 'never', notify: 'always', access: 'refused', transferAtRelease: 'never' })
 * parsePolicy({ ...p, hold: 'sometimes' })
 * // throws: Invalid policy: hold: hold must be "never", "judicial-warrant", "listed-offenses" or "always"
 */
export function parsePolicy(value: unknown): JurisdictionPolicy {
  return parseWith(JurisdictionPolicySchema, value, 'invalid-policy', 'policy');
}

/**
 * A policy from a preset id or from a policy object (parsed with {@link parsePolicy}). Throws a
 * `DetainerKitError` with code `invalid-policy` for an unknown preset id or an invalid policy.
 *
 * @example
 * resolvePolicy('notify-only').hold // 'never'
 * resolvePolicy({ name: 'Custom', hold: 'always', notify: 'always', access: 'allowed', transferAtRelease: 'always' })
 */
export function resolvePolicy(ref: PolicyPresetId | JurisdictionPolicyInput): JurisdictionPolicy {
  if (typeof ref === 'string') {
    if (isPolicyPresetId(ref)) return POLICY_PRESETS[ref];
    const known = POLICY_PRESET_IDS.map((id) => `"${id}"`).join(', ');
    throw new DetainerKitError({
      code: 'invalid-policy',
      message: `Invalid policy: "${String(ref)}" is not a policy preset id: use one of ${known}, or pass a policy object`,
      issues: [{ field: '', message: `use one of ${known}, or pass a policy object`, code: 'invalid_value' }],
    });
  }
  return parsePolicy(ref);
}
