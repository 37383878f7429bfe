import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/store';
import {
  CHART_FONT_PX,
  formatCount,
  type HoursDistribution,
  histogramLayout,
  type OutcomeShares,
  outcomeChartLayout,
} from './population-charts';
import { useWidth } from './use-width';

/**
 * A chart with its data as a table. The SVG is a picture for sighted readers (hidden from assistive
 * technology); the table, always in the page, is what a screen reader reads, and a button shows it on screen.
 */
function ChartFigure({
  title,
  testId,
  chart,
  table,
}: {
  readonly title: string;
  readonly testId: string;
  readonly chart: ReactNode;
  readonly table: ReactNode;
}) {
  const m = useT();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className="pop-figure" data-testid={testId}>
      <figcaption className="pop-figure-head">
        <span className="pop-figure-title">{title}</span>
        <button
          type="button"
          className="link"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((s) => !s)}
          data-testid={`${testId}-table-toggle`}
        >
          {showTable ? m.hideTable : m.showAsTable}
        </button>
      </figcaption>
      {chart}
      <div id={tableId} className={showTable ? 'pop-table-wrap' : 'visually-hidden'} data-testid={`${testId}-table`}>
        {table}
      </div>
    </figure>
  );
}

function Legend({ policies }: { readonly policies: readonly { letter: string; title: string }[] }) {
  return (
    <ul className="pop-legend" aria-hidden="true">
      {policies.map((p, i) => (
        <li key={p.letter}>
          <span className={`pop-swatch pop-policy-${i}`} /> {p.letter}: <bdi>{p.title}</bdi>
        </li>
      ))}
    </ul>
  );
}

