import { type ReactNode, useSyncExternalStore } from 'react';
import {
  isPanelOpen,
  PANEL_STORAGE_KEY,
  type PanelId,
  type PanelStates,
  readPanelStates,
  withPanel,
  writePanelStates,
} from '../model/panel-state';

/** Reads the remembered states; a browser that refuses storage (privacy settings) opens every panel. */
function load(): PanelStates {
  try {
    return readPanelStates(localStorage.getItem(PANEL_STORAGE_KEY));
  } catch {
    return {};
  }
}

let states: PanelStates | null = null;
const listeners = new Set<() => void>();
const current = (): PanelStates => {
  states ??= load();
  return states;
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Opens or closes a panel, remembers it in the browser and redraws every panel that shows it. */
export function setPanelOpen(id: PanelId, open: boolean): void {
  if (isPanelOpen(current(), id) === open) return;
  states = withPanel(current(), id, open);
  try {
    localStorage.setItem(PANEL_STORAGE_KEY, writePanelStates(states));
  } catch {
    // Not remembered (storage refused or full); the panel still opens or closes.
  }
  for (const l of listeners) l();
}

/** Whether the panel is open now (redraws when it is opened or closed anywhere). */
export function usePanelOpen(id: PanelId): boolean {
  return isPanelOpen(useSyncExternalStore(subscribe, current), id);
}

interface Props {
  readonly id: PanelId;
  /** The id of the heading (other parts of the page point at it). */
  readonly headingId: string;
  readonly title: ReactNode;
  readonly className?: string;
  /** Shown beside the title when the panel is closed, so a closed panel still says what it holds. */
  readonly summary?: ReactNode;
  readonly testId?: string;
  readonly live?: boolean;
  readonly children: ReactNode;
}

/**
 * A side panel that opens and closes: its heading is a disclosure button (`aria-expanded`, `aria-controls`),
 * reached with Tab and toggled with Enter or Space; a closed panel keeps its heading, so the page's outline
 * and the order of the panels stay the same. The state is remembered in the browser.
 */
export function Panel({ id, headingId, title, className, summary, testId, live, children }: Props) {
  const open = usePanelOpen(id);
  const bodyId = `panel-${id}-body`;
  return (
    <section
      className={`panel collapsible${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      data-panel={id}
      data-open={open}
      data-testid={testId}
    >
      <h2 id={headingId} className="panel-title">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setPanelOpen(id, !open)}
        >
          {title}
        </button>
      </h2>
      {!open && summary ? <p className="panel-summary muted small">{summary}</p> : null}
      <div id={bodyId} className="panel-body" hidden={!open} aria-live={live ? 'polite' : undefined}>
        {children}
      </div>
    </section>
  );
}
