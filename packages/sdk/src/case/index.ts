/**
 * Detainer cases on a virtual clock: {@link createCase}, {@link restoreCase} and the {@link DetainerCase}
 * they return (timeline, deadlines, explanation, forks, persistence).
 *
 * @module
 */
export { createCase, restoreCase } from './detainer-case.js';
export {
  PERSISTED_CASE_FORMAT,
  PERSISTED_CASE_VERSION,
  PersistedCaseSchema,
  TimelineEntrySchema,
} from './persisted-case.js';
export type {
  CaseCheck,
  CaseDeadline,
  CaseDuration,
  CaseExplanation,
  CaseInspector,
  CaseOptions,
  CaseRestoreOptions,
  CaseSentence,
  DetainerCase,
  PersistedCase,
  PolicyRef,
  TimelineEntry,
  TimelineEvent,
} from './types.js';
