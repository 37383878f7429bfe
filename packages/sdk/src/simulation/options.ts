import {
  DDOR_FIRST_WEEK,
  DetainerKitError,
  fromZodError,
  type JurisdictionPolicyInput,
  type PolicyPresetId,
  resolvePolicy,
} from '@detainer-kit/core';
import { z } from 'zod';
import { type PopulationAssumptionsInput, PopulationAssumptionsSchema } from './assumptions.js';
import type { SimulationConfig, SimulationPolicy } from './plan.js';

/** A policy by preset id or as a policy object (core's `resolvePolicy`). */
export type SimulationPolicyRef = PolicyPresetId | JurisdictionPolicyInput;

/** Progress of a run: `done` of `total` cases simulated (under every policy). */
export interface PopulationProgress {
  readonly done: number;
  readonly total: number;
}

/** Options of `simulatePopulation`. */
export interface SimulatePopulationOptions {
  /** One policy to simulate (give `policy` or `policies`, not both). */
  readonly policy?: SimulationPolicyRef;
  /** Several policies, run on the very same synthetic cases for comparison (1–12). */
  readonly policies?: readonly SimulationPolicyRef[];
  /** How many synthetic cases (1–10,000,000). Default: the detainers of the first DDOR week ({@link DDOR_FIRST_WEEK}) [ddor-2017]. */
  readonly cases?: number;
  /** The seed (a whole number 0–4294967295). Same seed and options, same report. */
  readonly seed: number;
  /** The population assumptions; each field replaces its default. */
  readonly assumptions?: PopulationAssumptionsInput;
  /** How many declined detainers the list keeps, per policy (0–10,000; default 100). */
  readonly declinedListLimit?: number;
  /** Call `onProgress` at most once every this many cases (default 10,000). */
  readonly progressEvery?: number;
  /** Called with `{ done, total }` at most every `progressEvery` cases, and once at the end. */
  readonly onProgress?: (progress: PopulationProgress) => void;
  /**
   * Worker threads to use in Node (default 1: run in this thread). The report is the same for any number.
   * In a browser only 1 is supported.
   */
  readonly workers?: number;
  /** Where the built worker script is (default: the package's `dist/simulation/worker.js`). */
  readonly workerUrl?: string | URL;
  /**
   * V8's young generation per worker thread, in MB (default 256; 0 keeps V8's default). For the benchmark,
   * which measures whether the setting still pays.
   * @internal
   */
  readonly workerYoungGenerationMb?: number;
}

const OptionsSchema = z
  .object({
    policy: z.unknown().optional(),
    policies: z
      .array(z.unknown())
      .min(1, 'policies must list at least one policy')
      .max(12, 'policies: at most 12 policies in one run')
      .optional(),
    cases: z
      .number({ error: 'cases must be a whole number of cases' })
      .int('cases must be a whole number of cases')
      .min(1, 'cases must be at least 1')
      .max(10_000_000, 'cases must be at most 10,000,000')
      .default(DDOR_FIRST_WEEK.detainersIssued),
    seed: z
      .number({ error: 'seed is required: give a whole number 0–4294967295 so the run can be repeated' })
      .int('seed must be a whole number 0–4294967295')
      .min(0, 'seed must be a whole number 0–4294967295')
      .max(0xffff_ffff, 'seed must be a whole number 0–4294967295'),
    assumptions: PopulationAssumptionsSchema.default(() => PopulationAssumptionsSchema.parse({})),
    declinedListLimit: z
      .number()
      .int('declinedListLimit must be a whole number')
      .min(0, 'declinedListLimit must be 0 or more')
      .max(10_000, 'declinedListLimit must be at most 10,000')
      .default(100),
    progressEvery: z
      .number()
      .int('progressEvery must be a whole number of cases')
      .min(1, 'progressEvery must be at least 1')
      .default(10_000),
    onProgress: z
      .custom<(progress: PopulationProgress) => void>(
        (v) => typeof v === 'function',
        'onProgress must be a function ({ done, total }) => void',
      )
      .optional(),
    workers: z
      .number()
      .int('workers must be a whole number')
      .min(1, 'workers must be at least 1')
      .max(256, 'workers must be at most 256')
      .default(1),
    workerUrl: z.union([z.string(), z.instanceof(URL)]).optional(),
    workerYoungGenerationMb: z.number().int().min(0).max(4096).optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if ((o.policy === undefined) === (o.policies === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['policies'],
        message: 'give exactly one of policy or policies (a preset id such as "full-cooperation" or a policy object)',
      });
    }
  });

/** Parsed options. */
export interface ResolvedSimulationOptions {
  readonly config: SimulationConfig;
  readonly progressEvery: number;
  readonly onProgress: ((progress: PopulationProgress) => void) | undefined;
  readonly workers: number;
  readonly workerUrl: string | URL | undefined;
  readonly workerYoungGenerationMb: number | undefined;
}

function resolveOne(ref: unknown, field: string): SimulationPolicy {
  try {
    return { ref: typeof ref === 'string' ? ref : null, policy: resolvePolicy(ref as SimulationPolicyRef) };
  } catch (error) {
    if (!DetainerKitError.isInstance(error)) throw error;
    const issues = error.issues.map((i) => ({ ...i, field: i.field ? `${field}.${i.field}` : field }));
    const first = issues[0];
    throw new DetainerKitError({
      code: 'invalid-policy',
      message: `Invalid ${field}: ${first?.field && first.field !== field ? `${first.field}: ` : ''}${first?.message ?? error.message}`,
      issues,
      cause: error,
    });
  }
}

/**
 * Validates the options of a run (zod) and resolves its policies. Throws a `DetainerKitError` with code
 * `invalid-input` (or `invalid-policy` for a policy) whose message names the field and the fix, e.g.
 * `assumptions.noticeOnlyShare: noticeOnlyShare must be between 0 and 1 (a share of cases)`.
 */
export function resolveSimulationOptions(options: unknown): ResolvedSimulationOptions {
  const parsed = OptionsSchema.safeParse(options);
  if (!parsed.success) throw fromZodError('invalid-input', 'population simulation options', parsed.error);
  const o = parsed.data;
  const policies =
    o.policies !== undefined
      ? o.policies.map((ref, i) => resolveOne(ref, `policies.${i}`))
      : [resolveOne(o.policy, 'policy')];
  return {
    config: {
      seed: o.seed,
      cases: o.cases,
      policies,
      assumptions: o.assumptions,
      declinedListLimit: o.declinedListLimit,
    },
    progressEvery: o.progressEvery,
    onProgress: o.onProgress,
    workers: o.workers,
    workerUrl: o.workerUrl,
    workerYoungGenerationMb: o.workerYoungGenerationMb,
  };
}

/** The plain-data config of a run (what `runChunk` and the workers take), from the same options. */
export function resolveSimulationConfig(options: SimulatePopulationOptions): SimulationConfig {
  return resolveSimulationOptions(options).config;
}