/** Outcome shares: for each outcome one bar per policy, and the same numbers as a table. */
export function OutcomeChart({ shares }: { readonly shares: OutcomeShares }) {
  const m = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const layout = useMemo(() => outcomeChartLayout(shares, width), [shares, width]);
  return (
    <ChartFigure
      title={m.popOutcomesTitle}
      testId="pop-outcomes"
      chart={
        <div ref={box} className="pop-chart">
          <Legend policies={shares.policies} />
          <svg
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            aria-hidden="true"
            focusable="false"
            fontSize={CHART_FONT_PX}
          >
            {layout.groups.map((g) => (
              <g key={g.title}>
                <text x={0} y={g.titleY} className="pop-chart-title">
                  {g.title}
                </text>
                <line
                  x1={layout.barX}
                  x2={layout.barX}
                  y1={g.bars[0]?.y ?? 0}
                  y2={(g.bars.at(-1)?.y ?? 0) + (g.bars.at(-1)?.height ?? 0)}
                  className="pop-axis"
                />
                {g.bars.map((b) => (
                  <g key={b.letter}>
                    <text x={0} y={b.textY} className="pop-chart-letter">
                      {b.letter}
                    </text>
                    <rect x={b.x} y={b.y} width={b.width} height={b.height} className={`pop-policy-${b.policy}`} />
                    <text x={b.textX} y={b.textY} className="pop-chart-value">
                      {b.text}
                    </text>
                  </g>
                ))}
              </g>
            ))}
          </svg>
        </div>
      }
      table={
        <table className="pop-table small">
          <caption>{m.popOutcomesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.outcome}</th>
              {shares.policies.map((p) => (
                <th scope="col" key={p.letter}>
                  {p.letter}: <bdi>{p.title}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shares.rows.map((r) => (
              <tr key={r.code} data-outcome={r.code}>
                <th scope="row">{r.title}</th>
                {r.values.map((v, i) => (
                  <td key={shares.policies[i]?.letter ?? i}>
                    {formatCount(v.count)} ({v.text})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Hours held: one histogram per policy on one shared scale, and the same counts as a table. */
export function HoursChart({ distribution }: { readonly distribution: HoursDistribution }) {
  const m = useT();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 600);
  const d = distribution;
  return (
    <ChartFigure
      title={m.popHoursTitle(d.widthHours)}
      testId="pop-hours"
      chart={
        <div ref={box} className="pop-chart">
          {d.policies.map((p, i) => {
            const s = d.summaries[i];
            const layout = histogramLayout(d, i, width);
            return (
              <div key={p.letter} className="pop-hist">
                <p className="pop-hist-head">
                  <span className={`pop-swatch pop-policy-${i}`} aria-hidden="true" /> {p.letter}: <bdi>{p.title}</bdi>
                  <span className="muted">
                    {' '}
                    · {m.popHeld} {s?.heldText}
                    {s && s.held > 0 ? m.popHeldStats(s.median, s.p95, s.max, s.reachedDeadline) : ''}
                  </span>
                </p>
                {s && s.held === 0 ? (
                  <p className="muted small pop-hist-none">{m.popNoneHeld}</p>
                ) : (
                  <svg
                    width={layout.width}
                    height={layout.height}
                    viewBox={`0 0 ${layout.width} ${layout.height}`}
                    aria-hidden="true"
                    focusable="false"
                    fontSize={CHART_FONT_PX}
                  >
                    {layout.yTicks.map((t) => (
                      <g key={t.label}>
                        <line
                          x1={layout.plot.x}
                          x2={layout.plot.x + layout.plot.width}
                          y1={t.at}
                          y2={t.at}
                          className="pop-grid"
                        />
                        <text x={layout.plot.x - 6} y={t.at + 4} textAnchor="end" className="pop-chart-value">
                          {t.label}
                        </text>
                      </g>
                    ))}
                    {layout.bars.map((b) =>
                      b.count > 0 ? (
                        <rect
                          key={b.label}
                          x={b.x}
                          y={b.y}
                          width={b.width}
                          height={Math.max(1, b.height)}
                          className={`pop-policy-${i}`}
                        />
                      ) : null,
                    )}
                    <line
                      x1={layout.plot.x}
                      x2={layout.plot.x + layout.plot.width}
                      y1={layout.plot.y + layout.plot.height}
                      y2={layout.plot.y + layout.plot.height}
                      className="pop-axis"
                    />
                    {layout.xTicks.map((t) => (
                      <text
                        key={t.label}
                        x={t.at}
                        y={layout.plot.y + layout.plot.height + 18}
                        textAnchor="middle"
                        className="pop-chart-value"
                      >
                        {t.label}
                      </text>
                    ))}
                  </svg>
                )}
              </div>
            );
          })}
        </div>
      }
      table={
        <table className="pop-table small">
          <caption>{m.popHoursCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.popHoursHeld}</th>
              {d.policies.map((p) => (
                <th scope="col" key={p.letter}>
                  {p.letter}: <bdi>{p.title}</bdi>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.bins.map((b) => (
              <tr key={b.label}>
                <th scope="row">{b.label}</th>
                {b.counts.map((c, i) => (
                  <td key={d.policies[i]?.letter ?? i}>{formatCount(c)}</td>
                ))}
              </tr>
            ))}
            <tr className="pop-table-total">
              <th scope="row">{m.popHeldInAll}</th>
              {d.summaries.map((s, i) => (
                <td key={d.policies[i]?.letter ?? i}>{s.heldText}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{m.popMedian}</th>
              {d.summaries.map((s, i) => (
                <td key={d.policies[i]?.letter ?? i}>{s.median}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">95th percentile</th>
              {d.summaries.map((s, i) => (
                <td key={d.policies[i]?.letter ?? i}>{s.p95}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{m.popHeldUntilExpired}</th>
              {d.summaries.map((s, i) => (
                <td key={d.policies[i]?.letter ?? i}>{s.reachedDeadline}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{m.popLongest}</th>
              {d.summaries.map((s, i) => (
                <td key={d.policies[i]?.letter ?? i}>{s.max}</td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    />
  );
}
