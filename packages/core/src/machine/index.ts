export * from './actor.js';
export * from './availability.js';
export * from './context.js';
export * from './detainer-machine.js';
export * from './events.js';
export { type ClosedNoticeStatus, closeNotice, deriveNotice, noticeStatusOf } from './notice.js';
export { type OutcomeReason, outcomeOf } from './outcomes.js';
export { WELL_FORMED_GUARD } from './well-formed.js';
