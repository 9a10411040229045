import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests share one machine with other builds: generous limits, never timing asserts.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One Chromium at a time.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
