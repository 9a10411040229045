import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests share one machine with other builds: generous limits, never timing asserts.
    // Some read every page of the site (the fixture's in about 80 s, the real release's tool pages
    // in about 100 s on a 2-core machine).
    testTimeout: 900_000,
    hookTimeout: 180_000,
    // One Chromium at a time.
    fileParallelism: false,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
