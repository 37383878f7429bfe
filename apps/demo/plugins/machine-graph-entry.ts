// Loaded by the layout plugin through Vite's module runner, so the SDK's TypeScript source is used as is.
export { getMachineGraph } from '@detainer-kit/sdk';
