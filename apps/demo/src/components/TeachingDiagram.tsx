import layoutEn, { es as layoutEs } from 'virtual:teaching-layout';
import type { EventAvailability } from '@detainer-kit/sdk';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { TeachingLayout, TeachingLayoutEdge } from '../diagram/teaching-layout-types';
import { useLang, useT } from '../i18n/store';
import { fitScale } from '../model/chart-scale';
import { statePath } from '../model/diagram-view';
import { LABEL_CHARS, wrapWords } from '../model/teaching-graph';
import { type ArrowStatus, arrowStatus, arrowTaken, CLOCK_EVENT, takenEventOf } from '../model/teaching-view';

interface Props {
  readonly activeState: string;
  readonly taken: ReadonlySet<string>;
  readonly availability: readonly EventAvailability[];
  readonly titleOf: (stateId: string) => string;
  readonly eventName: (event: string) => string;
  /** Called for an available arrow: send its event (or open its form, or run the clock to the deadline). */
  readonly onArrow: (event: string) => void;
  /** Changes on every step, to restart the highlight animation. */
  readonly stepKey: number;
}

// The same metrics in every language; the layout itself is made once per language (labels differ in length).
const m = layoutEn.metrics;
/** Below this scale the labels would be under 12 px: the chart scrolls sideways instead of shrinking. */
const MIN_SCALE = 12 / Math.min(m.labelFont, m.choiceFont);
const MAX_SCALE = 1.25;

/**
 * The room the chart has: its box's width, and the height from the box's top (on the page, not on the screen)
 * to the bottom of the window less the disclaimer bar that stays at the bottom, so the whole chart is seen
 * without scrolling when the window is tall enough.
 */
function roomOf(box: HTMLElement): { width: number; height: number } {
  const top = box.getBoundingClientRect().top + window.scrollY;
  const bar = document.querySelector('.app-footer')?.getBoundingClientRect().height ?? 0;
  return { width: box.clientWidth, height: window.innerHeight - top - bar - 8 };
}

/** The chart's text for one arrow: what it is, where it goes and whether it can be clicked now. */
function describe(e: TeachingLayoutEdge, status: ArrowStatus, props: Props, layout: TeachingLayout): string {
  const target = layout.nodes.find((n) => n.id === e.target);
  const to = (id: string) => layout.nodes.find((n) => n.id === id);
  // Through a junction the arrow goes on to the junction's one target.
  const final =
    target?.kind === 'junction' ? to(layout.edges.find((x) => x.source === target.id)?.target ?? '') : target;
  const where =
    final?.kind === 'choice' ? 'the policy and the facts decide where it leads' : `leads to “${final?.title}”`;
  const what = e.branch ? `${props.eventName(e.event)}: ${e.label}` : e.label;
  const how = status.available
    ? e.event === CLOCK_EVENT
      ? 'Click or press Enter to run the clock to the hold deadline.'
      : 'Click or press Enter to send this event.'
    : `Not possible now: ${status.why}`;
  return `${what}, ${where}. ${how}`;
}

/**
 * The teaching view: the case's phases and outcomes with their titles, arrows labelled in the machine's own
 * words, laid out by ELK at build time from the SDK's machine graph. Drawn at a scale that keeps every label
 * at 12 px or more; available arrows send their event on click or Enter, like a simulator.
 */
