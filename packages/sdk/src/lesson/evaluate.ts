import { type CitationId, MODEL_INFO, noticeStatusOf } from '@detainer-kit/core';
import type { DetainerCase } from '../case/index.js';
import { getScenario } from '../scenario/library.js';
import { parseScenario } from '../scenario/parse.js';
import { resolveScenarioPolicy } from '../scenario/policy-ref.js';
import { runScenario, type ScenarioRun } from '../scenario/run.js';
import type { Scenario } from '../scenario/schema.js';
import { parseLesson } from './parse.js';
import {
  type Lesson,
  type LessonChange,
  type LessonMeasure,
  type LessonMeasureValue,
  type PlayUntilSection,
  sameMeasureValue,
  untilInstant,
} from './schema.js';

/** The scenario a lesson plays: its library scenario, or the one written inline. */
export function lessonScenario(lesson: Lesson): Scenario {
  return typeof lesson.scenario === 'string' ? getScenario(lesson.scenario) : lesson.scenario;
}

/**
 * The lesson's scenario with one switch changed (a try-it prompt): the policy switch set on the scenario's own
 * policy, or the person's proof of status. The facts (steps) stay the same.
 */
export function applyLessonChange(scenario: Scenario, change: LessonChange): Scenario {
  if (change.switch === 'proofOfStatus') {
    return parseScenario({ ...scenario, subject: { ...(scenario.subject ?? {}), proofOfStatus: change.to } });
  }
  const policy = { ...resolveScenarioPolicy(scenario.policy), [change.switch]: change.to };
  return parseScenario({ ...scenario, policy });
}

/** The play-until section that sets the case shown at section `index` (the latest at or before it), or null. */
export function playUntilAt(lesson: Lesson, index: number): PlayUntilSection | null {
  for (let i = Math.min(index, lesson.sections.length - 1); i >= 0; i -= 1) {
    const section = lesson.sections[i];
    if (section?.kind === 'play-until') return section;
  }
  return null;
}

/**
 * The case as a lesson shows it at section `index`: the scenario played, with the SDK's `runScenario`, through
 * the latest play-until section at or before it (the steps up to that point, the clock moved to its instant so
 * that deadlines on the way fire), or the case as booked before any play-until. `change` replays the same facts
 * with one switch changed. Never past the play-until: what comes later stays unknown.
 *
 * @example
 * const lesson = getLesson('weekday-or-calendar');
 * playLesson(lesson, 1).case.state // 'inCriminalCustody.detainerInEffect.honoringHold' (before the release)
 * playLesson(lesson, 3).case.state // 'holding' (the hold has started; its end is not reached)
 */
export function playLesson(lesson: Lesson, index: number, change?: LessonChange): ScenarioRun {
  const full = change ? applyLessonChange(lessonScenario(lesson), change) : lessonScenario(lesson);
  const until = playUntilAt(lesson, index);
  const at = until ? untilInstant(full, until.until) : full.bookedAt;
  if (at === undefined) throw new Error('unreachable: parseLesson checks that every step named exists');
  const atMs = Date.parse(at);
  const steps =
    until && 'afterStep' in until.until
      ? full.steps.slice(0, until.until.afterStep + 1)
      : full.steps.filter((s) => Date.parse(s.at) <= atMs);
  const { expect: _expect, end: _end, ...facts } = full;
  return runScenario({ ...facts, steps, end: at });
}

/** The lesson's case run to its end (every step, then the hold's deadline), with one switch changed or not. */
export function finishLesson(lesson: Lesson, change?: LessonChange): ScenarioRun {
  const scenario = lessonScenario(lesson);
  return runScenario(change ? applyLessonChange(scenario, change) : scenario);
}

/**
 * The value a measure takes on a case that has run: the outcome code, the hold's deadline (`null`: no hold),
 * the notice status, or the layer or rule of the decisive reason on the hold (`null` when no detainer was
 * decided, or the case has not ended for `outcome`).
 */
export function lessonMeasure(run: ScenarioRun, measure: LessonMeasure): LessonMeasureValue | null {
  const decision = run.case.context.decision;
  switch (measure) {
    case 'outcome':
      return run.outcome?.code ?? null;
    case 'hold-ends-at':
      return run.holdEndsAt;
    case 'notice-status':
      return run.noticeStatus;
    case 'deciding-layer':
      return decision?.holdReason.layer ?? null;
    case 'deciding-rule':
      return (decision?.holdReason.code as LessonMeasureValue | undefined) ?? null;
  }
}

/**
 * Whether what a measure asks is still unknown on the case shown (so a checkpoint there does not give its
 * answer away): the case has not ended (`outcome`), no hold has started (`hold-ends-at`), notice is still
 * pending or no detainer is decided yet (`notice-status`), no detainer is decided yet (`deciding-*`).
 */
