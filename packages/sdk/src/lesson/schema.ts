import {
  CitationIdSchema,
  DECISION_REASON_CODES,
  InstantSchema,
  JurisdictionPolicySchema,
  LanguageSchema,
  NoticeStatusSchema,
  OutcomeCodeSchema,
  POLICY_SWITCH_FIELDS,
  type PolicySwitchField,
  ProofOfStatusSchema,
  toEpochMs,
} from '@detainer-kit/core';
import { z } from 'zod';
import { SCENARIO_LIBRARY } from '../scenario/library.js';
import { type Scenario, ScenarioSchema } from '../scenario/schema.js';

/** The `format` every lesson file declares (a scenario file declares `detainer-kit/scenario`). */
export const LESSON_FORMAT = 'detainer-kit/lesson';
/** The lesson format version this SDK reads. */
export const LESSON_VERSION = 1;
/** At most this many sections in one lesson. */
export const MAX_LESSON_SECTIONS = 40;
/** At most this many characters in one paragraph, question, choice or explanation: lessons stay short. */
export const MAX_LESSON_TEXT = 700;

/**
 * What a checkpoint asks about, or what a try-it prompt asks the student to watch; each is read off the case
 * when it has run to its end:
 * - `outcome`: which outcome ends the case (an outcome code);
 * - `hold-ends-at`: the instant the hold must end, or `null` when no hold runs;
 * - `notice-status`: whether notice of release went out on time (a notice status);
 * - `deciding-layer`: which layer settled the request to hold (`detainer`, `federal`, `state-law`, `local-policy`);
 * - `deciding-rule`: which rule settled it (a decision reason code, e.g. `state-law-no-authority-overrides-local`).
 */
export const LESSON_MEASURES = ['outcome', 'hold-ends-at', 'notice-status', 'deciding-layer', 'deciding-rule'] as const;
export type LessonMeasure = (typeof LESSON_MEASURES)[number];

/** The layers a decision reason comes from (core's `PolicyLayer`). */
export const DecidingLayerSchema = z.enum(['detainer', 'federal', 'state-law', 'local-policy'], {
  error: 'expected a layer: "detainer", "federal", "state-law" or "local-policy"',
});

/** The value each measure takes: core's own schemas, so a lesson names only values the model can give. */
export const LESSON_MEASURE_VALUES = {
  outcome: OutcomeCodeSchema,
  'hold-ends-at': InstantSchema.nullable(),
  'notice-status': NoticeStatusSchema,
  'deciding-layer': DecidingLayerSchema,
  'deciding-rule': z.enum(DECISION_REASON_CODES),
} as const;

const slug = (what: string) =>
  z
    .string()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9][a-z0-9-]*$/, `${what} must be lowercase letters, digits and hyphens, e.g. "first-question"`);

