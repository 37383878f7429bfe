import './zod-jitless';
import { getMachineGraph, SCENARIO_LIBRARY } from '@detainer-kit/sdk';
import { lazy, StrictMode, Suspense, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { currentMessages, startLang, useT } from './i18n/store';
import { currentHash, isLessonHash, subscribeHash } from './lessons/lesson-hash';
import { isolate } from './model/bidi';
import { type CompareColumn, readCompareHash } from './model/compare-view';
import { Session } from './model/session';
import { describeError, readShareHash } from './model/share-state';
import './styles.css';

const transient = new Set(
  getMachineGraph()
    .nodes.filter((n) => n.type === 'transient')
    .map((n) => n.id),
);
const isTransient = (id: string) => transient.has(id);

/** Opens the share link in the address bar, if any (a bad one leaves a message and the first scenario). */
function startSession(): Session {
  const first = SCENARIO_LIBRARY[0];
  if (!first) throw new Error('The scenario library is empty.');
  const read = readShareHash(location.hash);
  if (read.kind === 'ok') {
    try {
      const session = new Session(read.scenario, read.position, isTransient);
      session.notify('info', currentMessages().openedShareLink(isolate(read.scenario.title)));
      return session;
    } catch (error) {
      const session = new Session(first, 0, isTransient);
      session.notify('error', currentMessages().shareLinkCannotOpen(describeError(error, 'share link')));
      return session;
    }
  }
  const session = new Session(first, 0, isTransient);
  if (read.kind === 'error') {
    history.replaceState(null, '', location.pathname + location.search);
    session.notify('error', read.message);
  }
  return session;
}

// The lessons load on first use: they are not needed to start the simulator.
const LessonsApp = lazy(() => import('./lessons/LessonsApp'));

/** The simulator, or the lessons when the address names them (`#lessons`, `#lesson=…`). */
function Root({ session, initialCompare }: { session: Session; initialCompare: readonly CompareColumn[] | null }) {
  const lessons = useSyncExternalStore(subscribeHash, () => isLessonHash(currentHash()));
  const t = useT();
  if (!lessons) return <App session={session} initialCompare={initialCompare} />;
  return (
    <ErrorBoundary label="The lessons">
      <Suspense fallback={<p className="panel">{t.loadingLessons}</p>}>
        <LessonsApp />
      </Suspense>
    </ErrorBoundary>
  );
}

/** If the app cannot start at all, say so in plain text (never a blank page). */
function renderStartupError(root: HTMLElement, error: unknown): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.className = 'startup-error';
  const h = document.createElement('h1');
  const t = currentMessages();
  h.textContent = t.couldNotStart;
  const p = document.createElement('p');
  p.textContent = `${error instanceof Error ? error.message.slice(0, 300) : t.unknownError} ${t.reloadHint}`;
  box.append(h, p);
  root.replaceChildren(box);
}

/** The comparison a share link that opened carries; a bad one is refused with a message, the rest opens. */
function startCompare(session: Session): readonly CompareColumn[] | null {
  if (readShareHash(location.hash).kind !== 'ok') return null;
  const read = readCompareHash(location.hash);
  if (read.kind === 'error') session.notify('error', read.message);
  return read.kind === 'ok' ? read.columns : null;
}

const root = document.getElementById('root');
if (root) {
  try {
    void startLang();
    const session = startSession();
    const initialCompare = startCompare(session);
    window.addEventListener('hashchange', () => {
      const read = readShareHash(location.hash);
      if (read.kind === 'ok')
        session.loadScenario(
          read.scenario,
          read.position,
          currentMessages().openedShareLink(isolate(read.scenario.title)),
        );
      else if (read.kind === 'error') session.notify('error', read.message);
    });
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary label="The simulator">
          <Root session={session} initialCompare={initialCompare} />
        </ErrorBoundary>
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    renderStartupError(root, error);
  }
}
