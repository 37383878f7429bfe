import { defineConfig } from 'tsup';
/**
 * Builds the published files of `@detainer-kit/core`. In-repo work (tests, typecheck, the demo's dev server) runs on
 * `src/` through the `@detainer-kit/source` export condition; `dist/` is only for consumers and package checks.
 * Dependencies and peer dependencies stay external (tsup's default), so `dist/index.js` holds only this package's code.
 */
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  // The core has no DOM and no Node APIs, so it builds for any runtime.
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
});
