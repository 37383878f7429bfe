import { getLesson, type PredictSection } from '@detainer-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  checkpointIndexes,
  choose,
  clampProgress,
  isBlocked,
  type LessonProgress,
  stepBack,
  stepForward,
} from './lesson-progress';
import { REVEALED } from './lesson-route';

const lesson = getLesson('holiday-weekend');
const [first, second] = checkpointIndexes(lesson);

describe('lesson progress', () => {
  it('finds the checkpoints of a lesson', () => {
    expect(checkpointIndexes(lesson).map((i) => lesson.sections[i]?.id)).toEqual([
      'holiday-deadline',
      'if-dhs-never-comes',
    ]);
  });

  it('does not step past a checkpoint until it is answered, then does', () => {
    let p: LessonProgress = { section: 0, picks: [] };
    while (!isBlocked(lesson, p)) p = stepForward(lesson, p);
    expect(p.section).toBe(first);
    expect(stepForward(lesson, p)).toBe(p);
    p = choose(lesson, p, 'tuesday');
    expect(p.picks).toEqual(['tuesday', null]);
    expect(isBlocked(lesson, p)).toBe(false);
    p = stepForward(lesson, p);
    expect(p.section).toBe((first ?? 0) + 1);
    expect(stepBack(p).section).toBe(first);
  });

  it('keeps the first answer: a second choice after the reveal changes nothing', () => {
    const at = { section: first ?? 0, picks: [null, null] };
    const chosen = choose(lesson, at, 'tuesday');
    expect(choose(lesson, chosen, 'wednesday')).toBe(chosen);
    expect(choose(lesson, at, 'no-such-choice')).toBe(at);
    expect(choose(lesson, { section: 0, picks: [] }, 'tuesday')).toEqual({ section: 0, picks: [] });
    expect(choose(lesson, at, REVEALED).picks).toEqual([REVEALED, null]);
  });

  it('opens a link at the first unanswered checkpoint, not past it, and drops picks that are no choice', () => {
    const end = lesson.sections.length;
    expect(clampProgress(lesson, { section: end, picks: [] })).toEqual({ section: first, picks: [null, null] });
    expect(clampProgress(lesson, { section: end, picks: ['nope', 'hold-expired'] }).section).toBe(first);
    expect(clampProgress(lesson, { section: end, picks: ['wednesday'] }).section).toBe(second);
    expect(clampProgress(lesson, { section: 99, picks: ['wednesday', REVEALED] })).toEqual({
      section: end,
      picks: ['wednesday', REVEALED],
    });
    const choice = (lesson.sections[second ?? 0] as PredictSection).choices[0]?.id ?? '';
    expect(clampProgress(lesson, { section: 1, picks: [null, choice] })).toEqual({ section: 1, picks: [null, choice] });
  });
});
