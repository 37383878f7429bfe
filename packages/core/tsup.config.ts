import { resolve } from 'node:path';
import { defineConfig } from 'tsup';

/**
 * Builds the published files of `@detainer-kit/core`. In-repo work (tests, typecheck, the demo's dev server) runs on
 * `src/` through the `@detainer-kit/source` export condition; `dist/` is only for consumers and package checks.
 *
 * Unbundled (one output file per source file) so that a consumer's bundler, helped by `"sideEffects": false`, drops
 * whole modules it does not use: `import { detainerMachine }` then leaves out the zod schemas, presets, the policy
 * diff and the federal checks, which a single bundled file would keep (module-level schema calls are not pure).
 */
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts', '!src/test-support/**'],
  bundle: false,
  format: ['esm'],
  // The core has no DOM and no Node APIs, so it builds for any runtime.
  platform: 'neutral',
  target: 'es2022',
  dts: {
    entry: ['src/index.ts', 'src/text/es.ts'],
    // Declarations are written against the oldest xstate and zod the peer ranges accept (the `*-floor` dev
    // dependencies of the repository root), so that they name those versions' generics exactly: built against the
    // newest, `detainerMachine` would spell a type parameter that xstate 5.28 lacks and turn into `any` there.
    compilerOptions: {
      paths: {
        xstate: [resolve('../../node_modules/xstate-floor/dist/xstate.cjs.d.mts')],
        zod: [resolve('../../node_modules/zod-floor/index.d.ts')],
      },
    },
  },
  sourcemap: true,
  clean: true,
});