const text = (max = MAX_LESSON_TEXT) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters: keep it short`);

const citations = (min: number) =>
  z
    .array(CitationIdSchema)
    .min(min, 'cite at least one source (an id of the citation registry, e.g. "cfr-287.7-d")')
    .max(10);

/** A short paragraph and the sources that support it. */
export const LessonParagraphSchema = z
  .object({
    text: text(),
    citations: citations(1),
  })
  .strict();

/** Narrative: a few short paragraphs, each with its sources. */
export const NarrativeSectionSchema = z
  .object({
    kind: z.literal('narrative'),
    id: slug('id'),
    title: text(120).optional(),
    paragraphs: z.array(LessonParagraphSchema).min(1).max(6),
  })
  .strict();

/**
 * Play the case forward: through step `afterStep` of the scenario (0-based; the steps before it too), or to the
 * instant `at` (every step at or before it, and any deadline on the way).
 */
export const PlayUntilSectionSchema = z
  .object({
    kind: z.literal('play-until'),
    id: slug('id'),
    until: z.union([
      z.object({ afterStep: z.int().min(0).max(199) }).strict(),
      z.object({ at: InstantSchema }).strict(),
    ]),
    /** What to look at while the case moves, in one or two sentences. */
    text: text().optional(),
  })
  .strict();

const choiceSchema = <V extends z.ZodType>(value: V) =>
  z
    .object({
      id: slug('choice id'),
      text: text(200),
      /** What the model would have to give for this choice to be right. */
      value,
    })
    .strict();

/** The explanation shown once a checkpoint is answered. */
export const LessonExplanationSchema = z
  .object({
    text: text(),
    citations: citations(1),
  })
  .strict();

function predictBranch<A extends LessonMeasure, V extends z.ZodType>(ask: A, value: V) {
  return z
    .object({
      kind: z.literal('predict'),
      id: slug('id'),
      ask: z.literal(ask),
      question: text(300),
      choices: z.array(choiceSchema(value)).min(2, 'give 2 to 4 choices').max(4, 'give 2 to 4 choices'),
      /** The id of the right choice; the lesson test checks it against the model. */
      answer: slug('answer'),
      explanation: LessonExplanationSchema,
    })
    .strict();
}

/**
 * A prediction checkpoint: a question about how the case will end, 2–4 choices, the answer and its
 * explanation. The player pauses here and shows the answer only once a choice is made.
 */
export const PredictSectionSchema = z.discriminatedUnion(
  'ask',
  [
    predictBranch('outcome', LESSON_MEASURE_VALUES.outcome),
    predictBranch('hold-ends-at', LESSON_MEASURE_VALUES['hold-ends-at']),
    predictBranch('notice-status', LESSON_MEASURE_VALUES['notice-status']),
    predictBranch('deciding-layer', LESSON_MEASURE_VALUES['deciding-layer']),
    predictBranch('deciding-rule', LESSON_MEASURE_VALUES['deciding-rule']),
  ],
  { error: `ask must be one of ${LESSON_MEASURES.map((m) => `"${m}"`).join(', ')}` },
);

type PolicyShape = typeof JurisdictionPolicySchema.shape;
type WithoutDefault<S> = S extends z.ZodDefault<infer Inner> ? Inner : S;
/** The schema of one switch change, for each policy switch: `{ switch: field, to: that field's value }`. */
type SwitchChangeSchema = {
  [F in PolicySwitchField]: z.ZodObject<
    { switch: z.ZodLiteral<F>; to: WithoutDefault<PolicyShape[F]> },
    z.core.$strict
  >;
}[PolicySwitchField];

/** A policy field's schema without its default: a try-it names the value it sets. */
function switchValue(field: PolicySwitchField): z.ZodType {
  const schema = JurisdictionPolicySchema.shape[field] as z.ZodType;
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema;
}

// Built from core's list of switches (one home); typed per field by `SwitchChangeSchema`.
const SWITCH_CHANGES = POLICY_SWITCH_FIELDS.map((field) =>
  z.object({ switch: z.literal(field), to: switchValue(field) }).strict(),
) as unknown as readonly [SwitchChangeSchema, ...SwitchChangeSchema[]];

/**
 * The one switch a try-it prompt changes: a policy switch (core's `POLICY_SWITCH_FIELDS`, set to a value its
 * schema accepts), or the person's `proofOfStatus`.
 */
export const LessonChangeSchema = z.discriminatedUnion(
  'switch',
  [...SWITCH_CHANGES, z.object({ switch: z.literal('proofOfStatus'), to: ProofOfStatusSchema }).strict()],
  {
    error: `switch must be one of ${[...POLICY_SWITCH_FIELDS, 'proofOfStatus'].map((f) => `"${f}"`).join(', ')}`,
  },
);

const observeBranch = <M extends LessonMeasure, V extends z.ZodType>(measure: M, expect: V) =>
  z
    .object({
      measure: z.literal(measure),
      /** What the student should see once the switch is changed; the lesson test checks it against the model. */
      expect,
    })
    .strict();

/** What a try-it prompt asks the student to watch, and what they should see. */
export const LessonObserveSchema = z.discriminatedUnion(
  'measure',
  [
    observeBranch('outcome', LESSON_MEASURE_VALUES.outcome),
    observeBranch('hold-ends-at', LESSON_MEASURE_VALUES['hold-ends-at']),
    observeBranch('notice-status', LESSON_MEASURE_VALUES['notice-status']),
    observeBranch('deciding-layer', LESSON_MEASURE_VALUES['deciding-layer']),
    observeBranch('deciding-rule', LESSON_MEASURE_VALUES['deciding-rule']),
  ],
  { error: `measure must be one of ${LESSON_MEASURES.map((m) => `"${m}"`).join(', ')}` },
);

/** A try-it prompt: change one switch, replay the same facts, and observe one thing. */
export const TryItSectionSchema = z
  .object({
    kind: z.literal('try-it'),
    id: slug('id'),
    prompt: text(),
    change: LessonChangeSchema,
    observe: LessonObserveSchema,
    /** Why the change does what it does, shown after the student has tried it. */
    explanation: LessonExplanationSchema,
  })
  .strict();

/** One section of a lesson, by its `kind`. */
export const LessonSectionSchema = z.discriminatedUnion(
  'kind',
  [NarrativeSectionSchema, PlayUntilSectionSchema, PredictSectionSchema, TryItSectionSchema],
  { error: 'kind must be "narrative", "play-until", "predict" or "try-it"' },
);

/** A lesson's case: the id of a library scenario, or a whole scenario written inline. */
export const LessonScenarioSchema = z.union([
  z
    .string()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'scenario must be a library scenario id (e.g. "notify-only") or a scenario object'),
  ScenarioSchema,
]);

