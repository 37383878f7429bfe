import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@detainer-kit/source'] },
  ssr: { resolve: { conditions: ['@detainer-kit/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // A guard against hangs, not a speed check (speed is measured by `npm run bench`): the simulation and CLI tests
    // run real populations and worker threads, which take several seconds on a loaded 2-core machine.
    testTimeout: 60_000,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
