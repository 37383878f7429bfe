import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@detainer-kit/source'] },
  ssr: { resolve: { conditions: ['@detainer-kit/source'] } },
  test: {
    // Time limits are not assertions: a loaded CI machine must not fail a correct test (the heavy property, path
    // and simulation tests take several seconds there). Speed is measured by the benchmarks instead.
    testTimeout: 60_000,
    environment: 'node',
    include: ['src/**/*.test.ts', 'plugins/**/*.test.ts'],
  },
});