/**
 * A lesson file: a case (a library scenario id or an inline scenario), then ordered sections: narrative,
 * play-until, predict checkpoints and try-it prompts. JSON Schema: `schema/lesson.schema.json`, generated from
 * this schema. Whether a lesson is coherent with its case (steps that exist, answers among the choices, the
 * model agreeing with every answer) is checked by `parseLesson` and `evaluateLesson`.
 *
 * @example
 * {
 *   "$schema": "https://cdn.jsdelivr.net/npm/@detainer-kit/sdk/schema/lesson.schema.json",
 *   "format": "detainer-kit/lesson", "version": 1, "id": "weekday-or-calendar", "title": "…",
 *   "scenario": "weekday-rule-friday-release",
 *   "sections": [{ "kind": "narrative", "id": "intro", "paragraphs": [{ "text": "…", "citations": ["cfr-287.7-d"] }] }]
 * }
 */
export const LessonSchema = z
  .object({
    $schema: z.string().max(2000).optional(),
    format: z.literal(LESSON_FORMAT, { error: `format must be "${LESSON_FORMAT}"` }),
    version: z.literal(LESSON_VERSION, {
      error: `version must be ${LESSON_VERSION}: this SDK reads lesson format version ${LESSON_VERSION}`,
    }),
    id: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lowercase letters, digits and hyphens, e.g. "the-48-hour-hold"'),
    /** The language the lesson is written in (the core's `LanguageSchema`: `en`, `es`); English when left out. */
    lang: LanguageSchema.optional(),
    /**
     * For a translation: the id of the lesson it translates (the same id; the file lives in `lessons/<lang>/`). A
     * translation has the same sections, checkpoint answers and scenario as its source (checked by the test suite).
     */
    translationOf: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[a-z0-9][a-z0-9-]*$/, 'translationOf must be the id of the lesson this one translates')
      .optional(),
    title: text(200),
    /** One or two sentences: what the student will learn. */
    summary: text(400),
    scenario: LessonScenarioSchema,
    sections: z
      .array(LessonSectionSchema)
      .min(1, 'a lesson has at least one section')
      .max(MAX_LESSON_SECTIONS, `a lesson has at most ${MAX_LESSON_SECTIONS} sections`),
  })
  .strict()
  .superRefine(checkCoherence);

