import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@detainer-kit/source'] },
  ssr: { resolve: { conditions: ['@detainer-kit/source'] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'plugins/**/*.test.ts'],
  },
});
