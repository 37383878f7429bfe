import { type DetainerEventType, encodeShareLink, getMachineGraph, SCENARIO_LIBRARY, textOf } from '@detainer-kit/sdk';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { ChartStage } from './components/ChartStage';
import { DiagramText } from './components/DiagramText';
import { ErrorBoundary } from './components/ErrorBoundary';
import { EventPanel } from './components/EventPanel';
import { Explanation } from './components/Explanation';
import { LawPanel } from './components/LawPanel';
import { setPanelOpen } from './components/Panel';
import { PolicyPanel } from './components/PolicyPanel';
import { ScenarioPanel } from './components/ScenarioPanel';
import { DEFAULT_SPEED, SPEEDS, TimeControls } from './components/TimeControls';
import { Timeline } from './components/Timeline';
import { WhatIfSummary } from './components/WhatIfSummary';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { useLang, useT } from './i18n/store';
import { isolate } from './model/bidi';
import { type CompareColumn, compareHashPart, DEFAULT_COMPARE, readCompareHash } from './model/compare-view';
import { currentNode, takenEdgeIds } from './model/diagram-view';
import { EVENTS_WITH_FORM } from './model/event-forms';
import { expectationValue, expectationView } from './model/expectations';
import { holdCount, offDays } from './model/law-clock';
import {
  appliedPolicy,
  isDefaultLaw,
  jurisdictionName,
  type LawChoice,
  lawChoiceOf,
  lawHashPart,
  lawSpecOf,
  readLawHash,
  resolveChoice,
  sameLaw,
  shownDate,
} from './model/law-view';
import { machineGraphIn } from './model/machine-text';
import type { Session } from './model/session';
import { describeError, readScenarioFile, readShareHash, shareHash } from './model/share-state';
import { CLOCK_EVENT } from './model/teaching-view';
import { buildTimeline, timelineInputOf } from './model/timeline-lanes';
import { usePopulationMode } from './population/PopulationMode';

// Compare mode loads on first use: it is not needed to start.
const CompareView = lazy(() => import('./components/CompareView'));

const graph = getMachineGraph();
const transientStates = new Set(graph.nodes.filter((n) => n.type === 'transient').map((n) => n.id));
const isTransient = (id: string) => transientStates.has(id);

declare global {
  interface Window {
    __detainerDemoBench?: {
      step: () => Promise<number | null>;
      send: (event: Record<string, unknown>) => Promise<number | null>;
      now: () => string;
      reset: () => void;
    };
  }
}

