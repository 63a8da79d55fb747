import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // SQLite crash tests and LibreOffice rendering are heavy on a 2-core machine
    maxWorkers: 2,
    // Chromium and LibreOffice share the 2 cores with the other worker: a test that misses a poll under that
    // load gets one more run; a real failure fails both runs (and the report names the retry)
    retry: 1,
  },
});
