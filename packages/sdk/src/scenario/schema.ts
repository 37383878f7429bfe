import {
  CaseLawSpecSchema,
  CitationIdSchema,
  CountingRuleSchema,
  CustodianSchema,
  DECISION_REASON_CODES,
  DETAINER_EVENT_SCHEMAS,
  DETAINER_EVENT_TYPES,
  type DetainerEvent,
  DetainerEventSchema,
  DetainerKitError,
  DutyStatusSchema,
  EligibilityNoticeStatusSchema,
  InstantSchema,
  IssuerSchema,
  LawDateSchema,
  LawSwitchKeySchema,
  localDateKey,
  NoticeStatusSchema,
  OutcomeCodeSchema,
  resolveLaw,
  StateJudicialOrderStatusSchema,
  SubjectSchema,
  toEpochMs,
} from '@detainer-kit/core';
import { z } from 'zod';
import { resolveScenarioPolicy, ScenarioPolicySchema } from './policy-ref.js';

/** The `format` every scenario file declares. */
export const SCENARIO_FORMAT = 'detainer-kit/scenario';
/** The scenario format version this SDK reads and writes. */
export const SCENARIO_VERSION = 1;
/** At most this many steps in one scenario. */
export const MAX_SCENARIO_STEPS = 200;
/** At most this many characters in any free-text field of a scenario. */
export const MAX_SCENARIO_TEXT = 2000;

/** Core's event schemas without `at`, which a step carries, in core's order. */
type StepEventSchemas<T extends readonly unknown[]> = {
  readonly [K in keyof T]: T[K] extends z.ZodObject<infer Shape, infer Config>
    ? z.ZodObject<z.core.util.Flatten<Omit<Shape, 'at'>>, Config>
    : never;
};

/**
 * The law of the place a `CUSTODY_MOVED` step moves the person to: a library jurisdiction, resolved with the step's
 * `policy` as the local policy on the step's day in the new custodian's time zone (or on `asOf`), options on.
 */
export const StepLawSchema = z
  .object({
    jurisdiction: z.string().min(1).max(80),
    asOf: LawDateSchema.optional(),
    options: z.array(z.string().max(120)).max(50).default([]),
  })
  .strict();

/**
 * In a scenario file, a `CUSTODY_MOVED` step's `policy` may be a preset id or a preset with overrides (not only a
 * full policy), and `law` puts it under a jurisdiction's law.
 */
function stepSchemaOf(schema: z.ZodObject<z.ZodRawShape>) {
  const omitted = schema.omit({ at: true });
  return schema.shape.type instanceof z.ZodLiteral && schema.shape.type.value === 'CUSTODY_MOVED'
    ? omitted.extend({ policy: ScenarioPolicySchema, law: StepLawSchema.optional() })
    : omitted;
}

const STEP_EVENT_SCHEMAS = DETAINER_EVENT_SCHEMAS.map((schema) =>
  stepSchemaOf(schema as z.ZodObject<z.ZodRawShape>),
) as unknown as StepEventSchemas<typeof DETAINER_EVENT_SCHEMAS>;

/** The machine event of a step: a `CUSTODY_MOVED` step's policy reference and law resolved to a full policy. */
function coreEventInput(step: { at: string; event: Record<string, unknown> }): Record<string, unknown> {
  const { event } = step;
  if (event.type !== 'CUSTODY_MOVED') return { ...event, at: step.at };
  const { law, policy, ...rest } = event as {
    law?: z.output<typeof StepLawSchema>;
    policy: Parameters<typeof resolveScenarioPolicy>[0];
    custodian: { timeZone: string };
  };
  const local = resolveScenarioPolicy(policy);
  const resolved =
    law === undefined
      ? local
      : resolveLaw({
          jurisdiction: law.jurisdiction,
          asOf: law.asOf ?? localDateKey(toEpochMs(step.at), rest.custodian.timeZone),
          options: law.options,
          local,
        }).policy;
  return { ...rest, policy: resolved, at: step.at };
}

/**
 * A step's event: core's event schemas without `at`, which the step carries. Each step is also checked
 * whole (`at` merged in) by core's `DetainerEventSchema`, so the rules stay in one place.
 */
