import { describe, expect, it } from 'vitest';
import { isLessonHash } from './lesson-hash';
import { lessonHash, MAX_LESSON_ROUTE_LENGTH, REVEALED, readLessonRoute } from './lesson-route';

describe('readLessonRoute', () => {
  it('reads the list, a lesson with its progress, and nothing else', () => {
    expect(readLessonRoute('#lessons')).toEqual({ kind: 'list' });
    expect(readLessonRoute('#lesson=holiday-weekend&s=4&picks=wednesday,,_&view=presenter')).toEqual({
      kind: 'lesson',
      id: 'holiday-weekend',
      section: 4,
      picks: ['wednesday', null, REVEALED],
      view: 'presenter',
    });
    expect(readLessonRoute('#lesson=holiday-weekend')).toMatchObject({ section: 0, picks: [], view: 'student' });
    expect(readLessonRoute('')).toEqual({ kind: 'none' });
    expect(readLessonRoute('#share=dk1.abc')).toEqual({ kind: 'none' });
    expect(readLessonRoute('#simulator')).toEqual({ kind: 'none' });
  });

  it('refuses a malformed link and names the part that is wrong', () => {
    expect(readLessonRoute('#lesson=Holiday Weekend')).toEqual({
      kind: 'error',
      message: 'This lesson link cannot be opened: “lesson” is not valid.',
    });
    expect(readLessonRoute('#lesson=x&s=-1')).toMatchObject({ kind: 'error', message: /“s” is not valid/ });
    expect(readLessonRoute('#lesson=x&s=2.5')).toMatchObject({ kind: 'error', message: /“s”/ });
    expect(readLessonRoute('#lesson=x&picks=<script>')).toMatchObject({ kind: 'error', message: /“picks”/ });
    expect(readLessonRoute('#lesson=x&view=teacher')).toMatchObject({ kind: 'error', message: /“view”/ });
    expect(readLessonRoute('#lesson=x&extra=1')).toMatchObject({ kind: 'error' });
    expect(readLessonRoute(`#lesson=x&picks=${'a,'.repeat(MAX_LESSON_ROUTE_LENGTH)}`)).toMatchObject({
      kind: 'error',
      message: /too long/,
    });
  });

  it('round-trips through lessonHash, dropping trailing unanswered checkpoints', () => {
    const route = {
      kind: 'lesson',
      id: 'request-not-command',
      section: 3,
      picks: ['local', null, REVEALED, null, null],
      view: 'presenter',
    } as const;
    const hash = lessonHash(route);
    expect(hash).toBe('#lesson=request-not-command&s=3&picks=local,,_&view=presenter');
    expect(readLessonRoute(hash)).toEqual({ ...route, picks: ['local', null, REVEALED] });
    expect(lessonHash({ kind: 'list' })).toBe('#lessons');
    expect(isLessonHash(hash) && isLessonHash('#lessons')).toBe(true);
    expect(isLessonHash('#share=dk1.x') || isLessonHash('')).toBe(false);
  });
});
