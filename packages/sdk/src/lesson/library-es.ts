import { DetainerKitError, type Language, LanguageSchema } from '@detainer-kit/core';
import aDetainerFollowsThePerson from '../../lessons/es/a-detainer-follows-the-person.json' with { type: 'json' };
import advanceNoticeAndPsp from '../../lessons/es/advance-notice-and-psp.json' with { type: 'json' };
import formsThroughTheEras from '../../lessons/es/forms-through-the-eras.json' with { type: 'json' };
import holidayWeekend from '../../lessons/es/holiday-weekend.json' with { type: 'json' };
import northCarolina20242025 from '../../lessons/es/north-carolina-2024-2025.json' with { type: 'json' };
import requestNotCommand from '../../lessons/es/request-not-command.json' with { type: 'json' };
import stateLawOverLocalPolicy from '../../lessons/es/state-law-over-local-policy.json' with { type: 'json' };
import the48HourHold from '../../lessons/es/the-48-hour-hold.json' with { type: 'json' };
import weekdayOrCalendar from '../../lessons/es/weekday-or-calendar.json' with { type: 'json' };
import { getLesson } from './library.js';
import { parseLesson } from './parse.js';
import type { Lesson } from './schema.js';

/** The Spanish lesson files (`lessons/es/`), in the teaching order of their English sources. */
const FILES_ES: readonly unknown[] = [
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
  return Object.freeze(FILES_ES.map((file) => parseLesson(file)));
}

/**
 * The Spanish translations of the library lessons (`lessons/es/<id>.json`, each with `lang: "es"` and
 * `translationOf: "<id>"`): the same sections, answers and scenario as the English lesson, checked by the test
 * suite, and checked against the model like every lesson (`evaluateLesson`).
 */
export const LESSON_LIBRARY_ES: readonly Lesson[] = /* @__PURE__ */ buildLibrary();

/**
 * The library lesson with that id in `lang` (`en` or `es`): the translation when there is one, else the English
 * lesson (its `lang` says which it is). A `DetainerKitError` (`invalid-lesson`) for an id the library lacks or a
 * language other than `en` or `es`.
 */
export function getLessonIn(id: string, lang: Language): Lesson {
  const parsed = LanguageSchema.safeParse(lang);
  if (!parsed.success) {
    throw new DetainerKitError({
      code: 'invalid-lesson',
      message: `No lessons in ${JSON.stringify(lang)}: use "en" or "es"`,
      issues: [{ field: 'lang', code: 'invalid_value', message: 'use "en" or "es"' }],
    });
  }
  const source = getLesson(id);
  if (parsed.data === 'en') return source;
  return LESSON_LIBRARY_ES.find((l) => l.translationOf === id) ?? source;
}
