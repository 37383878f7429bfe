import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@detainer-kit/source'] },
  ssr: { resolve: { conditions: ['@detainer-kit/source'] } },
  test: {
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
