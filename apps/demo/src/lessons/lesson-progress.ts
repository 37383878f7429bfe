/**
 * Where a student is in a lesson, as plain data: the section shown and one pick per checkpoint. The rule the
 * player enforces lives here: nobody moves past a checkpoint that is not answered (or, in presenter mode,
 * revealed), whether by the Next button or by a link that names a later section.
 */
import type { Lesson, PredictSection } from '@detainer-kit/sdk';
import { REVEALED } from './lesson-route';

export interface LessonProgress {
  readonly section: number;
  /** One entry per checkpoint, in order: a choice id, `_` (revealed by the teacher), or null. */
  readonly picks: readonly (string | null)[];
}

/** The section indexes of the lesson's predict checkpoints, in order. */
export function checkpointIndexes(lesson: Lesson): number[] {
  return lesson.sections.flatMap((s, i) => (s.kind === 'predict' ? [i] : []));
}

/** The checkpoint number (0, 1, …) of section `index`, or -1 when it is not a checkpoint. */
export function checkpointNumber(lesson: Lesson, index: number): number {
  return checkpointIndexes(lesson).indexOf(index);
}

/** True when section `index` is a checkpoint whose answer is still hidden. */
export function isBlocked(lesson: Lesson, progress: LessonProgress, index = progress.section): boolean {
  const n = checkpointNumber(lesson, index);
  return n >= 0 && (progress.picks[n] ?? null) === null;
}

/**
 * The progress a link may open: picks that name a real choice of their checkpoint (others are dropped), and a
 * section no later than the first checkpoint still unanswered, so a link cannot skip one.
 */
export function clampProgress(lesson: Lesson, progress: LessonProgress): LessonProgress {
  const indexes = checkpointIndexes(lesson);
  const picks = indexes.map((sectionIndex, n) => {
    const pick = progress.picks[n] ?? null;
    const section = lesson.sections[sectionIndex] as PredictSection;
    return pick === REVEALED || section.choices.some((c) => c.id === pick) ? pick : null;
  });
  let section = Math.max(0, Math.min(progress.section, lesson.sections.length));
  const firstOpen = indexes.find((_, n) => picks[n] === null);
  if (firstOpen !== undefined && section > firstOpen) section = firstOpen;
  return { section, picks };
}

/**
 * The next section, or the same one while its checkpoint is unanswered. `sections.length` is the end of the
 * lesson (its summary).
 */
export function stepForward(lesson: Lesson, progress: LessonProgress): LessonProgress {
  if (isBlocked(lesson, progress) || progress.section >= lesson.sections.length) return progress;
  return { ...progress, section: progress.section + 1 };
}

export function stepBack(progress: LessonProgress): LessonProgress {
  return progress.section === 0 ? progress : { ...progress, section: progress.section - 1 };
}

/**
 * Records a choice (or, with {@link REVEALED}, a teacher's reveal) at the checkpoint shown. A checkpoint already
 * answered keeps its first answer: the reveal has been seen, so a second choice would not be a prediction.
 */
export function choose(lesson: Lesson, progress: LessonProgress, pick: string): LessonProgress {
  const n = checkpointNumber(lesson, progress.section);
  if (n < 0 || (progress.picks[n] ?? null) !== null) return progress;
  const section = lesson.sections[progress.section] as PredictSection;
  if (pick !== REVEALED && !section.choices.some((c) => c.id === pick)) return progress;
  const picks = checkpointIndexes(lesson).map((_, i) => (i === n ? pick : (progress.picks[i] ?? null)));
  return { ...progress, picks };
}
