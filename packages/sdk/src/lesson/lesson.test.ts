import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenario/library.js';
import { evaluateLesson, finishLesson, isMeasureOpen, lessonScenario, playLesson } from './evaluate.js';
import { getLesson, LESSON_LIBRARY, listLessonIds } from './library.js';
import { isLesson, parseLesson } from './parse.js';
import type { PredictSection } from './schema.js';

/** A library lesson as plain JSON, to change and parse again. */
const raw = (id: string) =>
  JSON.parse(JSON.stringify(getLesson(id))) as Record<string, unknown> & { sections: unknown[] };

function issuesOf(value: unknown): { field: string; message: string }[] {
  try {
    parseLesson(value);
  } catch (error) {
    expect((error as { code?: string }).code).toBe('invalid-lesson');
    return (error as { issues: { field: string; message: string }[] }).issues;
  }
  throw new Error('expected parseLesson to refuse the lesson');
}

const predictIndex = (lesson: { sections: readonly unknown[] }, ask: string) =>
  lesson.sections.findIndex((s) => (s as PredictSection).kind === 'predict' && (s as PredictSection).ask === ask);

describe('the lesson library', () => {
  it('holds at least the lessons the issues ask for, each with checkpoints and a try-it prompt', () => {
    expect(listLessonIds()).toEqual(
      expect.arrayContaining([
        'the-48-hour-hold',
        'weekday-or-calendar',
        'holiday-weekend',
        'advance-notice-and-psp',
        'request-not-command',
        'state-law-over-local-policy',
        'forms-through-the-eras',
        'a-detainer-follows-the-person',
        'north-carolina-2024-2025',
      ]),
    );
    for (const lesson of LESSON_LIBRARY) {
      const kinds = lesson.sections.map((s) => s.kind);
      expect(kinds, lesson.id).toContain('narrative');
      expect(kinds, lesson.id).toContain('predict');
      expect(kinds, lesson.id).toContain('try-it');
    }
  });

  // Every lesson is a test: its answers must be what the model gives, and hidden where they are asked.
  it.each(listLessonIds())('%s: the model agrees with every answer and every try-it', (id) => {
    const evaluation = evaluateLesson(getLesson(id));
    expect(evaluation.checks.filter((c) => c.problem !== null).map((c) => `${c.sectionId}: ${c.problem}`)).toEqual([]);
    expect(evaluation.passed).toBe(true);
    expect(evaluation.checks.length).toBeGreaterThanOrEqual(2);
  });

  it('asks every kind of checkpoint somewhere: outcome, hold end, notice and deciding layer', () => {
    const asks = new Set(
      LESSON_LIBRARY.flatMap((l) => l.sections.flatMap((s) => (s.kind === 'predict' ? [s.ask] : []))),
    );
    for (const ask of ['outcome', 'hold-ends-at', 'notice-status', 'deciding-layer'] as const) {
      expect(asks.has(ask), ask).toBe(true);
    }
  });
});

