// Loaded by the layout plugin through Vite's module runner, so the SDK's TypeScript source is used as is.
import { loadLanguage } from '@detainer-kit/sdk';

// The Spanish texts, for the teaching view laid out in Spanish too: loaded here, while the module runner is open
// (it closes once this module is imported, so a later dynamic import would fail).
await loadLanguage('es');

export { getMachineGraph } from '@detainer-kit/sdk';
// The Spanish event names, so the Spanish layout's arrows to a choice point are labelled in Spanish too.
export { es as demoEs } from '../src/i18n/es.ts';
// The event names of the event buttons, for the teaching view's arrows to a choice point.
export { EVENT_LABELS } from '../src/model/event-forms.ts';
