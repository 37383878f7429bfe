import {
  type JurisdictionPolicy,
  type JurisdictionPolicyInput,
  JurisdictionPolicySchema,
  POLICY_PRESETS,
  type PolicyPresetId,
  PolicyPresetIdSchema,
  parsePolicy,
  resolvePolicy,
} from '@detainer-kit/core';
import { z } from 'zod';

type PolicyShape = typeof JurisdictionPolicySchema.shape;

/** Each policy field, optional and without its default, so an override names only what it changes. */
function overrideField<S extends z.ZodType>(schema: S) {
  const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
  return inner.optional();
}

const overrideShape = Object.fromEntries(
  Object.entries(JurisdictionPolicySchema.shape).map(([key, schema]) => [key, overrideField(schema as z.ZodType)]),
) as { [K in keyof PolicyShape]: z.ZodOptional<z.ZodType<z.input<PolicyShape[K]>, z.input<PolicyShape[K]>>> };

/**
 * The switches a layered policy changes on its preset. Each field is checked on its own here; the merged
 * policy is then checked as a whole by core's `JurisdictionPolicySchema`.
 */
export const PolicyOverridesSchema = z.object(overrideShape).strict();
/** Policy fields a layered policy changes (each optional). */
export type PolicyOverrides = z.output<typeof PolicyOverridesSchema>;

/**
 * A preset with some switches changed: the overrides are merged on the preset, then parsed with core's
 * `JurisdictionPolicySchema` (so a rule that spans fields, such as listed offenses, still holds).
 *
 * @example
 * { "preset": "full-cooperation", "overrides": { "countingRule": "excludeWeekendsAndHolidays" } }
 */
export const LayeredPolicySchema = z
  .object({
    preset: PolicyPresetIdSchema,
    overrides: PolicyOverridesSchema,
  })
  .strict()
  .superRefine((layered, ctx) => {
    const merged = { ...POLICY_PRESETS[layered.preset], ...(layered.overrides as Record<string, unknown>) };
    const result = JurisdictionPolicySchema.safeParse(merged);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const [head] = issue.path;
      const overridden = typeof head === 'string' && Object.hasOwn(layered.overrides, head);
      ctx.addIssue({
        code: 'custom',
        path: ['overrides', ...issue.path],
        message: overridden
          ? issue.message
          : `${issue.message} (the preset "${layered.preset}" with these overrides is not a valid policy)`,
      });
    }
  });
/** A preset with overrides. */
export type LayeredPolicy = z.output<typeof LayeredPolicySchema>;

/**
 * How a scenario names its policy: a preset id, a complete policy, or a preset with overrides.
 */
export const ScenarioPolicySchema = z.union([PolicyPresetIdSchema, LayeredPolicySchema, JurisdictionPolicySchema]);
export type ScenarioPolicy = PolicyPresetId | LayeredPolicy | JurisdictionPolicy;
export type ScenarioPolicyInput = PolicyPresetId | LayeredPolicy | JurisdictionPolicyInput;

function isLayered(value: object): value is LayeredPolicy {
  return Object.hasOwn(value, 'preset') && Object.hasOwn(value, 'overrides');
}

/**
 * The complete policy a scenario names (a shared, frozen preset, or a freshly parsed policy). Throws a
 * `DetainerKitError` (`invalid-policy`) only for a value that did not come through {@link ScenarioPolicySchema}.
 */
export function resolveScenarioPolicy(policy: ScenarioPolicyInput): JurisdictionPolicy {
  if (typeof policy === 'string') return resolvePolicy(policy);
  if (isLayered(policy)) return parsePolicy({ ...resolvePolicy(policy.preset), ...policy.overrides });
  return parsePolicy(policy);
}

/** A short label for a policy reference: the preset id, `preset+overrides`, or the policy's name. */
export function policyLabel(policy: ScenarioPolicyInput): string {
  if (typeof policy === 'string') return policy;
  if (isLayered(policy)) {
    const keys = Object.keys(policy.overrides);
    return keys.length === 0
      ? policy.preset
      : `${policy.preset} (${keys.map((k) => `${k}: ${JSON.stringify(policy.overrides[k as keyof PolicyOverrides])}`).join(', ')})`;
  }
  return policy.name;
}