describe('evaluateLesson', () => {
  it('fails a lesson whose stated answer the model contradicts, and names the choice the model gives', () => {
    const lesson = raw('weekday-or-calendar');
    const i = predictIndex(lesson, 'hold-ends-at');
    const section = lesson.sections[i] as PredictSection;
    expect(section.answer).toBe('tuesday');
    // The calendar count's answer: wrong for a policy that counts weekdays only.
    lesson.sections[i] = { ...section, answer: 'sunday' };
    const evaluation = evaluateLesson(lesson);
    expect(evaluation.passed).toBe(false);
    const check = evaluation.checks.find((c) => c.sectionId === section.id);
    expect(check).toMatchObject({ met: false, modelChoice: 'tuesday', actual: '2024-04-16T21:00:00.000Z' });
    expect(check?.problem).toMatch(
      /answer "sunday" .* but the model gives "2024-04-16T21:00:00.000Z" \(choice "tuesday"\)/,
    );
  });

  it('fails a wrong outcome answer and a try-it that expects what the model does not give', () => {
    const lesson = raw('request-not-command');
    const i = predictIndex(lesson, 'outcome');
    lesson.sections[i] = { ...(lesson.sections[i] as PredictSection), answer: 'transferred' };
    const t = lesson.sections.findIndex((s) => (s as { kind: string }).kind === 'try-it');
    const tryIt = lesson.sections[t] as { observe: { measure: string; expect: unknown } };
    lesson.sections[t] = { ...tryIt, observe: { measure: 'outcome', expect: 'transferred-to-dhs' } };
    const failed = evaluateLesson(lesson).checks.filter((c) => !c.met);
    expect(failed.map((c) => c.kind)).toEqual(['predict', 'try-it']);
    expect(failed[1]?.problem).toMatch(
      /with hold set to "always" the lesson expects "transferred-to-dhs", but the model gives "released-hold-expired"/,
    );
  });

  it('fails a checkpoint placed where the case already shows its answer', () => {
    const lesson = raw('holiday-weekend');
    const i = predictIndex(lesson, 'outcome');
    // Played to the end of the hold, the case has ended: the outcome question gives itself away.
    lesson.sections.splice(i, 0, { kind: 'play-until', id: 'too-far', until: { at: '2014-09-04T09:00:00-04:00' } });
    const check = evaluateLesson(lesson).checks.find((c) => c.measure === 'outcome');
    expect(check).toMatchObject({ met: true, hiddenAtCheckpoint: false });
    expect(check?.problem).toMatch(/already shown/);
    expect(evaluateLesson(lesson).passed).toBe(false);
  });

  it('plays the case no further than the latest play-until, and from booking before any', () => {
    const lesson = getLesson('the-48-hour-hold');
    const first = playLesson(lesson, 0);
    expect(first.case.now).toBe(getScenario('dhs-arrives-one-minute-before-deadline').bookedAt);
    expect(first.timeline).toHaveLength(0);
    const during = lesson.sections.findIndex((s) => s.id === 'during-the-hold');
    const shown = playLesson(lesson, during + 1);
    expect(shown.case.now).toBe('2024-04-17T16:00:00.000Z');
    expect(shown.case.state).toBe('holding');
    expect(isMeasureOpen(shown.case, 'outcome')).toBe(true);
    expect(isMeasureOpen(shown.case, 'hold-ends-at')).toBe(false);
    expect(finishLesson(lesson).outcome?.code).toBe('transferred-to-dhs');
  });

  it('replays the same facts with the try-it change: a policy switch or the proof of status', () => {
    const lesson = getLesson('state-law-over-local-policy');
    expect(finishLesson(lesson).outcome?.code).toBe('transferred-to-dhs');
    // After proof of status the mandate does not apply and the local switch decides [tx-ccp-2.251].
    expect(finishLesson(lesson, { switch: 'proofOfStatus', to: 'lawful-status' }).outcome?.reason).toBe(
      'local-hold-never',
    );
    expect(finishLesson(lesson, { switch: 'stateLaw', to: 'none' }).outcome?.reason).toBe('local-hold-never');
    expect(lessonScenario(lesson).id).toBe('texas-mandate-no-proof-of-status');
  });

  it('takes an inline scenario as well as a library id', () => {
    const lesson = raw('request-not-command');
    const inline = { ...lesson, scenario: JSON.parse(JSON.stringify(getScenario('notify-only'))) };
    expect(evaluateLesson(inline).passed).toBe(true);
  });
});