export function isMeasureOpen(c: DetainerCase, measure: LessonMeasure): boolean {
  const context = c.context;
  switch (measure) {
    case 'outcome':
      return c.status === 'active';
    case 'hold-ends-at':
      return c.status === 'active' && context.hold === null;
    case 'notice-status':
      return context.decision === null || noticeStatusOf(context, c.status === 'done') === 'pending';
    case 'deciding-layer':
    case 'deciding-rule':
      return context.decision === null;
  }
}

/** One predict checkpoint or try-it prompt, checked against the model. */
export interface LessonCheck {
  readonly sectionIndex: number;
  readonly sectionId: string;
  readonly kind: 'predict' | 'try-it';
  readonly measure: LessonMeasure;
  /** The value the lesson states (the answer's value, or the try-it's `expect`). */
  readonly stated: LessonMeasureValue;
  /** The value the model gives. */
  readonly actual: LessonMeasureValue | null;
  /** For a checkpoint: the id of the choice whose value the model gives, or null when none does. */
  readonly modelChoice: string | null;
  readonly met: boolean;
  /** Checkpoints: the answer was still unknown on the case shown at the checkpoint. Try-its: always true. */
  readonly hiddenAtCheckpoint: boolean;
  /** What is wrong, in a sentence a lesson author can act on, or null. */
  readonly problem: string | null;
  readonly citations: readonly CitationId[];
}

/** The result of {@link evaluateLesson}. */
export interface LessonEvaluation {
  readonly lesson: Lesson;
  readonly checks: readonly LessonCheck[];
  /** True when every check is met and every checkpoint's answer was hidden where it is asked. */
  readonly passed: boolean;
  readonly disclaimer: string;
}

const show = (v: unknown) => (v === null ? 'null (none)' : JSON.stringify(v));

/**
 * Checks a lesson against the model: plays its scenario to each predict checkpoint (the answer must still be
 * unknown there), runs it to the end and derives the true answer, and runs each try-it prompt's change and
 * compares what the student would observe. A lesson whose stated answer the model contradicts does not pass.
 * Throws `invalid-lesson` for a lesson that does not parse.
 *
 * @example
 * const evaluation = evaluateLesson(getLesson('weekday-or-calendar'));
 * evaluation.passed // true
 * evaluation.checks[0] // { kind: 'predict', measure: 'hold-ends-at', met: true, … }
 */
export function evaluateLesson(value: Lesson | unknown): LessonEvaluation {
  const lesson = parseLesson(value);
  const end = finishLesson(lesson);
  const checks: LessonCheck[] = [];
  lesson.sections.forEach((section, index) => {
    if (section.kind === 'predict') {
      const shown = playLesson(lesson, index);
      const hidden = isMeasureOpen(shown.case, section.ask);
      const actual = lessonMeasure(end, section.ask);
      const answer = section.choices.find((c) => c.id === section.answer);
      const stated = (answer?.value ?? null) as LessonMeasureValue;
      const model = section.choices.find((c) => sameMeasureValue(c.value, actual));
      const met = sameMeasureValue(stated, actual);
      const problems = [
        met
          ? null
          : `the lesson's answer "${section.answer}" is ${show(stated)}, but the model gives ${show(actual)}${model ? ` (choice "${model.id}")` : ' (none of the choices)'}`,
        hidden ? null : `the answer is already shown on the case at this checkpoint: put the checkpoint earlier`,
      ].filter((p) => p !== null);
      checks.push({
        sectionIndex: index,
        sectionId: section.id,
        kind: 'predict',
        measure: section.ask,
        stated,
        actual,
        modelChoice: model?.id ?? null,
        met,
        hiddenAtCheckpoint: hidden,
        problem: problems.length > 0 ? problems.join('; ') : null,
        citations: section.explanation.citations,
      });
    } else if (section.kind === 'try-it') {
      const changed = finishLesson(lesson, section.change);
      const actual = lessonMeasure(changed, section.observe.measure);
      const stated = section.observe.expect as LessonMeasureValue;
      const met = sameMeasureValue(stated, actual);
      checks.push({
        sectionIndex: index,
        sectionId: section.id,
        kind: 'try-it',
        measure: section.observe.measure,
        stated,
        actual,
        modelChoice: null,
        met,
        hiddenAtCheckpoint: true,
        problem: met
          ? null
          : `with ${section.change.switch} set to ${show(section.change.to)} the lesson expects ${show(stated)}, but the model gives ${show(actual)}`,
        citations: section.explanation.citations,
      });
    }
  });
  return {
    lesson,
    checks,
    passed: checks.every((c) => c.met && c.hiddenAtCheckpoint),
    disclaimer: MODEL_INFO.disclaimer,
  };
}
