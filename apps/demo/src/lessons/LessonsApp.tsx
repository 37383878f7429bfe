import { getLessonIn, LESSON_LIBRARY, LESSON_LIBRARY_ES, MODEL_INFO, textOf } from '@detainer-kit/sdk';
import { useMemo, useSyncExternalStore } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useLang, useT } from '../i18n/store';
import { LessonPlayer } from './LessonPlayer';
import { currentHash, subscribeHash } from './lesson-hash';
import { readLessonRoute } from './lesson-route';
import './lessons.css';

/** The lesson list: every library lesson, in teaching order. */
function LessonList({ message }: { readonly message: string | null }) {
  const t = useT();
  const lang = useLang();
  const library = lang === 'es' ? LESSON_LIBRARY_ES : LESSON_LIBRARY;
  return (
    <div className="lesson-app" data-view="list">
      <header className="lesson-header">
        <div>
          <h1>{t.lessonsTitle}</h1>
          <p className="disclaimer">
            <strong>{textOf('model.disclaimer', lang)}</strong> {t.lawAsOf} {MODEL_INFO.lawAsOf}.
          </p>
          <LanguageSwitch />
        </div>
        <nav className="lesson-actions" aria-label={t.lessonPages}>
          <a className="button-link" href="#simulator" data-testid="back-to-simulator">
            {t.backToSimulator}
          </a>
        </nav>
      </header>
      {message ? (
        <p className="message tone-error" role="alert" data-testid="lesson-message">
          {message}
        </p>
      ) : null}
      <main className="lesson-list">
        <p className="lesson-list-intro">{t.lessonListIntro}</p>
        <ol data-testid="lesson-list">
          {library.map((lesson) => (
            <li key={lesson.id} className="panel">
              <h2>
                <a href={`#lesson=${lesson.id}&s=0`} data-testid={`open-lesson-${lesson.id}`}>
                  {lesson.title}
                </a>
              </h2>
              <p>{lesson.summary}</p>
              <p className="lesson-meta">
                {t.questionCount(lesson.sections.filter((s) => s.kind === 'predict').length)} ·{' '}
                <a href={`#lesson=${lesson.id}&s=0&view=presenter`}>{t.presenterViewLink}</a>
              </p>
            </li>
          ))}
        </ol>
      </main>
    </div>
  );
}

/** The lessons part of the demo (loaded on first use): the list, or one lesson, as the address says. */
export default function LessonsApp() {
  const hash = useSyncExternalStore(subscribeHash, currentHash);
  const route = useMemo(() => readLessonRoute(hash), [hash]);
  const lang = useLang();
  const t = useT();
  if (route.kind === 'lesson') {
    // The lesson in the reader's language: its translation when there is one (same sections and answers, so the
    // progress in the address stays valid across a switch).
    const lesson = LESSON_LIBRARY.some((l) => l.id === route.id) ? getLessonIn(route.id, lang) : undefined;
    if (lesson) return <LessonPlayer key={`${lesson.id}:${lang}`} lesson={lesson} route={route} />;
    return <LessonList message={t.noSuchLesson(route.id)} />;
  }
  return <LessonList message={route.kind === 'error' ? route.message : null} />;
}
