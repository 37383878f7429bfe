import { DetainerKitError } from '@detainer-kit/core';
import aDetainerFollowsThePerson from '../../lessons/a-detainer-follows-the-person.json' with { type: 'json' };
import advanceNoticeAndPsp from '../../lessons/advance-notice-and-psp.json' with { type: 'json' };
import formsThroughTheEras from '../../lessons/forms-through-the-eras.json' with { type: 'json' };
import holidayWeekend from '../../lessons/holiday-weekend.json' with { type: 'json' };
import northCarolina20242025 from '../../lessons/north-carolina-2024-2025.json' with { type: 'json' };
import requestNotCommand from '../../lessons/request-not-command.json' with { type: 'json' };
import stateLawOverLocalPolicy from '../../lessons/state-law-over-local-policy.json' with { type: 'json' };
import the48HourHold from '../../lessons/the-48-hour-hold.json' with { type: 'json' };
import weekdayOrCalendar from '../../lessons/weekday-or-calendar.json' with { type: 'json' };
import { parseLesson } from './parse.js';
import type { Lesson } from './schema.js';

/** The lesson files, in teaching order. */
const FILES: readonly unknown[] = [
  the48HourHold,
  weekdayOrCalendar,
  holidayWeekend,
  advanceNoticeAndPsp,
  requestNotCommand,
  stateLawOverLocalPolicy,
  formsThroughTheEras,
  aDetainerFollowsThePerson,
  northCarolina20242025,
];

function buildLibrary(): readonly Lesson[] {
  return Object.freeze(FILES.map((file) => parseLesson(file)));
}

/**
 * The lesson library: the files in `lessons/`, parsed, in teaching order. Every answer in them is checked
 * against the model by the test suite (`evaluateLesson`).
 *
 * @example
 * LESSON_LIBRARY.map((l) => l.id) // ['the-48-hour-hold', 'weekday-or-calendar', …]
 */
export const LESSON_LIBRARY: readonly Lesson[] = /* @__PURE__ */ buildLibrary();

/** The ids of the lessons in {@link LESSON_LIBRARY}. */
export function listLessonIds(): string[] {
  return LESSON_LIBRARY.map((l) => l.id);
}

/** The library lesson with that id, or a `DetainerKitError` (`invalid-lesson`) naming the ids there are. */
export function getLesson(id: string): Lesson {
  const found = LESSON_LIBRARY.find((l) => l.id === id);
  if (found) return found;
  const known = listLessonIds().join(', ');
  throw new DetainerKitError({
    code: 'invalid-lesson',
    message: `No lesson "${id}" in the library: use one of ${known}`,
    issues: [{ field: 'id', code: 'invalid_value', message: `use one of ${known}` }],
  });
}
