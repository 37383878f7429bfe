/**
 * Detainer cases on a virtual clock: {@link createCase}, {@link restoreCase} and the {@link DetainerCase}
 * they return (timeline, deadlines, explanation, forks, persistence).
 *
 * @module
 */
export { createCase, restoreCase } from './detainer-case.js';
export {
  MAX_PERSISTED_CASE_DEPTH,
  PERSISTED_CASE_FORMAT,
  PERSISTED_CASE_VERSION,
  PersistedCaseSchema,
  TimelineEntrySchema,
} from './persisted-case.js';
export { accessText, caseDutyToIssue, dutyText } from './person-duties.js';
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
  DetainerStatePath,
  PersistedCase,
  PolicyRef,
  TimelineEntry,
  TimelineEvent,
} from './types.js';