export function TeachingDiagram(props: Props) {
  const t = useT();
  // The chart's titles and arrow labels in the page's language: laid out at build time for each one.
  const layout = useLang() === 'es' ? layoutEs : layoutEn;
  const { activeState, taken, availability, titleOf, onArrow, stepKey } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState({ width: 640, height: 480 });
  const [hint, setHint] = useState<string | null>(null);
  const measure = useCallback(() => {
    const el = boxRef.current;
    if (!el) return;
    const next = roomOf(el);
    setRoom((r) => (r.width === next.width && r.height === next.height ? r : next));
  }, []);
  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      ro.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [measure]);
  // What is above the chart (a message, a longer summary) moves it down: measured again after every render.
  useLayoutEffect(measure);
  const boxWidth = room.width;
  const scale = fitScale(room, layout, MIN_SCALE, MAX_SCALE);
  const path = useMemo(() => new Set(statePath(activeState)), [activeState]);
  const statuses = useMemo(
    () => new Map(layout.edges.map((e) => [e.id, arrowStatus(e, activeState, availability, titleOf)])),
    [layout, activeState, availability, titleOf],
  );
  const current = layout.nodes.find((n) => (n.kind === 'phase' || n.kind === 'outcome') && path.has(n.id));
  // A chart wider than its box (on a phone) scrolls sideways to keep the current phase in view.
  const currentId = current?.id;
  useLayoutEffect(() => {
    const el = boxRef.current;
    const node = layout.nodes.find((n) => n.id === currentId);
    if (!el || !node || el.scrollWidth <= el.clientWidth) return;
    el.scrollLeft = Math.max(0, (node.x + node.width / 2) * scale - el.clientWidth / 2);
  }, [layout, currentId, scale]);

  const activate = (e: TeachingLayoutEdge) => {
    const status = statuses.get(e.id);
    if (!status) return;
    if (status.available) onArrow(e.event);
    setHint(describe(e, status, props, layout));
  };

  return (
    <div className="teaching" data-testid="teaching-diagram">
      <div ref={boxRef} className="teaching-box">
        {/* biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a <fieldset>; it groups the arrow buttons. */}
        <svg
          width={Math.ceil(layout.width * scale)}
          height={Math.ceil(layout.height * scale)}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={`The case's phases and outcomes. Current: ${current?.title ?? activeState}. Arrows you can take now are buttons.`}
          data-scale={scale}
        >
          <defs>
            <marker
              id="t-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="t-arrow-head" />
            </marker>
          </defs>
          {layout.nodes.map((n) => {
            if (n.kind === 'junction')
              return <circle key={n.id} className="t-junction" cx={n.x + n.width / 2} cy={n.y + n.height / 2} r={5} />;
            if (n.kind === 'choice') {
              const cx = n.x + n.width / 2;
              const cy = n.y + n.height / 2;
              return (
                <polygon
                  key={n.id}
                  className="t-choice"
                  points={`${cx},${n.y} ${n.x + n.width},${cy} ${cx},${n.y + n.height} ${n.x},${cy}`}
                />
              );
            }
            const isCurrent = current?.id === n.id;
            return (
              <g
                key={n.id}
                className={`t-node ${n.kind}${isCurrent ? ' current' : ''}`}
                data-state={n.id}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <title>{n.description}</title>
                <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={n.kind === 'outcome' ? 4 : 10} />
                {n.initial ? <circle className="t-initial" cx={n.x + 9} cy={n.y + 9} r={4} /> : null}
                {n.titleLines.map((line, i) => (
                  <text
                    key={line}
                    className="t-title"
                    x={n.x + n.width / 2}
                    y={n.y + m.nodePadY + m.titleFont * (0.9 + i * m.lineHeight)}
                    textAnchor="middle"
                    fontSize={m.titleFont}
                  >
                    {line}
                  </text>
                ))}
                {n.choices.map((c) => (
                  <g key={c.id} className={`t-chip${path.has(c.id) ? ' current' : ''}`} data-state={c.id}>
                    <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={c.height / 2} />
                    <text
                      className="t-chip-text"
                      x={c.x + c.width / 2}
                      y={c.y + c.height / 2 + m.choiceFont * 0.35}
                      textAnchor="middle"
                      fontSize={m.choiceFont}
                    >
                      {c.title}
                    </text>
                  </g>
                ))}
              </g>
            );
          })}
          {layout.edges.map((e) => {
            const status = statuses.get(e.id) ?? { available: false, why: '' };
            const isTaken = arrowTaken(e, taken);
            const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0]},${p[1]}`).join(' ');
            const text = describe(e, status, props, layout);
            const lb = e.labelBox;
            // An arrow drawn for several events says which one was taken (its box fits the shorter event names).
            const takenEvent = isTaken ? takenEventOf(e, taken) : null;
            const labelLines =
              takenEvent && takenEvent !== e.event && lb.lines.length > 0
                ? wrapWords(t.eventLabels[takenEvent as keyof typeof t.eventLabels] ?? takenEvent, LABEL_CHARS)
                : lb.lines;
            return (
              // biome-ignore lint/a11y/useSemanticElements: an SVG arrow cannot be a <button>; it has the role, focus and keys.
              <g
                key={isTaken ? `${e.id}:${stepKey}` : e.id}
                className={`t-edge${status.available ? ' available' : ' blocked'}${isTaken ? ' taken' : ''}${e.branch ? ' branch' : ''}`}
                role="button"
                tabIndex={status.available ? 0 : -1}
                aria-disabled={status.available ? undefined : 'true'}
                aria-label={text}
                data-event={e.event}
                data-edge={e.id}
                onClick={() => activate(e)}
                onKeyDown={(ev) => {
                  if (ev.key === 'Enter' || ev.key === ' ') {
                    ev.preventDefault();
                    activate(e);
                  }
                }}
                onFocus={() => setHint(text)}
                onMouseEnter={() => setHint(text)}
              >
                <title>{text}</title>
                <path className="t-hit" d={d} />
                <path
                  className="t-line"
                  d={d}
                  markerEnd={
                    e.target.startsWith('choice:') || e.target.startsWith('junction:') ? undefined : 'url(#t-arrow)'
                  }
                />
                {labelLines.length > 0 ? (
                  <g className="t-label">
                    <rect x={lb.x} y={lb.y} width={lb.width} height={lb.height} rx={4} />
                    {labelLines.map((line, i) => (
                      <text
                        key={line}
                        x={lb.x + lb.width / 2}
                        y={lb.y + m.labelPadY + m.labelFont * (0.9 + i * m.lineHeight)}
                        textAnchor="middle"
                        fontSize={m.labelFont}
                      >
                        {line}
                      </text>
                    ))}
                  </g>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      {layout.width * scale > boxWidth + 1 ? <p className="teaching-scroll-note">{t.scrollNote}</p> : null}
      <p className="teaching-hint" aria-live="polite" data-testid="teaching-hint">
        {hint ?? t.arrowHint}
      </p>
    </div>
  );
}
