import { type JurisdictionPolicy, type Scenario, textOf } from '@detainer-kit/sdk';
import { useId, useMemo, useSyncExternalStore } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import {
  buildCompareView,
  type CompareColumn,
  type CompareView as CompareViewModel,
  columnChoices,
  columnFromToken,
  columnToken,
  DEFAULT_COMPARE,
  MAX_COMPARE_COLUMNS,
  MIN_COMPARE_COLUMNS,
} from '../model/compare-view';
import { formatShort } from '../model/format';
import { offDays } from '../model/law-clock';
import { percentAt } from '../model/timeline-lanes';

interface Props {
  /** The current facts (the active branch as a scenario). */
  readonly scenario: Scenario;
  /** The policy in force now ("Current policy"). */
  readonly policy: JurisdictionPolicy;
  readonly columns: readonly CompareColumn[];
  readonly onColumns: (columns: readonly CompareColumn[]) => void;
  readonly onShare: () => void;
  readonly onClose: () => void;
}

const CHOICES = columnChoices();
const LETTERS = ['A', 'B', 'C'];
/** The column added when a third is asked for: the current policy under the calendar counting rule. */
const THIRD: CompareColumn = { kind: 'counting', rule: 'calendar' };

const NARROW = '(max-width: 700px)';
const subscribeNarrow = (onChange: () => void) => {
  const q = window.matchMedia(NARROW);
  q.addEventListener('change', onChange);
  return () => q.removeEventListener('change', onChange);
};
const isNarrow = () => window.matchMedia(NARROW).matches;

