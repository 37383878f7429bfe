/**
 * What a person chooses in the population view: one to three policies (the compare mode's vocabulary: a
 * preset, the current policy, or the current policy under another counting rule), the number of synthetic
 * cases and the seed. Parsed with zod at the form's edge; a rejected value leaves the last good settings in
 * place and says which field is wrong and how to fix it. `simulationOptions` turns good settings into the
 * SDK's `simulatePopulation` options.
 */
import {
  DDOR_FIRST_WEEK,
  type JurisdictionPolicy,
  type SimulatePopulationOptions,
  type SimulationPolicyRef,
} from '@detainer-kit/sdk';
import { z } from 'zod';
import { type CompareColumn, CompareColumnSchema, columnLabel, columnPolicy } from '../model/compare-view';

/** The fewest and most policies in one run. */
export const MIN_POPULATION_POLICIES = 1;
export const MAX_POPULATION_POLICIES = 3;
/** The most cases the demo runs in the browser (the SDK takes up to 10,000,000; a browser tab should not). */
export const MAX_POPULATION_CASES = 200_000;
/** The largest seed the SDK takes. */
export const MAX_SEED = 0xffff_ffff;

const SEED_HINT = `a whole number from 0 to ${MAX_SEED.toLocaleString('en-US')}`;
const CASES_HINT = `a whole number from 1 to ${MAX_POPULATION_CASES.toLocaleString('en-US')}`;

export const PopulationSettingsSchema = z
  .object({
    policies: z
      .array(CompareColumnSchema)
      .min(MIN_POPULATION_POLICIES, { error: () => 'choose 1, 2 or 3 policies' })
      .max(MAX_POPULATION_POLICIES, { error: () => 'choose 1, 2 or 3 policies' }),
    cases: z
      .number({ error: () => `cases must be ${CASES_HINT}` })
      .int({ error: () => `cases must be ${CASES_HINT}` })
      .min(1, { error: () => `cases must be ${CASES_HINT}` })
      .max(MAX_POPULATION_CASES, { error: () => `cases must be ${CASES_HINT}` }),
    seed: z
      .number({ error: () => `seed must be ${SEED_HINT}` })
      .int({ error: () => `seed must be ${SEED_HINT}` })
      .min(0, { error: () => `seed must be ${SEED_HINT}` })
      .max(MAX_SEED, { error: () => `seed must be ${SEED_HINT}` }),
  })
  .strict();
export type PopulationSettings = z.infer<typeof PopulationSettingsSchema>;

/**
 * The defaults: three presets from full cooperation to none, the population size of the first week of the
 * Declined Detainer Outcome Report (the SDK's own default, [ddor-2017]) and a fixed seed.
 */
export const DEFAULT_POPULATION_SETTINGS: PopulationSettings = {
  policies: [
    { kind: 'preset', preset: 'full-cooperation' },
    { kind: 'preset', preset: 'notify-only' },
    { kind: 'preset', preset: 'decline-all' },
  ],
  cases: DDOR_FIRST_WEEK.detainersIssued,
  seed: 2017,
};

export type SettingsRead =
  | { readonly ok: true; readonly settings: PopulationSettings }
  | { readonly ok: false; readonly field: string; readonly message: string };

/** Checks settings from the form. Never throws; a rejection names the field and the fix. */
export function readPopulationSettings(candidate: unknown): SettingsRead {
  const parsed = PopulationSettingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? issue.path.map(String).join('.') : 'settings';
  return { ok: false, field, message: `${field}: ${issue?.message ?? 'not valid settings'}` };
}

/**
 * A number field's text as a number for the schema: empty or unreadable text becomes NaN, which the schema
 * refuses with the field's own message (never silently 0).
 */
export function numberFromField(text: string): number {
  const t = text.trim().replace(/[,_\s]/g, '');
  return t === '' || !/^-?\d+(\.\d+)?$/.test(t) ? Number.NaN : Number(t);
}

/** The SDK reference of one chosen policy: a preset by its id (so the report names it), else the policy object. */
export function policyRef(column: CompareColumn, current: JurisdictionPolicy): SimulationPolicyRef {
  return column.kind === 'preset' ? column.preset : columnPolicy(column, current);
}

/** About a hundred progress reports per run, at least every 50 cases. */
export function progressEvery(cases: number): number {
  return Math.max(50, Math.ceil(cases / 100));
}

/** The `simulatePopulation` options of good settings (plain data: they cross to the worker by `postMessage`). */
export function simulationOptions(
  settings: PopulationSettings,
  current: JurisdictionPolicy,
): Omit<SimulatePopulationOptions, 'onProgress'> {
  return {
    policies: settings.policies.map((c) => policyRef(c, current)),
    cases: settings.cases,
    seed: settings.seed,
    progressEvery: progressEvery(settings.cases),
  };
}

/** The names of the chosen policies, in order (as the picker says them). */
export function policyLabels(settings: PopulationSettings): string[] {
  return settings.policies.map(columnLabel);
}
