import {
  evaluateLesson,
  finishLesson,
  getMachineGraph,
  type Lesson,
  lessonScenario,
  MODEL_INFO,
  playLesson,
  type ScenarioRun,
  textOf,
} from '@detainer-kit/sdk';
import { useEffect, useMemo, useState } from 'react';
import { ChartStage } from '../components/ChartStage';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Timeline } from '../components/Timeline';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useLang, useT } from '../i18n/store';
import { takenEdgeIds } from '../model/diagram-view';
import { formatInstant } from '../model/format';
import { holdCount, offDays } from '../model/law-clock';
import { buildTimeline, timelineInputOf } from '../model/timeline-lanes';
import { Handout } from './Handout';
import { replaceHash } from './lesson-hash';
import {
  checkpointIndexes,
  choose,
  clampProgress,
  isBlocked,
  type LessonProgress,
  stepBack,
  stepForward,
} from './lesson-progress';
import { type LessonRoute, type LessonView, lessonHash, REVEALED } from './lesson-route';
import { LessonEnd, SectionView } from './SectionView';

const graph = getMachineGraph();
const transientStates = new Set(graph.nodes.filter((n) => n.type === 'transient').map((n) => n.id));
const isTransient = (id: string) => transientStates.has(id);
const noop = () => {};

type Route = Extract<LessonRoute, { kind: 'lesson' }>;

/** The edges of the last step of a run, to highlight in the chart. */
function takenOf(run: ScenarioRun): Set<string> {
  const ids = new Set<string>();
  const last = run.timeline[run.timeline.length - 1];
  if (!last) return ids;
  if (graph.edges.some((g) => g.id === last.edge)) ids.add(last.edge);
  else for (const id of takenEdgeIds(graph, last)) ids.add(id);
  return ids;
}

/**
 * One lesson, a section at a time, beside the chart and the timeline of its case. The case shown is the SDK's
 * `playLesson` at the section (never past its latest play-until), so nothing ahead of a checkpoint shows
 * before the student answers it; the chart's arrows and the timeline's entries do nothing here, and Next waits
 * for an answer. Progress lives in the address (`#lesson=…&s=…&picks=…`).
 */
