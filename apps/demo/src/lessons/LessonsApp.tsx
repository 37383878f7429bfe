import { LESSON_LIBRARY, MODEL_INFO } from '@detainer-kit/sdk';
import { useMemo, useSyncExternalStore } from 'react';
import { LessonPlayer } from './LessonPlayer';
import { currentHash, subscribeHash } from './lesson-hash';
import { readLessonRoute } from './lesson-route';
import './lessons.css';

const questionCount = (n: number) => `${n} question${n === 1 ? '' : 's'}`;

/** The lesson list: every library lesson, in teaching order. */
function LessonList({ message }: { readonly message: string | null }) {
  return (
    <div className="lesson-app" data-view="list">
      <header className="lesson-header">
        <div>
          <h1>Lessons</h1>
          <p className="disclaimer">
            <strong>{MODEL_INFO.disclaimer}</strong> Law as of {MODEL_INFO.lawAsOf}.
          </p>
        </div>
        <nav className="lesson-actions" aria-label="Lesson pages">
          <a className="button-link" href="#simulator" data-testid="back-to-simulator">
            Back to the simulator
          </a>
        </nav>
      </header>
      {message ? (
        <p className="message tone-error" role="alert" data-testid="lesson-message">
          {message}
        </p>
      ) : null}
      <main className="lesson-list">
        <p className="lesson-list-intro">
          Each lesson follows one case, a section at a time. At each question the case pauses: make a prediction, then
          see what the model does and why, with its sources.
        </p>
        <ol data-testid="lesson-list">
          {LESSON_LIBRARY.map((lesson) => (
            <li key={lesson.id} className="panel">
              <h2>
                <a href={`#lesson=${lesson.id}&s=0`} data-testid={`open-lesson-${lesson.id}`}>
                  {lesson.title}
                </a>
              </h2>
              <p>{lesson.summary}</p>
              <p className="lesson-meta">
                {questionCount(lesson.sections.filter((s) => s.kind === 'predict').length)} ·{' '}
                <a href={`#lesson=${lesson.id}&s=0&view=presenter`}>presenter view</a>
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
  if (route.kind === 'lesson') {
    const lesson = LESSON_LIBRARY.find((l) => l.id === route.id);
    if (lesson) return <LessonPlayer key={lesson.id} lesson={lesson} route={route} />;
    return <LessonList message={`There is no lesson “${route.id}”. Choose one below.`} />;
  }
  return <LessonList message={route.kind === 'error' ? route.message : null} />;
}