/** A share link in the address bar no longer describes the page once another scenario is loaded. */
function clearShareHash(): void {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

export function App({
  session,
  initialCompare = null,
}: {
  readonly session: Session;
  /** The comparison a share link opened with, or null for none. */
  readonly initialCompare?: readonly CompareColumn[] | null;
}) {
  const view = useSyncExternalStore(session.subscribe, session.getView);
  const t = useT();
  const lang = useLang();
  useEffect(() => session.setMessages(t), [session, t]);
  const [compare, setCompare] = useState<readonly CompareColumn[] | null>(initialCompare);
  const compareButton = useRef<HTMLButtonElement>(null);
  const { current, head, base, policy } = view;
  const tz = base.custodian.timeZone;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<number>(DEFAULT_SPEED);
  const [selected, setSelected] = useState<string | null>(null);
  const [shareText, setShareText] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  // The law the case runs under (issue 12) is part of its facts, the scenario's `law`: the SDK decides each step
  // under the layers in force on its own date (or on the as-of date, if set), as `createCase({ jurisdiction })`.
  const law = useMemo(() => lawChoiceOf(base.law), [base.law]);
  const setLaw = useCallback(
    (next: LawChoice) => {
      const facts = session.getView().base.law;
      if (!sameLaw(next, lawChoiceOf(facts))) session.replay({ law: lawSpecOf(next, facts) ?? null });
    },
    [session],
  );
  // A link's law part (`&law=…`) applies when it differs from the law in its scenario; a bad one is refused,
  // naming the field, and the law in force stays.
  useEffect(() => {
    const read = readLawHash(location.hash);
    if (read.kind === 'ok') setLaw(read.law);
    else if (read.kind === 'error') session.notify('error', read.message);
  }, [session, setLaw]);
  // The panels show the law in force on one date: the as-of date, or the date of the moment shown.
  const lawDate = shownDate(law, current.now, tz);
  // The user's local policy is the branch's; the policy in force on that date is shown, the case decides itself.
  const local = policy;
  const resolved = useMemo(() => resolveChoice(law, lawDate, local, base.law?.layers), [law, lawDate, local, base.law]);
  const applied = useMemo(() => appliedPolicy(local, resolved), [local, resolved]);
  const population = usePopulationMode(applied);
  const openLaw = useCallback(() => {
    setPanelOpen('law', true);
    requestAnimationFrame(() => {
      const heading = document.getElementById('law-h');
      heading?.scrollIntoView({ block: 'start' });
      heading?.querySelector('button')?.focus();
    });
  }, []);
  // Teaching view: an arrow's event, sent the way its event button would (a form opens when it needs one).
  const [formRequest, setFormRequest] = useState<{ type: DetainerEventType; n: number } | null>(null);
  const onArrow = useCallback(
    (event: string) => {
      if (event === CLOCK_EVENT) session.jumpToNextDeadline();
      else if (EVENTS_WITH_FORM.has(event as DetainerEventType))
        setFormRequest((r) => ({ type: event as DetainerEventType, n: (r?.n ?? 0) + 1 }));
      else session.send({ type: event, at: session.getView().current.now });
    },
    [session],
  );
  const benchResolve = useRef<((ms: number) => void) | null>(null);

  const last = view.position > 0 ? (head.timeline[view.position - 1] ?? null) : null;
  const taken = useMemo(() => {
    const ids = new Set<string>();
    for (const e of view.lastEntries.length > 0 ? view.lastEntries : last ? [last] : []) {
      if (e.edge && graph.edges.some((g) => g.id === e.edge)) ids.add(e.edge);
      else for (const id of takenEdgeIds(graph, e)) ids.add(id);
    }
    return ids;
  }, [view.lastEntries, last]);
  const timeline = useMemo(
    () => buildTimeline(timelineInputOf(view.current), t.lanes, lang),
    // The case is mutable: the session's view object changes whenever it does.
    [view, t, lang],
  );
  const lawClock = useMemo(
    () => ({
      offDays: offDays(timeline.start, timeline.end, tz),
      holdCount: holdCount(
        view.current.context,
        Date.parse(view.current.now),
        view.current.outcome ? Date.parse(view.current.outcome.at) : null,
        t.weekdays,
      ),
    }),
    [timeline, tz, view, t],
  );
  const availability = useMemo(() => view.current.availableEvents(), [view]);
  const node = currentNode(graph, selected ?? current.state);
  const steps = useMemo(() => (view ? session.stepPositions() : []), [session, view]);
  const ownLine = useMemo(() => (view ? session.isOwnLine() : false), [session, view]);
  const skipped = useMemo(() => (view ? session.skipped() : []), [session, view]);
  const expectations = useMemo(
    () =>
      expectationView({
        ownLine,
        finished: view.atHead && view.current.status === 'done',
        lineFinished: view.head.status === 'done',
        scenario: view.expectations,
        line: () => session.lineExpectations(),
        timeZone: tz,
      }),
    [session, view, ownLine, tz],
  );
  const originPolicyChanged = JSON.stringify(policy) !== JSON.stringify(view.originPolicy);
  const onMain = view.branchId === view.mainBranchId;
  // The menu names a library scenario only when the one loaded is that scenario, not a file or link reusing its id.
  const fromLibrary = useMemo(() => {
    const json = JSON.stringify(view.origin);
    return SCENARIO_LIBRARY.find((s) => s.id === view.origin.id && JSON.stringify(s) === json) ?? null;
  }, [view.origin]);
  const activeBranch = view.branches.find((b) => b.id === view.branchId);

  // Bench: the step is done when the diagram and the timeline of the new state are in the DOM.
  useLayoutEffect(() => {
    if (benchResolve.current) {
      performance.mark('detainer-step-end');
      const m = performance.measure('detainer-step', 'detainer-step-start', 'detainer-step-end');
      benchResolve.current(m.duration);
      benchResolve.current = null;
    }
  });
  useEffect(() => {
    window.__detainerDemoBench = {
      reset: () => session.goTo(0),
      step: () =>
        new Promise((resolve) => {
          const v = session.getView();
          if (v.position >= v.head.timeline.length) {
            resolve(null);
            return;
          }
          benchResolve.current = resolve;
          performance.mark('detainer-step-start');
          session.stepForward();
        }),
      now: () => session.getView().current.now,
      // The same path as an event button: the session sends to the case, React commits diagram and timeline.
      send: (event) =>
        new Promise((resolve) => {
          benchResolve.current = resolve;
          performance.mark('detainer-step-start');
          if (!session.send(event)) {
            benchResolve.current = null;
            resolve(null);
          }
        }),
    };
    return () => {
      delete window.__detainerDemoBench;
    };
  }, [session]);

  // Play: the virtual clock runs at the chosen speed through the story (its steps applied at their instants,
  // deadlines firing between them); it stops at the outcome, or at the end of the scenario's own line.
  useEffect(() => {
    if (!playing) return;
    let lastTick = performance.now();
    const timer = window.setInterval(() => {
      const t = performance.now();
      const dt = t - lastTick;
      lastTick = t;
      const v = session.getView();
      if (v.current.status !== 'active' || (v.atHead && session.isOwnLine())) {
        setPlaying(false);
        return;
      }
      session.advanceBy(Math.round((dt / 1000) * (SPEEDS[speed]?.msPerSecond ?? 3_600_000)));
    }, 100);
    return () => window.clearInterval(timer);
  }, [playing, speed, session]);

  const share = useCallback(async () => {
    try {
      const scenario = session.toScenario();
      const token = encodeShareLink({ scenario, position: session.getView().position });
      // The law only when it is not the default, so a link under the default law reads as it always did.
      const lawPart = isDefaultLaw(law) ? '' : `&${lawHashPart(law)}`;
      const hash = `${shareHash(token)}${compare ? `&${compareHashPart(compare)}` : ''}${lawPart}`;
      const url = `${location.href.split('#')[0]}${hash}`;
      history.replaceState(null, '', hash);
      setShareText(url);
      try {
        await navigator.clipboard.writeText(url);
        session.notify('info', t.shareLinkCopied(compare !== null));
      } catch {
        session.notify('info', t.shareLinkByHand);
      }
    } catch (error) {
      session.notify('error', t.noShareLink(describeError(error, 'share link')));
    }
  }, [session, compare, law, t]);

  // A share link opened later (hash changed by hand) brings its comparison, or says why it cannot.
  useEffect(() => {
    const onHash = () => {
      // The law of a link applies (after its scenario loads); a bad one is refused, naming the field, and the law
      // in force stays. A link without a law part keeps the law of its scenario.
      const lawRead = readLawHash(location.hash);
      if (lawRead.kind === 'ok') queueMicrotask(() => setLaw(lawRead.law));
      else if (lawRead.kind === 'error') session.notify('error', lawRead.message);
      if (readShareHash(location.hash).kind !== 'ok') return;
      const read = readCompareHash(location.hash);
      if (read.kind === 'ok') setCompare(read.columns);
      else if (read.kind === 'error') session.notify('error', read.message);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [session, setLaw]);
  // The facts compared: the active branch as a scenario, run to its end under each policy.
  const compareScenarioFacts = useMemo(() => (compare && view ? session.toScenario() : null), [compare, session, view]);
  const closeCompare = useCallback(() => {
    setCompare(null);
    // Focus returns to the button that opened the mode (no focus lost on the page's body).
    requestAnimationFrame(() => compareButton.current?.focus());
  }, []);

  const exportFile = () => {
    try {
      const scenario = session.toScenario();
      const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${scenario.id}.scenario.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    } catch (error) {
      session.notify('error', t.exportFailed(describeError(error, 'scenario')));
    }
  };

  const importFile = async (file: File) => {
    const text = file.size > 1_000_000 ? '' : await file.text();
    const result = readScenarioFile(text, file.size, file.name);
    if (result.ok) {
      clearShareHash();
      session.loadScenario(
        result.scenario,
        0,
        t.loadedFrom(isolate(result.scenario.title), isolate(file.name.slice(0, 80))),
      );
    } else {
      session.notify('error', result.message);
    }
  };

  const msg = view.message;
  const subject = base.subject
    ? { offenses: base.subject.offenses ?? [], proofOfStatus: base.subject.proofOfStatus ?? 'none' }
    : undefined;

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t.skipToSimulator}
      </a>
      <a className="skip-link" href="#time-controls">
        {t.skipToControls}
      </a>
      <header className="app-header">
        <div className="title-block">
          <h1 data-testid="app-title">{t.appTitle}</h1>
          <p className="disclaimer" data-testid="disclaimer">
            <strong>{textOf('model.disclaimer', lang)}</strong> {t.law.applied}{' '}
            <span data-testid="law-applied">
              <bdi>{jurisdictionName(law.jurisdiction)}</bdi>,{' '}
              {law.asOf === null ? (
                t.law.atEachDecision
              ) : (
                <>
                  {t.law.asOfWord} <time dateTime={law.asOf}>{law.asOf}</time>
                </>
              )}
            </span>{' '}
            <button type="button" className="link" onClick={openLaw} data-testid="open-law-layers">
              {t.law.openLayers}
            </button>
          </p>
        </div>
        <div className="scenario-bar">
          <label>
            {t.scenario}
            <select
              value={fromLibrary ? fromLibrary.id : ''}
              onChange={(e) => {
                const s = SCENARIO_LIBRARY.find((x) => x.id === e.target.value);
                if (s) {
                  setPlaying(false);
                  setSelected(null);
                  clearShareHash();
                  session.loadScenario(s);
                }
              }}
              data-testid="scenario-select"
            >
              {!fromLibrary ? <option value="">{isolate(view.origin.title)}</option> : null}
              {SCENARIO_LIBRARY.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => fileRef.current?.click()}>
            {t.importFile}
          </button>
          <input
            ref={fileRef}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t.importFileLabel}
            data-testid="import-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void importFile(f);
            }}
          />
          <button type="button" onClick={exportFile}>
            {t.exportFile}
          </button>
          <button type="button" onClick={() => void share()} data-testid="share">
            {t.copyShareLink}
          </button>
          <button
            type="button"
            onClick={() => {
              location.hash = 'lessons';
            }}
            data-testid="open-lessons"
          >
            {t.lessons}
          </button>
          <button
            ref={compareButton}
            type="button"
            aria-pressed={compare !== null}
            onClick={() => (compare ? closeCompare() : setCompare(DEFAULT_COMPARE))}
            data-testid="compare-toggle"
          >
            {t.comparePolicies}
          </button>
          {population.toggle}
          <LanguageSwitch />
        </div>
      </header>
      {msg ? (
        <div
          className={`message tone-${msg.tone}`}
          role={msg.tone === 'error' ? 'alert' : 'status'}
          data-testid="message"
        >
          <span>{msg.text}</span>
          <button type="button" className="link" onClick={() => session.dismissMessage()} aria-label={t.dismissMessage}>
            ✕
          </button>
        </div>
      ) : null}
      {shareText ? (
        <div className="share-out">
          <label>
            {t.shareLink}
            <input readOnly value={shareText} onFocus={(e) => e.target.select()} data-testid="share-link" />
          </label>
          <button type="button" className="link" onClick={() => setShareText(null)}>
            {t.close}
          </button>
        </div>
      ) : null}
      {compare && compareScenarioFacts ? (
        <div className="compare-wrap">
          <ErrorBoundary label="The comparison">
            <Suspense fallback={<p className="panel">{t.loadingComparison}</p>}>
              <CompareView
                scenario={compareScenarioFacts}
                policy={policy}
                columns={compare}
                onColumns={setCompare}
                onShare={() => void share()}
                onClose={closeCompare}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      ) : null}
      {population.panel}
      {/* The stage (step controls, chart, timeline) comes first in the page's order, so the keyboard and a phone
          reach it first; beside it, the panels, each of which opens and closes (components/Panel.tsx). */}
      <main id="main" className="layout">
        <div className="stage" data-testid="stage">
          <TimeControls
            now={current.now}
            timeZone={tz}
            status={current.status}
            playing={playing}
            speed={speed}
            nextDeadline={current.nextDeadline()}
            position={view.position}
            length={head.timeline.length}
            step={Math.max(0, steps.indexOf(view.position))}
            stepCount={Math.max(0, steps.length - 1)}
            branches={view.branches}
            branchId={view.branchId}
            onPlay={() => setPlaying((p) => !p)}
            onSpeed={setSpeed}
            onJump={() => session.jumpToNextDeadline()}
            onAdvance={(ms) => session.advanceBy(ms)}
            onStepBack={() => session.stepBack()}
            onStepForward={() => session.stepForward()}
            onRunToEnd={() => session.goTo(head.timeline.length)}
            onBranch={(id) => session.selectBranch(id)}
          >
            <div className="case-summary" aria-live="polite" data-testid="case-summary">
              {ownLine ? (
                <strong>
                  <bdi>{base.title}</bdi>
                </strong>
              ) : (
                <span data-testid="line-title">
                  {onMain ? t.factsFrom : t.branchOf(activeBranch?.label ?? null)} “
                  <strong>
                    <bdi>{base.title}</bdi>
                  </strong>
                  ”{originPolicyChanged ? t.underChangedPolicy : ''}
                  {onMain && activeBranch?.story !== view.origin ? t.withChangedFacts : ''}
                </span>
              )}{' '}
              · <bdi>{base.custodian.name}</bdi> ({tz}) ·{' '}
              <span data-testid="current-state">
                {machineGraphIn(lang).nodes.find((n) => n.id === current.state)?.title ?? current.state}
              </span>
              {current.outcome ? (
                <>
                  {' '}
                  ·{' '}
                  <span className="badge outcome-badge" data-testid="outcome">
                    {current.outcome.code}
                  </span>
                </>
              ) : null}
              {!view.atHead ? <span className="badge">{t.viewingPast}</span> : null}
              {expectations.kind === 'checked' ? (
                <span className="expectations" data-testid="expectations">
                  {' '}
                  · {t.scenarioExpectations}{' '}
                  {expectations.items.map((x) => (
                    <span key={x.field} className={`badge ${x.met ? 'req-met' : 'req-not-met'}`}>
                      {x.field}{' '}
                      {x.met
                        ? t.asExpected
                        : t.expectedGot(
                            expectationValue(x.field, x.expected, tz),
                            expectationValue(x.field, x.actual, tz),
                          )}
                    </span>
                  ))}
                </span>
              ) : expectations.kind === 'differs' ? (
                <span className="expectations" data-testid="expectations">
                  {' '}
                  ·{' '}
                  {expectations.differences.length === 0
                    ? expectations.finished
                      ? t.lineEndsAsExpected
                      : t.lineNotEnded
                    : `${expectations.finished ? t.lineEndsOtherwise : t.lineSoFar}: ${expectations.differences.slice(0, 2).join('; ')}${
                        expectations.differences.length > 2
                          ? t.differToo(
                              expectations.differences
                                .slice(2)
                                .map((d) => d.split(' ')[0])
                                .join(', '),
                            )
                          : ''
                      }.`}
                </span>
              ) : null}
            </div>
          </TimeControls>
          <ErrorBoundary label="The diagram">
            <ChartStage
              graph={graph}
              activeState={current.state}
              taken={taken}
              stepKey={view.version}
              availability={availability}
              onSelectState={setSelected}
              onArrow={onArrow}
            />
            <DiagramText graph={graph} activeState={current.state} taken={taken} onSelectState={setSelected} />
          </ErrorBoundary>
          <ErrorBoundary label="The timeline">
            <Timeline
              view={timeline}
              timeZone={tz}
              entries={head.timeline}
              skipped={skipped}
              offDays={lawClock.offDays}
              holdCount={lawClock.holdCount}
              position={view.position}
              onGoTo={(p) => session.goTo(p)}
              isTransient={isTransient}
            />
          </ErrorBoundary>
        </div>
        <div className="rail rail-events">
          <ErrorBoundary label="The events">
            <EventPanel
              availability={availability}
              now={current.now}
              timeZone={tz}
              onSend={(e) => session.send(e)}
              openRequest={formRequest}
            />
          </ErrorBoundary>
        </div>
        <div className="rail rail-info">
          <ErrorBoundary label="The explanation">
            <Explanation
              node={node}
              selected={selected !== null}
              onClearSelection={() => setSelected(null)}
              last={view.lastEntries.length > 0 ? view.lastEntries : last ? [last] : []}
              current={current}
            />
          </ErrorBoundary>
          <ErrorBoundary label="The policy panel">
            <PolicyPanel
              policy={applied}
              local={local}
              resolved={resolved}
              timeZone={tz}
              subject={subject}
              onPolicy={(p) => session.replay({ policy: p })}
              onTimeZone={(z) => session.replay({ custodian: { ...base.custodian, timeZone: z } })}
              onSubject={(s) => session.replay({ subject: s })}
            />
          </ErrorBoundary>
          <ErrorBoundary label="The law layers">
            <LawPanel
              law={law}
              shownDate={lawDate}
              applications={current.context.lawApplied}
              resolved={resolved}
              onLaw={setLaw}
            />
          </ErrorBoundary>
          {view.whatIf ? (
            <ErrorBoundary label="The what-if summary">
              <WhatIfSummary whatIf={view.whatIf} />
            </ErrorBoundary>
          ) : null}
          <ScenarioPanel
            title={base.title}
            custodian={base.custodian.name}
            timeZone={tz}
            description={base.description}
            citations={base.citations ?? []}
            pending={expectations.kind === 'pending' ? expectations.text : null}
          />
        </div>
      </main>
      <footer className="app-footer">
        <p>
          <strong>{textOf('model.disclaimer', lang)}</strong> {t.law.applied}{' '}
          <bdi>{jurisdictionName(law.jurisdiction)}</bdi>,{' '}
          {law.asOf === null ? t.law.atEachDecision : `${t.law.asOfWord} ${law.asOf}`}. {t.footer}
        </p>
      </footer>
    </div>
  );
}
