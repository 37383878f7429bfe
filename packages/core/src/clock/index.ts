/**
 * The legal clocks: the hold limit and its counting rules [cfr-287.7-d], [i247a-form], advance notice
 * [i247a-form], US federal holidays and local time in the custodian's time zone (DOMAIN.md §3).
 *
 * @module
 */
export * from './counting-rule.js';
export {
  FEDERAL_HOLIDAY_YEARS,
  type FederalHoliday,
  federalHolidays,
  isFederalHoliday,
} from './federal-holidays.js';
export { computeHoldDeadline, countedHoldHours, HOLD_LIMIT_HOURS, holdHoursElapsed } from './hold-clock.js';
export { applyHoldLimit, type HoldLimitRecord } from './hold-limit.js';
export { formatLocal, type LocalTimeStyle } from './local-time-format.js';
export {
  classifyNotice,
  classifySentNotice,
  computeEligibilityNoticeDue,
  computeNoticeDue,
  ELIGIBILITY_NOTICE_HOURS,
  isFullNoticePossible,
  NOTICE_LEAD_HOURS,
  type NoticeTiming,
  noticeLeadMinutes,
} from './notice-clock.js';
export {
  canonicalTimeZone,
  localDateKey,
  startOfLocalDay,
  startOfNextLocalDay,
  TimeZoneSchema,
  type ZonedDateTime,
  type ZonedParts,
  zonedParts,
  zonedTimeToInstant,
} from './time-zone.js';