export const ScenarioStepEventSchema = z.discriminatedUnion('type', STEP_EVENT_SCHEMAS, {
  error: `event.type must be one of ${DETAINER_EVENT_TYPES.map((t) => `"${t}"`).join(', ')}`,
});

/** One step: an event and the instant it happens. */
export const ScenarioStepSchema = z
  .object({
    at: InstantSchema,
    event: ScenarioStepEventSchema,
  })
  .strict()
  .superRefine((step, ctx) => {
    let input: Record<string, unknown>;
    try {
      input = coreEventInput(step as { at: string; event: Record<string, unknown> });
    } catch (error) {
      const message = DetainerKitError.isInstance(error) ? error.message : String(error);
      ctx.addIssue({ code: 'custom', path: ['event', 'law'], message });
      return;
    }
    const result = DetainerEventSchema.safeParse(input);
    if (result.success) return;
    for (const issue of result.error.issues) {
      const path = issue.path[0] === 'at' ? ['at'] : ['event', ...issue.path];
      ctx.addIssue({ code: 'custom', path, message: issue.message });
    }
  });

/** What the scenario's author expects the run to end with. Every field is optional; each is compared. */
export const ScenarioExpectSchema = z
  .object({
    /** The outcome code, e.g. `released-hold-expired`. */
    outcome: OutcomeCodeSchema.optional(),
    /** The outcome's reason code, e.g. `hold-limit-reached` or `local-hold-administrative-warrant`. */
    reason: z.string().min(1).max(120).optional(),
    /** The hold deadline (any offset; compared as an instant), or `null` when no hold ran. */
    holdEndsAt: InstantSchema.nullable().optional(),
    noticeStatus: NoticeStatusSchema.optional(),
    /**
     * The hard notification after release eligibility (North Carolina HB 318), or `null` when none applied
     * [nc-hb318-2025].
     */
    eligibilityNoticeStatus: EligibilityNoticeStatusSchema.nullable().optional(),
    /**
     * The state judicial order a hold on an administrative warrant rests on (North Carolina HB 10), or `null` when
     * none applied [nc-hb10-2024].
     */
    stateJudicialOrderStatus: StateJudicialOrderStatusSchema.nullable().optional(),
    /** Who lodged the detainer (`287g-officer` under a 287(g) Jail Enforcement Model agreement) [ice-287g-models-2025]. */
    lodgedBy: IssuerSchema.nullable().optional(),
    /**
     * The status of each duty toward the person, in the order they arose (`[]` when none was owed)
     * [ca-gov-7284.6], [nj-directive-2018-6], [co-sb25-276].
     */
    dutyStatuses: z.array(DutyStatusSchema).max(50).optional(),
    /** Whether each DHS interview request was granted, in order [psp-letters-2017]. */
    accessGranted: z.array(z.boolean()).max(50).optional(),
    /**
     * Whether DHS was required to issue a detainer under the Laken Riley Act, or `null` when the subject records no
     * charges or inadmissibility grounds [laken-riley-2025].
     */
    dhsRequiredToIssue: z.boolean().nullable().optional(),
    /** Elapsed hours from the start of the hold to the outcome (compared to 2 decimals), or `null` for no hold. */
    hoursHeld: z.number().min(0).max(100_000).nullable().optional(),
    /**
     * The hours of every hold on record, in order (compared to 2 decimals): after a move on a new criminal charge a
     * detainer can have two holds [cfr-287.7-d], [i247a-form]. `[]` when no hold ran.
     */
    holdHours: z.array(z.number().min(0).max(100_000)).max(50).optional(),
    /** The instant the outcome took effect. */
    outcomeAt: InstantSchema.nullable().optional(),
    /** The counting rule the hold used (`calendar`, `excludeWeekendsAndHolidays`), `null` for no hold. */
    countingRule: CountingRuleSchema.nullable().optional(),
    /** Whether that counting rule is unverified (DOMAIN.md), `null` for no hold. */
    countingRuleUnverified: z.boolean().nullable().optional(),
    /** When notice of release was due (48 hours before the projected release), `null` for none. */
    noticeDueAt: InstantSchema.nullable().optional(),
    /** When the notice after release eligibility was due (North Carolina HB 318), `null` for none. */
    eligibilityNoticeDueAt: InstantSchema.nullable().optional(),
    /** The codes of the custodian's decision's reasons, in order. */
    decisionReasons: z.array(z.enum(DECISION_REASON_CODES)).max(50).optional(),
    /**
     * For a scenario with `law`: the layer that decided each switch named, at the latest decision (`"local"` for the
     * local policy), e.g. `{ "noticeAfterEligibility": "us-nc/hb318-2025" }`.
     */
    decidedBy: z.partialRecord(LawSwitchKeySchema, z.string().max(120)).optional(),
  })
  .strict();

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);

