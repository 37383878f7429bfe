import type { JurisdictionPolicy } from '@detainer-kit/sdk';
import { lazy, type ReactNode, Suspense, useCallback, useRef, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useT } from '../i18n/store';
import { readPopulationHash } from './population-link';

// The population view (its charts, and the worker it starts) loads on first use: it is not needed to start.
const PopulationView = lazy(() => import('./PopulationView'));

/**
 * The population mode of the app: the button that opens and closes it, and the panel (loaded lazily). Closing
 * stops any run in progress (the view terminates its worker) and returns focus to the button. A link with a
 * population part (`&population=…`) opens the mode at start.
 */
export function usePopulationMode(policy: JurisdictionPolicy): {
  readonly toggle: ReactNode;
  readonly panel: ReactNode;
} {
  const t = useT();
  // A link with a population part opens the view with its settings (a bad part: the defaults and a message).
  const [fromLink] = useState(() => readPopulationHash(location.hash));
  const [open, setOpen] = useState(fromLink.kind !== 'none');
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    requestAnimationFrame(() => button.current?.focus());
  }, []);
  const toggle = (
    <button
      ref={button}
      type="button"
      aria-pressed={open}
      onClick={() => (open ? close() : setOpen(true))}
      data-testid="population-toggle"
    >
      {t.populationView}
    </button>
  );
  const panel = open ? (
    <div className="population-wrap">
      <ErrorBoundary label="The population view">
        <Suspense fallback={<p className="panel">{t.loadingPopulation}</p>}>
          <PopulationView
            policy={policy}
            initialSettings={fromLink.kind === 'ok' ? fromLink.settings : undefined}
            linkError={fromLink.kind === 'error' ? fromLink.message : undefined}
            onClose={close}
          />
        </Suspense>
      </ErrorBoundary>
    </div>
  ) : null;
  return { toggle, panel };
}
