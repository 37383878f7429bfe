import { defineConfig } from 'tsup';

/**
 * Builds the published files of `@detainer-kit/sdk`: the library entry (`dist/index.js` + types) and the CLI
 * (`dist/cli/main.js`, started by `bin/detainer.js`). Dependencies, including `@detainer-kit/core`, stay external.
 */
export default defineConfig({
  entry: { index: 'src/index.ts', 'cli/main': 'src/cli/main.ts', 'simulation/worker': 'src/simulation/worker.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // Types only for the library entry: the CLI is not importable API.
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // Always import the core, never bundle a second copy of it: even before `@detainer-kit/core` is listed in
  // `dependencies` (which is what makes tsup treat a package as external).
  external: ['@detainer-kit/core'],
});