/**
 * A scenario file: the facts of one case (custodian, person, policy, booking, and the events in time order)
 * and what its author expects. JSON Schema: `schema/scenario.schema.json`, generated from this schema.
 *
 * @example
 * {
 *   "$schema": "https://cdn.jsdelivr.net/npm/@detainer-kit/sdk/schema/scenario.schema.json",
 *   "format": "detainer-kit/scenario", "version": 1, "id": "weekday-rule-friday-release",
 *   "title": "…", "custodian": { … }, "policy": "full-cooperation", "bookedAt": "2024-04-01T10:00:00-04:00",
 *   "steps": [{ "at": "…", "event": { "type": "RELEASE_ELIGIBLE", "reason": "bond-posted" } }],
 *   "expect": { "outcome": "released-hold-expired" }
 * }
 */
export const ScenarioSchema = z
  .object({
    $schema: text(MAX_SCENARIO_TEXT).optional(),
    format: z.literal(SCENARIO_FORMAT, { error: `format must be "${SCENARIO_FORMAT}"` }),
    version: z.literal(SCENARIO_VERSION, {
      error: `version must be ${SCENARIO_VERSION}: this SDK reads scenario format version ${SCENARIO_VERSION}`,
    }),
    id: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and hyphens, e.g. "friday-release"'),
    title: z.string().trim().min(1, 'title must not be empty').max(200),
    description: text(MAX_SCENARIO_TEXT).optional(),
    citations: z.array(CitationIdSchema).max(50).optional(),
    custodian: CustodianSchema,
    subject: SubjectSchema.optional(),
    /** The local policy (the user's choice); with `law`, the local-policy layer under that law. */
    policy: ScenarioPolicySchema,
    /**
     * The law the case is decided under, at the instant of each decision: a jurisdiction of the library, an as-of
     * date that freezes it, option layers turned on, the user's own layers.
     */
    law: CaseLawSpecSchema.optional(),
    /** Free notes for teachers: what to discuss, what to change (not read by the model). */
    notes: text(MAX_SCENARIO_TEXT).optional(),
    bookedAt: InstantSchema,
    steps: z.array(ScenarioStepSchema).max(MAX_SCENARIO_STEPS, `a scenario has at most ${MAX_SCENARIO_STEPS} steps`),
    end: InstantSchema.optional(),
    expect: ScenarioExpectSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    let previous = s.bookedAt;
    let previousName = 'bookedAt';
    s.steps.forEach((step, index) => {
      if (toEpochMs(step.at) < toEpochMs(previous)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'at'],
          message: `${step.at} is earlier than ${previousName} (${previous}): steps must come in time order, after booking`,
        });
      }
      previous = step.at;
      previousName = `steps.${index}.at`;
    });
    if (s.end !== undefined && toEpochMs(s.end) < toEpochMs(previous)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${s.end} is earlier than ${previousName} (${previous}): end must not come before the last step`,
      });
    }
  });

/** A parsed scenario: instants normalized to UTC, defaults filled in. */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A parsed step. */
export type ScenarioStep = z.output<typeof ScenarioStepSchema>;
/** A parsed `expect` block. */
export type ScenarioExpect = z.output<typeof ScenarioExpectSchema>;

/** The core event a step sends: its event with the step's `at` merged in. */
export function stepEvent(step: ScenarioStep): DetainerEvent {
  return DetainerEventSchema.parse(coreEventInput(step as unknown as { at: string; event: Record<string, unknown> }));
}
