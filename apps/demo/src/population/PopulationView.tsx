import {
  DEFAULT_ASSUMPTIONS,
  type JurisdictionPolicy,
  MODEL_INFO,
  type PopulationReport,
  textOf,
} from '@detainer-kit/sdk';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { Citations } from '../components/Citations';
import { type CompareColumn, columnChoices, columnFromToken, columnToken } from '../model/compare-view';
import './population.css';
import type { Messages } from '../i18n/en';
import { currentLocale, englishOnly, useLang, useT } from '../i18n/store';
import { HoursChart, OutcomeChart } from './PopulationCharts';
import { assumptionRows } from './population-assumptions';
import { formatCount, hoursDistribution, outcomeShares, POLICY_LETTERS } from './population-charts';
import { withPopulationPart } from './population-link';
import { PopulationRunner, type WorkerLike } from './population-run';
import {
  DEFAULT_POPULATION_SETTINGS,
  MAX_POPULATION_CASES,
  MAX_POPULATION_POLICIES,
  MAX_SEED,
  MIN_POPULATION_POLICIES,
  numberFromField,
  type PopulationSettings,
  policyLabels,
  readPopulationSettings,
  simulationOptions,
} from './population-settings';

interface Props {
  /** The policy in force in the simulator ("Current policy"). */
  readonly policy: JurisdictionPolicy;
  /** The settings a link opened with (else the defaults). */
  readonly initialSettings?: PopulationSettings | undefined;
  /** Why the population part of the link that opened the page was refused, if it was. */
  readonly linkError?: string | undefined;
  readonly onClose: () => void;
}

const CHOICES = columnChoices();
/** The policy a new slot gets when the count goes up: the first choice not yet in use. */
function nextColumn(used: readonly CompareColumn[]): CompareColumn {
  const tokens = new Set(used.map(columnToken));
  const free = CHOICES.find((c) => !tokens.has(c.token));
  return (free && columnFromToken(free.token)) || { kind: 'current' };
}

const createWorker = (): WorkerLike =>
  new Worker(new URL('./population.worker.ts', import.meta.url), { type: 'module', name: 'population' });

/** The synthetic-data label, the same words wherever the view shows results. */
export const SYNTHETIC_LABEL = `Synthetic data — ${MODEL_INFO.disclaimer.charAt(0).toLowerCase()}${MODEL_INFO.disclaimer.slice(1)}`;

/**
 * The population view: many synthetic cases under one to three policies, simulated by the SDK's
 * `simulatePopulation` in a Web Worker, with progress and a cancel that stops the worker; outcome shares and
 * hours held as charts with their tables; the assumptions with their sources.
 */
