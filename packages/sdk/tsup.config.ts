import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Builds the published files of `@detainer-kit/sdk`. In-repo work (tests, typecheck, the demo) runs on `src/`
 * through the `@detainer-kit/source` export condition; `dist/` is for consumers, the `detainer` CLI
 * (`dist/cli/main.js`, started by `bin/detainer.js`) and the simulation worker (`dist/simulation/worker.js`).
 *
 * Unbundled like the core (one output file per source file), so that a consumer's bundler, helped by
 * `"sideEffects": false`, keeps only the modules an import reaches: `import { toMermaid }` then leaves out cases,
 * scenarios, the scenario library and the simulation. Imports stay as written, so `@detainer-kit/core` and the
 * peers (`xstate`, `zod`) are never copied in, and the scenario files are imported from the shipped `scenarios/`
 * folder (`../../scenarios/*.json` resolves from `dist/scenario/` exactly as from `src/scenario/`).
 * Source maps carry the TypeScript source (`sourcesContent`), which is therefore not shipped a second time.
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/**/*.test-helpers.ts'],
  bundle: false,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // Types only for the library entry: the CLI and the worker are not importable API.
  dts: {
    entry: { index: 'src/index.ts' },
    // Declarations are written against the oldest xstate and zod the peer ranges accept (the `*-floor` dev
    // dependencies of the repository root), as in the core: built against the newest, they would name type
    // parameters that older versions lack, which TypeScript then reads as `any`.
    compilerOptions: {
      paths: {
        xstate: [resolve('../../node_modules/xstate-floor/dist/xstate.cjs.d.mts')],
        zod: [resolve('../../node_modules/zod-floor/index.d.ts')],
      },
    },
  },
  sourcemap: true,
  clean: true,
  esbuildOptions(options) {
    // Keep `with { type: 'json' }` on the JSON imports: Node refuses a JSON import without it.
    options.supported = { ...options.supported, 'import-attributes': true };
  },
});