/** A parsed lesson (its scenario still as written: an id or a parsed scenario). */
export type Lesson = z.output<typeof LessonSchema>;
/** A lesson as written in a file. */
export type LessonInput = z.input<typeof LessonSchema>;
export type LessonSection = z.output<typeof LessonSectionSchema>;
export type NarrativeSection = z.output<typeof NarrativeSectionSchema>;
export type PlayUntilSection = z.output<typeof PlayUntilSectionSchema>;
export type PredictSection = z.output<typeof PredictSectionSchema>;
export type TryItSection = z.output<typeof TryItSectionSchema>;
export type LessonChange = z.output<typeof LessonChangeSchema>;
export type LessonObserve = z.output<typeof LessonObserveSchema>;
/** The value of a measure: an outcome code, an instant or `null`, a notice status, a layer or a reason code. */
export type LessonMeasureValue = z.output<(typeof LESSON_MEASURE_VALUES)[LessonMeasure]>;

/** The instant a play-until section plays to, in the lesson's scenario (`undefined` for a step it lacks). */
export function untilInstant(scenario: Scenario, until: PlayUntilSection['until']): string | undefined {
  return 'at' in until ? until.at : scenario.steps[until.afterStep]?.at;
}

/** Same-value test for choices: instants compare as instants, the rest as written. */
export function sameMeasureValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string' && /^\d{4}-/.test(a) && /^\d{4}-/.test(b)) {
    return toEpochMs(a) === toEpochMs(b);
  }
  return a === b;
}

type LessonShape = {
  id: string;
  lang?: string | undefined;
  translationOf?: string | undefined;
  scenario: string | Scenario;
  sections: readonly LessonSection[];
};

/** What the schema alone cannot say: ids unique, answers among the choices, play-until inside the case. */
function checkCoherence(lesson: LessonShape, ctx: z.RefinementCtx): void {
  if (lesson.translationOf !== undefined && (lesson.lang === undefined || lesson.lang === 'en')) {
    ctx.addIssue({
      code: 'custom',
      path: ['lang'],
      message: 'a translation names its language: set lang to "es" (translationOf names the English lesson)',
    });
  }
  if (lesson.translationOf !== undefined && lesson.translationOf !== lesson.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['translationOf'],
      message: `a translation keeps the id of the lesson it translates: set id to "${lesson.translationOf}"`,
    });
  }
  const scenario =
    typeof lesson.scenario === 'string' ? SCENARIO_LIBRARY.find((s) => s.id === lesson.scenario) : lesson.scenario;
  if (scenario === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['scenario'],
      message: `no library scenario "${String(lesson.scenario)}": use one of ${SCENARIO_LIBRARY.map((s) => s.id).join(', ')}, or write the scenario inline`,
    });
  }
  const seen = new Set<string>();
  let previous = scenario ? toEpochMs(scenario.bookedAt) : Number.NEGATIVE_INFINITY;
  let previousName = 'bookedAt';
  lesson.sections.forEach((section, index) => {
    if (seen.has(section.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', index, 'id'],
        message: `the id "${section.id}" is used by an earlier section: give each section its own id`,
      });
    }
    seen.add(section.id);
    if (section.kind === 'play-until' && scenario) {
      const at = untilInstant(scenario, section.until);
      if (at === undefined) {
        const n = scenario.steps.length;
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'until', 'afterStep'],
          message: `the scenario has ${n} step${n === 1 ? '' : 's'} (0 to ${n - 1}): name one of them`,
        });
      } else if (toEpochMs(at) < previous) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'until'],
          message: `${at} is earlier than ${previousName}: a lesson plays its case forward only`,
        });
      } else {
        previous = toEpochMs(at);
        previousName = `sections.${index}.until`;
      }
    }
    if (section.kind === 'predict') {
      const ids = section.choices.map((c) => c.id);
      section.choices.forEach((choice, c) => {
        if (ids.indexOf(choice.id) !== c) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', index, 'choices', c, 'id'],
            message: `the choice id "${choice.id}" is used twice: give each choice its own id`,
          });
        }
        if (section.choices.findIndex((o) => sameMeasureValue(o.value, choice.value)) !== c) {
          ctx.addIssue({
            code: 'custom',
            path: ['sections', index, 'choices', c, 'value'],
            message: 'two choices have the same value: each choice must stand for a different answer',
          });
        }
      });
      if (!ids.includes(section.answer)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'answer'],
          message: `answer must be the id of one of the choices: ${ids.map((i) => `"${i}"`).join(', ')}`,
        });
      }
    }
  });
}