export function LessonPlayer({ lesson, route }: { readonly lesson: Lesson; readonly route: Route }) {
  const t = useT();
  const lang = useLang();
  const progress = useMemo(
    () => clampProgress(lesson, { section: route.section, picks: route.picks }),
    [lesson, route.section, route.picks],
  );
  const view = route.view;
  const [skippedLink, setSkippedLink] = useState(false);
  // A link that names a later section than an unanswered checkpoint opens at that checkpoint.
  useEffect(() => {
    const clamped = lessonHash({ kind: 'lesson', id: lesson.id, view, ...progress });
    if (clamped !== lessonHash(route)) {
      if (progress.section < route.section) setSkippedLink(true);
      replaceHash(clamped);
    }
  }, [lesson.id, view, progress, route]);

  const go = (next: LessonProgress, nextView: LessonView = view) => {
    setSkippedLink(false);
    replaceHash(lessonHash({ kind: 'lesson', id: lesson.id, view: nextView, ...next }));
  };

  const { section: index } = progress;
  const section = lesson.sections[index] ?? null;
  const atEnd = index >= lesson.sections.length;
  const [applied, setApplied] = useState<number | null>(null);
  const tryItApplied = section?.kind === 'try-it' && applied === index ? section.change : undefined;
  useEffect(() => {
    if (applied !== null && applied !== index) setApplied(null);
  }, [applied, index]);

  const evaluation = useMemo(() => evaluateLesson(lesson), [lesson]);
  const tz = useMemo(() => lessonScenario(lesson).custodian.timeZone, [lesson]);
  // A try-it replays to the end, unless a checkpoint after it is still unanswered: then only to where it is.
  const openLater = checkpointIndexes(lesson).some((i, n) => i > index && (progress.picks[n] ?? null) === null);
  const run = useMemo(() => {
    if (atEnd) return finishLesson(lesson);
    if (!tryItApplied) return playLesson(lesson, index);
    return openLater ? playLesson(lesson, index, tryItApplied) : finishLesson(lesson, tryItApplied);
  }, [lesson, index, atEnd, tryItApplied, openLater]);
  const c = run.case;
  const timeline = useMemo(() => buildTimeline(timelineInputOf(c), t.lanes, lang), [c, t, lang]);
  const lawClock = useMemo(
    () => ({
      offDays: offDays(timeline.start, timeline.end, tz),
      holdCount: holdCount(c.context, Date.parse(c.now), c.outcome ? Date.parse(c.outcome.at) : null, t.weekdays),
    }),
    [timeline, tz, c, t],
  );
  const taken = useMemo(() => takenOf(run), [run]);
  // The chart's arrows send nothing in a lesson: each says so, instead of looking clickable.
  const availability = useMemo(
    () =>
      c.availableEvents().map((a) => ({
        ...a,
        allowed: false,
        why: t.lessonArrowWhy,
        citations: [],
      })),
    [c, t],
  );
  const blocked = isBlocked(lesson, progress);
  const total = lesson.sections.length;
  const checkpoints = checkpointIndexes(lesson);
  const presenter = view === 'presenter';
  const stateTitle = graph.nodes.find((n) => n.id === c.state)?.title ?? c.state;

  const controls = (
    <div className="lesson-controls" data-testid="lesson-controls">
      <button type="button" onClick={() => go(stepBack(progress))} disabled={index === 0} data-testid="lesson-back">
        {t.back}
      </button>
      <span className="lesson-count" data-testid="lesson-count">
        {atEnd ? t.endOfLesson : t.sectionOf(index + 1, total)}
      </span>
      {presenter && blocked ? (
        <button
          type="button"
          className="primary"
          onClick={() => go(choose(lesson, progress, REVEALED))}
          data-testid="lesson-reveal"
        >
          {t.revealAnswer}
        </button>
      ) : null}
      <button
        type="button"
        className={blocked ? '' : 'primary'}
        onClick={() => go(stepForward(lesson, progress))}
        // Not `disabled`: a focused button stays focused and says why it waits.
        aria-disabled={blocked || atEnd}
        aria-describedby={blocked ? 'lesson-wait' : undefined}
        data-testid="lesson-next"
      >
        {t.next}
      </button>
      {blocked ? (
        <span id="lesson-wait" className="lesson-wait" data-testid="lesson-wait">
          {presenter ? t.revealToGoOn : t.chooseToGoOn}
        </span>
      ) : null}
    </div>
  );

  return (
    <div className="lesson-app" data-view={view} data-testid="lesson-player">
      <header className="lesson-header">
        <div>
          <p className="lesson-crumb">
            <a href="#lessons" data-testid="lesson-list-link">
              {t.allLessons}
            </a>
          </p>
          <h1 data-testid="lesson-title">{lesson.title}</h1>
          <p className="disclaimer">
            <strong>{textOf('model.disclaimer', lang)}</strong> {t.lawAsOf} {MODEL_INFO.lawAsOf}.
          </p>
          <LanguageSwitch />
        </div>
        <nav className="lesson-actions" aria-label={t.lessonViews}>
          <button
            type="button"
            aria-pressed={presenter}
            onClick={() => go(progress, presenter ? 'student' : 'presenter')}
            data-testid="lesson-presenter-toggle"
          >
            {presenter ? t.studentView : t.presenterView}
          </button>
          <button type="button" onClick={() => window.print()} data-testid="lesson-print">
            {t.printHandout}
          </button>
        </nav>
      </header>
      {skippedLink ? (
        <p className="message tone-info" role="status" data-testid="lesson-message">
          {t.skippedLink}
        </p>
      ) : null}
      <main className="lesson-layout">
        <section className="lesson-text panel" aria-labelledby="lesson-section-h" data-testid="lesson-section">
          {atEnd || !section ? (
            <LessonEnd lesson={lesson} evaluation={evaluation} picks={progress.picks} timeZone={tz} run={run} />
          ) : (
            <SectionView
              key={section.id}
              lesson={lesson}
              index={index}
              section={section}
              pick={checkpoints.includes(index) ? (progress.picks[checkpoints.indexOf(index)] ?? null) : null}
              check={evaluation.checks.find((x) => x.sectionIndex === index) ?? null}
              presenter={presenter}
              timeZone={tz}
              now={c.now}
              stateTitle={stateTitle}
              tryItApplied={tryItApplied !== undefined}
              onChoose={(id) => go(choose(lesson, progress, id))}
              onTryIt={(on) => setApplied(on ? index : null)}
            />
          )}
          {presenter ? null : controls}
        </section>
        <div className="lesson-stage">
          <p className="lesson-clock" data-testid="lesson-clock">
            {tryItApplied ? (openLater ? t.withChange : t.withChangeToEnd) : atEnd ? t.playedToEnd : t.caseClock}
            <time dateTime={c.now}>{formatInstant(c.now, tz)}</time> ·{' '}
            <span lang={lang === 'en' ? undefined : 'en'}>{stateTitle}</span>
            {c.outcome ? (
              <>
                {' '}
                · <span className="badge outcome-badge">{c.outcome.code}</span>
              </>
            ) : null}
          </p>
          <ErrorBoundary label="The diagram">
            <ChartStage
              graph={graph}
              activeState={c.state}
              taken={taken}
              stepKey={index * 2 + (tryItApplied ? 1 : 0)}
              availability={availability}
              onSelectState={noop}
              onArrow={noop}
            />
          </ErrorBoundary>
          {presenter ? null : (
            <ErrorBoundary label="The timeline">
              <Timeline
                view={timeline}
                timeZone={tz}
                entries={c.timeline}
                skipped={run.skippedSteps}
                offDays={lawClock.offDays}
                holdCount={lawClock.holdCount}
                position={c.timeline.length}
                onGoTo={noop}
                isTransient={isTransient}
              />
            </ErrorBoundary>
          )}
        </div>
      </main>
      {presenter ? <div className="lesson-presenter-bar">{controls}</div> : null}
      <Handout lesson={lesson} />
    </div>
  );
}
