import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./', import.meta.url)) };
// Projects do not inherit the root's test options, so each gets these.
const common = {
  testTimeout: 60_000,
  hookTimeout: 300_000,
  pool: 'forks' as const,
  // Waits in browser tests poll a condition; on a loaded 2-core machine a page can take seconds to settle.
  expect: { poll: { timeout: 15_000, interval: 50 } },
  // content/ holds the national corpus; the suite reads the seed documents and a sample (scripts/test-content.ts).
  env: { KB_CONTENT: '.test-content' },
  globalSetup: ['tests/helpers/global-setup.ts'],
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { ...common, name: 'unit', include: ['tests/**/*.test.ts'], exclude: ['tests/browser/**'] } },
      // Browser tests share the built out/ and Chromium, and one of them builds a whole site of its own:
      // they run one file at a time, and `npm test` runs them after the unit project, not beside it.
      { resolve: { alias }, test: { ...common, name: 'browser', include: ['tests/browser/**/*.test.ts'], fileParallelism: false } },
    ],
  },
});
