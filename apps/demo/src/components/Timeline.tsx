import { HOLD_LIMIT_HOURS, outcomeText, type SkippedStep, type TimelineEntry } from '@detainer-kit/sdk';
import { englishOnly, useLang, useT } from '../i18n/store';
import { formatCountdown, formatShort } from '../model/format';
import type { HoldCount, OffDay } from '../model/law-clock';
import { percentAt, type TimelineView } from '../model/timeline-lanes';

interface Props {
  readonly view: TimelineView;
  readonly timeZone: string;
  /** The active branch's entries; those past `position` are its future (greyed). */
  readonly entries: readonly TimelineEntry[];
  /** Steps of the story the case could not take (under this policy), with the reason. */
  readonly skipped: readonly SkippedStep[];
  /** Saturdays, Sundays and federal holidays in the custodian's zone, over the timeline's span. */
  readonly offDays: readonly OffDay[];
  /** The hold cut into local days with the hours each counted under the rule in force, or null. */
  readonly holdCount: HoldCount | null;
  readonly position: number;
  readonly onGoTo: (position: number) => void;
  /** Entries that leave a transient state continue the step before them (e.g. the decision after a lodged detainer). */
  readonly isTransient: (stateId: string) => boolean;
}

/** Two lanes (custody, communications) on one time axis, and the list of entries (click to return there). */
export function Timeline({
  view,
  timeZone,
  entries,
  skipped,
  offDays,
  holdCount,
  position,
  onGoTo,
  isTransient,
}: Props) {
  const t = useT();
  const lang = useLang();
  const band = (d: { from: number; to: number }) => {
    const left = percentAt(view, d.from);
    return { left: `${left}%`, width: `${Math.max(0.2, percentAt(view, d.to) - left)}%` };
  };
  const offDayBands = offDays.map((d) => (
    <div
      key={`off-${d.from}`}
      className={`offday kind-${d.kind}`}
      style={band(d)}
      title={`${d.label} (${timeZone})`}
      aria-hidden="true"
    />
  ));
  const holidays = offDays.filter((d) => d.kind === 'holiday');
  // A skipped step is listed after the entries at or before its instant.
  const slotOf = (k: SkippedStep) => entries.filter((e) => Date.parse(e.at) <= Date.parse(k.at)).length;
  const skippedBefore = (i: number) => skipped.filter((k) => slotOf(k) === i);
  const skippedItem = (k: SkippedStep) => (
    <li key={`skipped-${k.index}`} className="entry skipped" data-testid="skipped-step">
      <span className="entry-time">{formatShort(k.at, timeZone)}</span> <code>{k.type}</code> <strong>skipped:</strong>{' '}
      {k.why}
    </li>
  );
  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-h">
      <div className="panel-head">
        <h2 id="timeline-h">{t.timeline}</h2>
        {view.countdown ? (
          <p className="countdown" role="timer" aria-live="off">
            {t.holdEndsIn} <strong>{formatCountdown(view.countdown.remainingMs)}</strong> ({t.at}{' '}
            {formatShort(view.countdown.deadline, timeZone)})
          </p>
        ) : null}
      </div>
      <figure className="lanes" aria-label={t.lanesLabel}>
        {view.lanes.map((lane) => (
          <div key={lane.id} className={`lane lane-${lane.id}`}>
            <div className="lane-label">{lane.label}</div>
            <div className="lane-track">
              {offDayBands}
              {lane.segments.map((s) => {
                const left = percentAt(view, s.from);
                const width = Math.max(0.4, percentAt(view, s.to) - left);
                return (
                  <div
                    key={s.id}
                    className={`segment tone-${s.tone}${s.open ? ' open' : ''}`}
                    style={{ left: `${left}%`, width: `${width}%` }}
                    title={`${s.label}: ${formatShort(s.from, timeZone)} – ${formatShort(s.to, timeZone)}`}
                  >
                    <span>{s.label}</span>
                  </div>
                );
              })}
              {lane.markers.map((m) => {
                const style = { left: `${percentAt(view, m.at)}%` };
                const text = `${m.label}, ${formatShort(m.at, timeZone)}`;
                const cls = `marker kind-${m.kind} tone-${m.tone} row-${m.row} anchor-${m.anchor}`;
                const index = m.seq === null ? -1 : entries.findIndex((e) => e.seq === m.seq);
                return index >= 0 ? (
                  <button
                    key={m.id}
                    type="button"
                    className={cls}
                    style={style}
                    onClick={() => onGoTo(index + 1)}
                    aria-label={`${text}. Return to this moment`}
                    title={text}
                  >
                    <span className="marker-label">{m.short}</span>
                  </button>
                ) : (
                  <div key={m.id} className={cls} style={style} title={text}>
                    <span className="marker-label">{m.short}</span>
                    <span className="visually-hidden">{text}</span>
                  </div>
                );
              })}
              <div className="now-line" style={{ left: `${percentAt(view, view.now)}%` }} aria-hidden="true" />
            </div>
          </div>
        ))}
        {holdCount ? (
          <div className="lane hold-clock">
            <div className="lane-label">{t.countedToward(HOLD_LIMIT_HOURS)}</div>
            <div className="lane-track">
              {offDayBands}
              {holdCount.days.map((d) => (
                <div
                  key={d.from}
                  className={`count-day${d.hours > 0 ? ' counted' : ' not-counted'}${d.ahead ? ' ahead' : ''}`}
                  style={band(d)}
                  title={t.dayCounted(d.weekday, d.hours, d.elapsed)}
                >
                  <span>{d.hours} h</span>
                </div>
              ))}
              <div className="now-line" style={{ left: `${percentAt(view, view.now)}%` }} aria-hidden="true" />
            </div>
          </div>
        ) : null}
        <div className="axis" aria-hidden="true">
          {view.ticks.map((t) => (
            <span key={t.at} className="tick" style={{ left: `${percentAt(view, t.at)}%` }}>
              {t.label}
            </span>
          ))}
        </div>
      </figure>
      <p className="muted small law-legend" data-testid="off-days">
        <span className="legend-swatch" aria-hidden="true" /> {t.shadedDaysIn} {timeZone}
        {holidays.length > 0 ? (
          <>
            {' '}
            (<span className="legend-swatch kind-holiday" aria-hidden="true" /> {t.holidaysHere}{' '}
            <span lang={englishOnly(lang)}>
              {holidays
                .map((h) => `${h.label}, ${formatShort(h.from, timeZone).replace(/,? \d+:\d+.*$/, '')}`)
                .join('; ')}
            </span>
            )
          </>
        ) : null}
        .
      </p>
      {holdCount ? (
        <p className="small hold-count" data-testid="hold-count">
          {t.hoursCountedLine(HOLD_LIMIT_HOURS, t.policyOptions.countingRule(holdCount.rule))} {holdCount.text}.{' '}
          {t.countedSoFar(holdCount.countedSoFar)}
        </p>
      ) : null}
      {view.flags.length > 0 ? (
        <ul className="flags">
          {view.flags.map((f) => (
            <li key={f.id} className={`flag tone-${f.tone}`}>
              <span className="flag-icon" aria-hidden="true">
                {f.tone === 'warn' ? '⚠' : 'ⓘ'}
              </span>{' '}
              {f.text}
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="entries" aria-label={t.entriesLabel}>
        <li>
          <button
            type="button"
            className={`entry${position === 0 ? ' here' : ''}`}
            aria-current={position === 0 ? 'step' : undefined}
            onClick={() => onGoTo(0)}
          >
            <span className="entry-time">{t.start}</span> {t.bookedIntoCustody}
          </button>
        </li>
        {entries.map((e, i) => [
          ...skippedBefore(i).map(skippedItem),
          <li key={e.seq}>
            <button
              type="button"
              className={`entry${i + 1 === position ? ' here' : ''}${i + 1 > position ? ' future' : ''}`}
              aria-current={i + 1 === position ? 'step' : undefined}
              data-seq={e.seq}
              onClick={() => onGoTo(i + 1)}
            >
              {isTransient(e.from) ? (
                <span className="entry-time continuation">{t.thenArrow}</span>
              ) : (
                <>
                  <span className="entry-time">{formatShort(e.at, timeZone)}</span> <code>{e.event.type}</code>
                </>
              )}{' '}
              <span lang={englishOnly(lang)}>{e.description}</span>
              {e.outcome ? (
                <strong>
                  {' '}
                  {t.outcome}: {lang === 'en' ? e.outcome.text : outcomeText(e.outcome, lang)}
                </strong>
              ) : null}
              {i + 1 > position ? <span className="visually-hidden"> {t.laterInBranch}</span> : null}
            </button>
          </li>,
        ])}
        {skippedBefore(entries.length).map(skippedItem)}
      </ol>
    </section>
  );
}
