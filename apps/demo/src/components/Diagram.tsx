import layout from 'virtual:machine-layout';
import type { MachineGraph } from '@detainer-kit/sdk';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import { statePath } from '../model/diagram-view';
import {
  fitViewport,
  focusViewport,
  panBy,
  type Rect,
  unionRect,
  type Viewport,
  wheelFactor,
  zoomAt,
} from '../model/viewport';

interface Props {
  readonly graph: MachineGraph;
  readonly activeState: string;
  readonly taken: ReadonlySet<string>;
  /** Changes on every step, to restart the transition animation. */
  readonly stepKey: number;
  readonly onSelectState: (id: string) => void;
}

const LINE = 14;
/** The zoom at which the diagram follows the current state: 11 px labels stay legible. */
const FOLLOW_ZOOM = 0.9;

/** The statechart, laid out by ELK at build time, drawn in SVG with zoom and pan. */
export function Diagram({ graph, activeState, taken, stepKey, onSelectState }: Props) {
  const t = useT();
  const lang = useLang();
  const boxRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: 800, h: 460 });
  const [view, setViewState] = useState<Viewport | null>(null);
  // Following: the camera keeps the current state in view at a readable zoom; any manual zoom or pan stops it.
  const [follow, setFollow] = useState(true);
  const setView = useCallback((next: Viewport | ((prev: Viewport | null) => Viewport)) => {
    setFollow(false);
    setViewState(next);
  }, []);
  const drag = useRef<{ x: number; y: number; id: number } | null>(null);
  const active = useMemo(() => new Set(statePath(activeState)), [activeState]);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);

  useLayoutEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const fit = useCallback(() => setView(fitViewport(layout.width, layout.height, size.w, size.h)), [size, setView]);
  // The camera frames the current state and the transition just taken (its line, label and source state).
  const followView = useMemo(() => {
    const rects: Rect[] = [];
    const node = layout.nodes[activeState];
    if (node) rects.push(node);
    for (const e of layout.edges) {
      if (!e.edgeIds.some((id) => taken.has(id))) continue;
      rects.push(e.label);
      for (const [x, y] of e.points) rects.push({ x, y, width: 1, height: 1 });
      const source = layout.nodes[e.source];
      if (source && source.width * source.height < 200_000) rects.push(source);
    }
    const focus = unionRect(rects);
    if (!focus) return fitViewport(layout.width, layout.height, size.w, size.h);
    return focusViewport(focus, layout, size.w, size.h, FOLLOW_ZOOM);
  }, [activeState, taken, size]);
  const v = follow || view === null ? followView : view;
  const shown = useRef(v);
  shown.current = v;

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = boxRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      setView(zoomAt(shown.current, wheelFactor(e.deltaY), e.clientX - rect.left, e.clientY - rect.top));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [setView]);

  const centerActive = () => {
    setViewState(followView);
    setFollow(true);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const step = 48;
    const map: Record<string, () => Viewport> = {
      ArrowLeft: () => panBy(v, step, 0),
      ArrowRight: () => panBy(v, -step, 0),
      ArrowUp: () => panBy(v, 0, step),
      ArrowDown: () => panBy(v, 0, -step),
      '+': () => zoomAt(v, 1.2, size.w / 2, size.h / 2),
      '=': () => zoomAt(v, 1.2, size.w / 2, size.h / 2),
      '-': () => zoomAt(v, 1 / 1.2, size.w / 2, size.h / 2),
      _: () => zoomAt(v, 1 / 1.2, size.w / 2, size.h / 2),
    };
    if (e.key === '0') {
      e.preventDefault();
      fit();
      return;
    }
    if (e.key === 'c' || e.key === 'C') {
      e.preventDefault();
      centerActive();
      return;
    }
    const f = map[e.key];
    if (f) {
      e.preventDefault();
      setView(f());
    }
  };

  const nodes = Object.values(layout.nodes).sort((a, b) => a.id.split('.').length - b.id.split('.').length);

  return (
    <section className="panel diagram-panel" aria-labelledby="diagram-title">
      <div className="panel-head">
        <h2 id="diagram-title">{t.statechart}</h2>
        <div className="toolbar" role="toolbar" aria-label={t.diagramZoom}>
          <button type="button" onClick={() => setView(zoomAt(v, 1.25, size.w / 2, size.h / 2))} aria-label={t.zoomIn}>
            +
          </button>
          <button type="button" onClick={() => setView(zoomAt(v, 0.8, size.w / 2, size.h / 2))} aria-label={t.zoomOut}>
            −
          </button>
          <button type="button" onClick={fit}>
            {t.fit}
          </button>
          <button type="button" onClick={centerActive} aria-pressed={follow}>
            {t.followCurrent}
          </button>
        </div>
      </div>
      <div
        ref={boxRef}
        className="diagram-box"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the drawing pans and zooms with the keyboard.
        tabIndex={0}
        role="img"
        aria-label={t.diagramAria(byId.get(activeState)?.title ?? activeState)}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          drag.current = { x: e.clientX, y: e.clientY, id: e.pointerId };
          (e.currentTarget as HTMLDivElement).setPointerCapture(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          if (!d || d.id !== e.pointerId) return;
          const dx = e.clientX - d.x;
          const dy = e.clientY - d.y;
          drag.current = { ...d, x: e.clientX, y: e.clientY };
          setView(panBy(shown.current, dx, dy));
        }}
        onPointerUp={() => {
          drag.current = null;
        }}
        onPointerCancel={() => {
          drag.current = null;
        }}
      >
        <svg width="100%" height="100%" aria-hidden="true" focusable="false" lang={englishOnly(lang)}>
          <defs>
            <ArrowMarker id="arrow" className="arrow-head" />
            <ArrowMarker id="arrow-taken" className="arrow-head taken" />
          </defs>
          <g className={follow ? 'camera following' : 'camera'} transform={`translate(${v.x},${v.y}) scale(${v.k})`}>
            {nodes.map((n) => {
              const g = byId.get(n.id);
              const compound = g?.type === 'compound';
              const isActive = active.has(n.id);
              const isCurrent = n.id === activeState;
              const innerTaken = n.internal.edgeIds.some((id) => taken.has(id));
              const cls = ['state', g?.type ?? 'atomic', isActive ? 'active' : '', isCurrent ? 'current' : ''].join(
                ' ',
              );
              return (
                // biome-ignore lint/a11y/noStaticElementInteractions: mouse shortcut; the text list is the keyboard path.
                <g key={n.id} className={cls} data-state={n.id} onClick={() => onSelectState(n.id)}>
                  <rect x={n.x} y={n.y} width={n.width} height={n.height} rx={compound ? 12 : 8} />
                  {g?.type === 'final' ? (
                    <rect
                      className="final-inner"
                      x={n.x + 3}
                      y={n.y + 3}
                      width={n.width - 6}
                      height={n.height - 6}
                      rx={6}
                    />
                  ) : null}
                  {g?.initial ? <circle className="initial-dot" cx={n.x + 9} cy={n.y + 10} r={3.5} /> : null}
                  <text
                    className="state-title"
                    x={n.x + (compound ? 12 : n.width / 2)}
                    y={n.y + (compound ? 20 : 24)}
                    textAnchor={compound ? 'start' : 'middle'}
                  >
                    {g?.title ?? n.id}
                  </text>
                  {n.internal.lines.map((line, i) => (
                    <text
                      key={line}
                      className={`internal-line${innerTaken && taken.has(n.internal.edgeIds[i] ?? '') ? ' taken' : ''}`}
                      x={n.x + 12}
                      y={n.y + (compound ? 36 : 40) + i * LINE}
                    >
                      {line}
                    </text>
                  ))}
                </g>
              );
            })}
            {layout.edges.map((e) => {
              const isTaken = e.edgeIds.some((id) => taken.has(id));
              const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p[0]},${p[1]}`).join(' ');
              return (
                <g key={isTaken ? `${e.id}:${stepKey}` : e.id} className={`edge${isTaken ? ' taken' : ''}`}>
                  <path d={d} markerEnd={`url(#${isTaken ? 'arrow-taken' : 'arrow'})`} />
                  <rect
                    className="edge-label-box"
                    x={e.label.x}
                    y={e.label.y}
                    width={e.label.width}
                    height={e.label.height}
                    rx={3}
                  />
                  {e.label.lines.map((line, i) => (
                    <text key={line} className="edge-label" x={e.label.x + 6} y={e.label.y + 3 + 11 + i * LINE}>
                      {line}
                    </text>
                  ))}
                </g>
              );
            })}
          </g>
        </svg>
      </div>
    </section>
  );
}

/** An arrowhead for edge ends; `className` styles its path. */
function ArrowMarker({ id, className }: { readonly id: string; readonly className: string }) {
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}
