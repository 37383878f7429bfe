import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@detainer-kit/source'] },
  ssr: { resolve: { conditions: ['@detainer-kit/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    // Seeds fast-check: the same result for the same commit; DETAINER_FC_SEED replays a seed (see the README).
    setupFiles: ['../../test-support/fast-check.setup.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