describe('parseLesson', () => {
  it('accepts every library lesson and agrees with isLesson', () => {
    for (const id of listLessonIds()) expect(isLesson(raw(id)), id).toBe(true);
    expect(isLesson({ format: 'detainer-kit/scenario' })).toBe(false);
  });

  it('refuses a citation id that is not in the registry, at that field', () => {
    const lesson = raw('the-48-hour-hold');
    const narrative = lesson.sections[0] as { paragraphs: { citations: string[] }[] };
    narrative.paragraphs[0] = { ...narrative.paragraphs[0], citations: ['made-up-case-2030'] } as never;
    expect(issuesOf(lesson).map((i) => i.field)).toEqual(['sections.0.paragraphs.0.citations.0']);
  });

  it('refuses a paragraph without a source', () => {
    const lesson = raw('the-48-hour-hold');
    const second = (lesson.sections[0] as { paragraphs: { citations: string[] }[] }).paragraphs[1];
    if (second) second.citations = [];
    expect(issuesOf(lesson)[0]).toMatchObject({
      field: 'sections.0.paragraphs.1.citations',
      message: expect.stringMatching(/cite at least one source/),
    });
  });

  it('refuses an answer that is not a choice, duplicate ids and choices, and more than four choices', () => {
    const lesson = raw('weekday-or-calendar');
    const i = predictIndex(lesson, 'hold-ends-at');
    const section = lesson.sections[i] as PredictSection;
    lesson.sections[i] = { ...section, answer: 'friday' };
    expect(issuesOf(lesson)[0]).toMatchObject({
      field: `sections.${i}.answer`,
      message: expect.stringMatching(/"sunday", "monday"/),
    });
    const [a, b] = section.choices;
    lesson.sections[i] = { ...section, choices: [a, { ...b, id: a?.id }, ...section.choices.slice(2)] } as never;
    expect(issuesOf(lesson).map((x) => x.field)).toContain(`sections.${i}.choices.1.id`);
    lesson.sections[i] = {
      ...section,
      choices: [a, { ...b, value: '2024-04-14T21:00:00Z' }, ...section.choices.slice(2)],
    } as never;
    expect(issuesOf(lesson).map((x) => x.field)).toContain(`sections.${i}.choices.1.value`);
    lesson.sections[i] = { ...section, choices: [...section.choices, { id: 'extra', text: 'Later', value: null }] };
    expect(issuesOf(lesson)[0]).toMatchObject({ field: `sections.${i}.choices`, message: 'give 2 to 4 choices' });
  });

  it('refuses a choice value the measure cannot take (an outcome that does not exist)', () => {
    const lesson = raw('request-not-command');
    const i = predictIndex(lesson, 'outcome');
    const section = lesson.sections[i] as PredictSection;
    lesson.sections[i] = {
      ...section,
      choices: [{ ...section.choices[0], value: 'deported' }, ...section.choices.slice(1)],
    } as never;
    expect(issuesOf(lesson).map((x) => x.field)).toEqual([`sections.${i}.choices.0.value`]);
  });

  it('refuses a step the scenario lacks, a play-until that goes back in time, a repeated id, an unknown scenario', () => {
    const lesson = raw('weekday-or-calendar');
    const p = lesson.sections.findIndex((s) => (s as { kind: string }).kind === 'play-until');
    lesson.sections[p] = { kind: 'play-until', id: 'nine', until: { afterStep: 9 } };
    expect(issuesOf(lesson)[0]).toMatchObject({
      field: `sections.${p}.until.afterStep`,
      message: 'the scenario has 5 steps (0 to 4): name one of them',
    });
    const back = raw('weekday-or-calendar');
    back.sections.push({ kind: 'play-until', id: 'back', until: { afterStep: 0 } });
    expect(issuesOf(back)[0]?.message).toMatch(/plays its case forward only/);
    const twice = raw('weekday-or-calendar');
    twice.sections.push({ ...(twice.sections[0] as object) });
    expect(issuesOf(twice)[0]?.message).toMatch(/used by an earlier section/);
    expect(issuesOf({ ...raw('weekday-or-calendar'), scenario: 'no-such-scenario' })[0]).toMatchObject({
      field: 'scenario',
      message: expect.stringMatching(/no library scenario "no-such-scenario": use one of .*notify-only/),
    });
  });

  it('refuses a try-it that changes no known switch, or sets a switch to a value it cannot take', () => {
    const lesson = raw('request-not-command');
    const t = lesson.sections.findIndex((s) => (s as { kind: string }).kind === 'try-it');
    const tryIt = lesson.sections[t] as object;
    lesson.sections[t] = { ...tryIt, change: { switch: 'mood', to: 'kind' } };
    expect(issuesOf(lesson)[0]?.message).toMatch(/switch must be one of "stateLaw", "hold"/);
    lesson.sections[t] = { ...tryIt, change: { switch: 'hold', to: 'sometimes' } };
    expect(issuesOf(lesson)[0]).toMatchObject({ field: `sections.${t}.change.to` });
  });

  it('refuses a scenario file given as a lesson, naming the format', () => {
    expect(issuesOf(getScenario('notify-only'))[0]).toMatchObject({ field: 'format' });
  });
});
