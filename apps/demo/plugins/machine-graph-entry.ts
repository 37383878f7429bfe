// Loaded by the layout plugin through Vite's module runner, so the SDK's TypeScript source is used as is.
export { getMachineGraph, loadLanguage } from '@detainer-kit/sdk';
// The event names of the event buttons, for the teaching view's arrows to a choice point.
export { EVENT_LABELS } from '../src/model/event-forms.ts';