export function PopulationView({ policy, initialSettings, linkError, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const runner = useMemo(() => new PopulationRunner(createWorker), []);
  useEffect(() => () => runner.dispose(), [runner]);
  const run = useSyncExternalStore(runner.subscribe, runner.getState);
  const start = initialSettings ?? DEFAULT_POPULATION_SETTINGS;
  const [columns, setColumns] = useState<readonly CompareColumn[]>(start.policies);
  const [casesText, setCasesText] = useState(String(start.cases));
  const [seedText, setSeedText] = useState(String(start.seed));
  const [formError, setFormError] = useState<{ field: string; message: string } | null>(null);
  const runButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const countName = useId();
  const casesId = useId();
  const seedId = useId();
  const errorId = useId();
  const running = run.kind === 'running';

  // A run that ends by itself disables Cancel: focus, if it was there, goes back to Run (not to the page).
  const wasRunning = useRef(false);
  useEffect(() => {
    const active = document.activeElement;
    if (!running && wasRunning.current && (active === document.body || active === cancelButton.current))
      runButton.current?.focus();
    wasRunning.current = running;
  }, [running]);
  useEffect(() => heading.current?.focus(), []);

  const setCount = (n: number) => {
    if (n <= columns.length) setColumns(columns.slice(0, n));
    else {
      const next = [...columns];
      while (next.length < n) next.push(nextColumn(next));
      setColumns(next);
    }
  };

  /** The form's settings, checked; a rejection is shown on the form and gives null. */
  const checkedSettings = (): PopulationSettings | null => {
    const read = readPopulationSettings({
      policies: columns,
      cases: numberFromField(casesText),
      seed: numberFromField(seedText),
    });
    if (!read.ok) {
      setFormError({ field: read.field.split('.')[0] ?? read.field, message: read.message });
      return null;
    }
    setFormError(null);
    return read.settings;
  };

  const [linkText, setLinkText] = useState<{ readonly url: string; readonly copied: boolean } | null>(null);
  const copyLink = async () => {
    const settings = checkedSettings();
    if (!settings) return;
    const hash = withPopulationPart(location.hash, settings);
    history.replaceState(null, '', hash);
    const url = `${location.href.split('#')[0]}${hash}`;
    try {
      await navigator.clipboard.writeText(url);
      setLinkText({ url, copied: true });
    } catch {
      setLinkText({ url, copied: false });
    }
  };

  const startRun = () => {
    const read = checkedSettings();
    if (!read) return;
    // Rendered at once, so focus can move to Cancel as Run is disabled (it never falls to the page).
    flushSync(() => runner.start(read, simulationOptions(read, policy)));
    cancelButton.current?.focus();
  };

  const cancelRun = () => {
    flushSync(() => runner.cancel());
    runButton.current?.focus();
  };

  const percent = run.kind === 'running' || run.kind === 'cancelled' ? share(run.done, run.total) : 100;

  return (
    <section className="panel population" aria-labelledby="population-h" data-testid="population">
      <div className="panel-head">
        <h2 id="population-h" ref={heading} tabIndex={-1}>
          {t.populationView}
        </h2>
        <div className="pop-head-actions">
          <button type="button" onClick={() => void copyLink()} data-testid="pop-copy-link">
            {t.copyPopLink}
          </button>
          <button type="button" onClick={onClose} data-testid="population-close">
            {t.closePopulation}
          </button>
        </div>
      </div>
      {linkError ? (
        <p role="alert" className="message tone-error" data-testid="pop-link-error">
          {linkError}
        </p>
      ) : null}
      {linkText ? (
        <div className="pop-link" role="status" data-testid="pop-link">
          <label>
            {linkText.copied ? t.popLinkCopied : t.linkReady}
            <input readOnly value={linkText.url} onFocus={(e) => e.target.select()} data-testid="pop-link-url" />
          </label>
          <button type="button" className="link" onClick={() => setLinkText(null)}>
            {t.close}
          </button>
        </div>
      ) : null}
      <p className="pop-synthetic" data-testid="pop-synthetic">
        <strong>{lang === 'en' ? SYNTHETIC_LABEL : t.syntheticData(textOf('model.disclaimer', lang))}</strong>
      </p>
      <p className="small">{t.popIntro}</p>
      <form
        className="pop-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!running) startRun();
        }}
        aria-describedby={formError ? errorId : undefined}
      >
        <fieldset className="pop-policies">
          <legend>{t.policies}</legend>
          <div className="pop-count" role="radiogroup" aria-label={t.numberOfPolicies}>
            {Array.from(
              { length: MAX_POPULATION_POLICIES - MIN_POPULATION_POLICIES + 1 },
              (_, k) => k + MIN_POPULATION_POLICIES,
            ).map((n) => (
              <label key={n}>
                <input
                  type="radio"
                  name={countName}
                  value={n}
                  checked={columns.length === n}
                  onChange={() => setCount(n)}
                  disabled={running}
                />{' '}
                {t.policyCount(n)}
              </label>
            ))}
          </div>
          {columns.map((c, i) => (
            <label key={POLICY_LETTERS[i]} className="pop-column">
              <span>
                <span className={`pop-swatch pop-policy-${i}`} aria-hidden="true" />{' '}
                {t.policyLetter(POLICY_LETTERS[i] ?? '')}
              </span>
              <select
                value={columnToken(c)}
                onChange={(e) => {
                  const next = columnFromToken(e.target.value);
                  if (next) setColumns(columns.map((x, k) => (k === i ? next : x)));
                }}
                disabled={running}
                data-testid={`pop-policy-${i}`}
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
        <div className="pop-numbers">
          <label htmlFor={casesId}>
            {t.cases} <span className="muted small">(1–{formatCount(MAX_POPULATION_CASES)})</span>
          </label>
          <input
            id={casesId}
            inputMode="numeric"
            value={casesText}
            onChange={(e) => setCasesText(e.target.value)}
            aria-invalid={formError?.field === 'cases'}
            disabled={running}
            data-testid="pop-cases"
          />
          <label htmlFor={seedId}>
            {t.seed} <span className="muted small">(0–{formatCount(MAX_SEED)})</span>
          </label>
          <input
            id={seedId}
            inputMode="numeric"
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
            aria-invalid={formError?.field === 'seed'}
            disabled={running}
            data-testid="pop-seed"
          />
        </div>
        <div className="pop-actions">
          <button type="submit" ref={runButton} className="primary" disabled={running} data-testid="pop-run">
            {t.runSimulation}
          </button>
          <button type="button" ref={cancelButton} onClick={cancelRun} disabled={!running} data-testid="pop-cancel">
            {t.cancel}
          </button>
        </div>
        {formError ? (
          <p id={errorId} role="alert" className="message tone-error" data-testid="pop-form-error">
            {formError.message}. {t.lastRunUnchanged}
          </p>
        ) : null}
      </form>
      {run.kind === 'running' || run.kind === 'cancelled' ? (
        <div className="pop-progress">
          <progress
            max={run.total}
            value={run.done}
            aria-label={t.simulationProgress}
            aria-valuetext={t.casesProgress(formatCount(run.done), formatCount(run.total))}
            data-testid="pop-progress"
          />
          <span className="small" data-testid="pop-progress-text">
            {t.casesProgress(formatCount(run.done), formatCount(run.total))} ({percent}%)
          </span>
        </div>
      ) : null}
      <p role="status" className="small pop-status" data-testid="pop-status">
        {statusText(run, t)}
      </p>
      {run.kind === 'error' ? (
        <p role="alert" className="message tone-error" data-testid="pop-error">
          The simulation could not run: {run.message}
        </p>
      ) : null}
      {run.kind === 'done' ? <PopulationResults report={run.report} settings={run.settings} /> : null}
      <Assumptions
        assumptions={run.kind === 'done' ? run.report.assumptions : DEFAULT_ASSUMPTIONS}
        cases={run.kind === 'done' ? run.report.cases : numberFromField(casesText) || start.cases}
      />
    </section>
  );
}

const share = (done: number, total: number) => (total === 0 ? 0 : Math.floor((done / total) * 100));

function statusText(run: ReturnType<PopulationRunner['getState']>, t: Messages): string {
  switch (run.kind) {
    case 'idle':
      return t.popIdle;
    case 'running':
      return t.popRunning(formatCount(run.total), run.settings.policies.length);
    case 'cancelled':
      return t.popCancelled(formatCount(run.done), formatCount(run.total));
    case 'done':
      return t.popDone(
        formatCount(run.report.cases),
        run.report.policies.length,
        run.report.seed,
        (run.elapsedMs / 1000).toLocaleString(currentLocale(), { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
      );
    case 'error':
      return t.popStopped;
  }
}

function PopulationResults({
  report,
  settings,
}: {
  readonly report: PopulationReport;
  readonly settings: PopulationSettings;
}) {
  const t = useT();
  const lang = useLang();
  const labels = useMemo(() => policyLabels(settings), [settings]);
  const shares = useMemo(() => outcomeShares(report, labels, lang), [report, labels, lang]);
  const distribution = useMemo(() => hoursDistribution(report, labels), [report, labels]);
  return (
    <div className="pop-results" data-testid="pop-results" data-seed={report.seed} data-cases={report.cases}>
      <h3>{t.popResults(formatCount(report.cases), report.seed)}</h3>
      <p className="small muted" lang={englishOnly(lang)}>
        {report.syntheticNote}
      </p>
      <p className="small muted" lang={englishOnly(lang)}>
        {report.comparison.note}
      </p>
      <div className="pop-charts">
        <OutcomeChart shares={shares} />
        <HoursChart distribution={distribution} />
      </div>
      <p className="small muted" lang={englishOnly(lang)}>
        {report.reference.ddorFirstWeek.note}
      </p>
    </div>
  );
}

function Assumptions({ assumptions, cases }: { readonly assumptions: object; readonly cases: number }) {
  const rows = useMemo(() => assumptionRows(assumptions, cases), [assumptions, cases]);
  const t = useT();
  const lang = useLang();
  return (
    <details className="pop-assumptions" open data-testid="pop-assumptions">
      <summary>
        <h3>{t.assumptionsTitle}</h3>
      </summary>
      <p className="small muted">{t.assumptionsIntro}</p>
      <dl>
        {rows.map((r) => (
          <div key={r.field} className="pop-assumption" data-field={r.field}>
            <dt>
              <code>{r.field}</code>: {r.value}
            </dt>
            <dd>
              <span lang={englishOnly(lang)}>{r.source}</span>
              <Citations ids={r.citations} />
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

export default PopulationView;