/** Compare mode: the summary first, then every field per policy, then the timelines on one time axis. */
export function CompareView({ scenario, policy, columns, onColumns, onShare, onClose }: Props) {
  // On a phone the lanes are about 300 px wide (the label sits above them); on a wide screen, 560 or more.
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow);
  const t = useT();
  const lang = useLang();
  const built = useMemo(
    () =>
      buildCompareView(scenario, policy, columns, {
        trackPx: narrow ? 290 : 560,
        lanes: t.lanes,
        lang,
        whatIf: t.whatIf,
        countingRuleLabel: t.policyOptions.countingRule,
      }),
    [scenario, policy, columns, narrow, t, lang],
  );
  const countName = useId();
  const setCount = (n: number) => {
    if (n <= columns.length) onColumns(columns.slice(0, n));
    else onColumns([...columns, THIRD, ...DEFAULT_COMPARE].slice(0, n));
  };
  const setColumn = (i: number, token: string) => {
    const c = columnFromToken(token);
    if (c) onColumns(columns.map((x, k) => (k === i ? c : x)));
  };
  return (
    <section className="panel compare" aria-labelledby="compare-h" data-testid="compare">
      <div className="panel-head">
        <h2 id="compare-h">{t.comparePolicies}</h2>
        <div className="compare-actions">
          <button type="button" onClick={onShare} data-testid="compare-share">
            {t.copyShareLink}
          </button>
          <button type="button" onClick={onClose} data-testid="compare-close">
            {t.closeComparison}
          </button>
        </div>
      </div>
      <p className="small">
        {t.compareFacts} “<bdi>{scenario.title}</bdi>”, {t.compareFactsEnd}
      </p>
      <fieldset className="compare-picker">
        <legend>{t.policiesCompared}</legend>
        <div className="compare-count" role="radiogroup" aria-label={t.numberOfPolicies}>
          {Array.from({ length: MAX_COMPARE_COLUMNS - MIN_COMPARE_COLUMNS + 1 }, (_, k) => k + MIN_COMPARE_COLUMNS).map(
            (n) => (
              <label key={n}>
                <input
                  type="radio"
                  name={countName}
                  value={n}
                  checked={columns.length === n}
                  onChange={() => setCount(n)}
                />{' '}
                {t.nPolicies(n)}
              </label>
            ),
          )}
        </div>
        {columns.map((c, i) => (
          <label key={LETTERS[i]} className="compare-column">
            {t.policyLetter(LETTERS[i] ?? '')}
            <select
              value={CHOICES.find((x) => x.token === columnToken(c))?.token}
              onChange={(e) => setColumn(i, e.target.value)}
              data-testid={`compare-column-${i}`}
            >
              {CHOICES.map((x) => (
                <option key={x.token} value={x.token}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      {built.ok ? (
        <CompareResults view={built.view} />
      ) : (
        <p role="alert" className="message tone-error">
          {built.message}
        </p>
      )}
    </section>
  );
}

function CompareResults({ view }: { readonly view: CompareViewModel }) {
  const t = useT();
  const lang = useLang();
  const machineLang = englishOnly(lang);
  const tz = view.timeZone;
  const days = useMemo(() => offDays(view.range.start, view.range.end, tz), [view, tz]);
  const band = (d: { from: number; to: number }) => {
    const left = percentAt(view.range, d.from);
    return { left: `${left}%`, width: `${Math.max(0.2, percentAt(view.range, d.to) - left)}%` };
  };
  return (
    <>
      <h3>{t.summary}</h3>
      <ul className="compare-summary" data-testid="compare-summary" aria-live="polite" lang={machineLang}>
        {view.summary.map((s) => (
          <li key={s.label}>
            <strong>
              {s.label} compared with {s.against}:
            </strong>{' '}
            {s.text}
          </li>
        ))}
      </ul>
      <h3>{t.details}</h3>
      <div className="compare-table-wrap">
        <table className="what-if-table compare-table small" data-testid="compare-details">
          <caption className="visually-hidden">{t.everyComparedResult}</caption>
          <thead>
            <tr>
              <th scope="col">{t.result}</th>
              {view.columns.map((c, i) => (
                <th scope="col" key={`${c.token}-${LETTERS[i]}`}>
                  {LETTERS[i]}: {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody lang={machineLang}>
            {view.details.map((d) => (
              <tr key={d.field} className={d.differs ? 'differs' : undefined} data-field={d.field}>
                <th scope="row">
                  {d.label}
                  {d.differs ? <span className="visually-hidden"> {t.differs}</span> : null}
                </th>
                {d.values.map((v, i) => (
                  <td key={LETTERS[i]}>{v}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.timelinesOneAxis}</h3>
      {view.columns.map((c, i) => (
        <figure
          key={`${c.token}-${LETTERS[i]}`}
          className="lanes compare-lanes"
          aria-label={t.timelineUnder(LETTERS[i] ?? '', c.label)}
          data-testid={`compare-timeline-${i}`}
        >
          <figcaption className="compare-caption">
            {LETTERS[i]}: {c.label}
          </figcaption>
          {c.timeline.lanes.map((lane) => (
            <div key={lane.id} className={`lane lane-${lane.id}`}>
              <div className="lane-label">{lane.label}</div>
              <div className="lane-track">
                {days.map((d) => (
                  <div
                    key={`off-${d.from}`}
                    className={`offday kind-${d.kind}`}
                    style={band(d)}
                    title={`${d.label} (${tz})`}
                    aria-hidden="true"
                  />
                ))}
                {lane.segments.map((s) => (
                  <div
                    key={s.id}
                    className={`segment tone-${s.tone}`}
                    style={band(s)}
                    title={`${s.label}: ${formatShort(s.from, tz)} – ${formatShort(s.to, tz)}`}
                  >
                    <span>{s.label}</span>
                  </div>
                ))}
                {lane.markers.map((m) => (
                  <div
                    key={m.id}
                    className={`marker kind-${m.kind} tone-${m.tone} row-${m.row} anchor-${m.anchor}`}
                    style={{ left: `${percentAt(view.range, m.at)}%` }}
                    title={`${m.label}, ${formatShort(m.at, tz)}`}
                  >
                    <span className="marker-label">{m.short}</span>
                    <span className="visually-hidden">
                      {m.label}, {formatShort(m.at, tz)}
                    </span>
                  </div>
                ))}
              </div>
            </div>
          ))}
          <div className="axis" aria-hidden="true">
            {c.timeline.ticks.map((tick) => (
              <span key={tick.at} className="tick" style={{ left: `${percentAt(view.range, tick.at)}%` }}>
                {tick.label}
              </span>
            ))}
          </div>
        </figure>
      ))}
      <p className="muted small">
        {t.shadedDays(tz)} {textOf('model.disclaimer', lang)}
      </p>
    </>
  );
}

export default CompareView;
