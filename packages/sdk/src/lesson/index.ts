/**
 * Lessons as data: a scenario, then narrative, play-until, predict and try-it sections, each answer checked
 * against the model ({@link evaluateLesson}).
 *
 * @module
 */
export {
  applyLessonChange,
  evaluateLesson,
  finishLesson,
  isMeasureOpen,
  type LessonCheck,
  type LessonEvaluation,
  lessonMeasure,
  lessonScenario,
  playLesson,
  playUntilAt,
} from './evaluate.js';
export { LESSON_SCHEMA_URL, lessonJsonSchema } from './json-schema.js';
export { getLesson, LESSON_LIBRARY, listLessonIds } from './library.js';
export { getLessonIn, LESSON_LIBRARY_ES } from './library-es.js';
export { isLesson, parseLesson } from './parse.js';
export {
  DecidingLayerSchema,
  LESSON_FORMAT,
  LESSON_MEASURE_VALUES,
  LESSON_MEASURES,
  LESSON_VERSION,
  type Lesson,
  type LessonChange,
  LessonChangeSchema,
  LessonExplanationSchema,
  type LessonInput,
  type LessonMeasure,
  type LessonMeasureValue,
  type LessonObserve,
  LessonObserveSchema,
  LessonParagraphSchema,
  LessonScenarioSchema,
  LessonSchema,
  type LessonSection,
  LessonSectionSchema,
  MAX_LESSON_SECTIONS,
  MAX_LESSON_TEXT,
  type NarrativeSection,
  NarrativeSectionSchema,
  type PlayUntilSection,
  PlayUntilSectionSchema,
  type PredictSection,
  PredictSectionSchema,
  type TryItSection,
  TryItSectionSchema,
} from './schema.js';
