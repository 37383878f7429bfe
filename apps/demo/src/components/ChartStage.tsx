import type { EventAvailability, MachineGraph } from '@detainer-kit/sdk';
import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { useT } from '../i18n/store';
import type { EVENT_LABELS } from '../model/event-forms';
import { TeachingDiagram } from './TeachingDiagram';
import './teaching.css';

// The full statechart (and its layout) loads only when asked for: it is not part of the initial JavaScript.
const Diagram = lazy(() => import('./Diagram').then((mod) => ({ default: mod.Diagram })));

interface Props {
  readonly graph: MachineGraph;
  readonly activeState: string;
  readonly taken: ReadonlySet<string>;
  readonly stepKey: number;
  readonly availability: readonly EventAvailability[];
  readonly onSelectState: (id: string) => void;
  /** An arrow of the teaching view was clicked: send its event the way the event buttons do. */
  readonly onArrow: (event: string) => void;
}

export type ChartView = 'teaching' | 'expert';

/** The chart: the teaching view by default, the full statechart (expert view) one toggle away. */
export function ChartStage(props: Props) {
  const t = useT();
  const { graph } = props;
  const [view, setView] = useState<ChartView>('teaching');
  const id = useId();
  const titles = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n.title])), [graph]);
  const titleOf = useCallback((s: string) => titles.get(s) ?? s, [titles]);
  const eventName = useCallback((e: string) => t.eventLabels[e as keyof typeof EVENT_LABELS] ?? e, [t]);
  return (
    <section className="panel chart-stage" aria-labelledby={`${id}-h`} data-view={view}>
      <div className="panel-head">
        <h2 id={`${id}-h`}>{t.chartTitle}</h2>
        <fieldset className="view-toggle" aria-label={t.chartView}>
          <button type="button" aria-pressed={view === 'teaching'} onClick={() => setView('teaching')}>
            {t.teachingView}
          </button>
          <button type="button" aria-pressed={view === 'expert'} onClick={() => setView('expert')}>
            {t.fullStatechart}
          </button>
        </fieldset>
      </div>
      {view === 'teaching' ? (
        <TeachingDiagram
          activeState={props.activeState}
          taken={props.taken}
          availability={props.availability}
          titleOf={titleOf}
          eventName={eventName}
          onArrow={props.onArrow}
          stepKey={props.stepKey}
        />
      ) : (
        <Suspense fallback={<p className="diagram-loading">{t.loadingStatechart}</p>}>
          <Diagram
            graph={graph}
            activeState={props.activeState}
            taken={props.taken}
            stepKey={props.stepKey}
            onSelectState={props.onSelectState}
          />
        </Suspense>
      )}
    </section>
  );
}
