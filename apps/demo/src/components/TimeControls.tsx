import type { CaseDeadline } from '@detainer-kit/sdk';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
import { englishOnly, useLang, useT } from '../i18n/store';
import { formatInstant, formatShort } from '../model/format';
import type { Branch } from '../model/session';

export const SPEEDS = [
  { label: '1 minute / s', msPerSecond: 60_000 },
  { label: '10 minutes / s', msPerSecond: 600_000 },
  { label: '1 hour / s', msPerSecond: 3_600_000 },
  { label: '6 hours / s', msPerSecond: 21_600_000 },
  { label: '1 day / s', msPerSecond: 86_400_000 },
  { label: '1 week / s', msPerSecond: 604_800_000 },
] as const;

/** The speed Play starts at: a two-week scenario plays in about a quarter of a minute. */
export const DEFAULT_SPEED = 4;

interface Props {
  readonly now: string;
  readonly timeZone: string;
  readonly status: 'active' | 'done';
  readonly playing: boolean;
  readonly speed: number;
  readonly nextDeadline: CaseDeadline | null;
  readonly position: number;
  readonly length: number;
  /** The step shown (0: as booked) and the number of steps in the branch. */
  readonly step: number;
  readonly stepCount: number;
  readonly branches: readonly Branch[];
  readonly branchId: number;
  readonly onPlay: () => void;
  readonly onSpeed: (index: number) => void;
  readonly onJump: () => void;
  readonly onAdvance: (ms: number) => void;
  readonly onStepBack: () => void;
  readonly onStepForward: () => void;
  readonly onRunToEnd: () => void;
  readonly onBranch: (id: number) => void;
  /** Shown under the controls: where the story is (the case summary). */
  readonly children?: ReactNode;
}

/** The virtual clock: play/pause, speed, jump to the next deadline, step back and forward, branches. */
export function TimeControls(p: Props) {
  const t = useT();
  const lang = useLang();
  const done = p.status === 'done';
  const panel = useRef<HTMLElement>(null);
  const lastFocused = useRef<HTMLElement | null>(null);
  // A button that becomes disabled in the focus (Next step or To end at the end, Play at the outcome) hands
  // focus to the nearest control still usable, so it never falls to <body>.
  useLayoutEffect(() => {
    const last = lastFocused.current;
    const active = document.activeElement;
    if (!(last instanceof HTMLButtonElement) || !last.disabled) return;
    if (active !== last && active !== document.body && active !== null) return;
    const usable = [
      ...(panel.current?.querySelectorAll<HTMLButtonElement>('button[data-fallback]:not(:disabled)') ?? []),
    ].sort((a, b) => Number(a.dataset.fallback) - Number(b.dataset.fallback));
    usable[0]?.focus();
  });
  return (
    <section
      ref={panel}
      id="time-controls"
      className="panel time-panel"
      aria-labelledby="time-h"
      onFocus={(e) => {
        lastFocused.current = e.target;
      }}
    >
      <div className="time-head">
        <h2 id="time-h">{t.virtualTime}</h2>
        <p className="clock" aria-live="polite" aria-atomic="true">
          <time dateTime={p.now}>{formatInstant(p.now, p.timeZone)}</time>
        </p>
      </div>
      <div className="row wrap">
        <button
          type="button"
          className="primary"
          onClick={p.onPlay}
          data-fallback="3"
          aria-pressed={p.playing}
          disabled={done && !p.playing}
        >
          {p.playing ? t.pause : t.play}
        </button>
        <label className="inline">
          {t.speed}{' '}
          <select value={p.speed} onChange={(e) => p.onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s, i) => (
              <option key={s.label} value={i}>
                {t.speeds[i] ?? s.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={p.onStepBack} disabled={p.position === 0} data-fallback="1">
          {t.stepBack}
        </button>
        <span className="step-count" aria-live="polite">
          {t.stepOf(p.step, p.stepCount)}
        </span>
        <button
          type="button"
          onClick={p.onStepForward}
          disabled={p.position >= p.length}
          data-testid="next-step"
          data-fallback="2"
        >
          {t.nextStep}
        </button>
        <button type="button" onClick={p.onRunToEnd} disabled={p.position >= p.length} data-testid="run-to-end">
          {t.toEnd}
        </button>
        <button
          type="button"
          onClick={p.onJump}
          disabled={done || p.nextDeadline === null}
          aria-describedby="next-deadline"
        >
          {t.jumpToDeadline}
        </button>
        <button type="button" onClick={() => p.onAdvance(3_600_000)} disabled={done}>
          {t.plusHour}
        </button>
        <button type="button" onClick={() => p.onAdvance(86_400_000)} disabled={done}>
          {t.plusDay}
        </button>
      </div>
      <p id="next-deadline" className="muted small">
        {p.nextDeadline ? (
          <>
            {t.nextDeadline} <span lang={englishOnly(lang)}>{p.nextDeadline.label}</span>,{' '}
            {formatShort(p.nextDeadline.at, p.timeZone)}
          </>
        ) : (
          t.noDeadline
        )}
      </p>
      {p.branches.length > 1 ? (
        <label>
          {t.branch}
          <select value={p.branchId} onChange={(e) => p.onBranch(Number(e.target.value))}>
            {p.branches.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
                {b.case.outcome ? ` — ${b.case.outcome.code}` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {p.children}
    </section>
  );
}
