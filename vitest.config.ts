import { defineConfig } from 'vitest/config';

// Two projects: fast units in happy-dom, and end-to-end tests that drive Debian's Chromium
// through playwright-core against a local server (test/browser/harness.ts).
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          environmentOptions: { happyDOM: { url: 'https://www.shop.test/' } },
          setupFiles: ['test/unit/setup.ts'],
          // A limit that only bounds a failing test: a busy 2-core machine (a browser suite beside it)
          // makes the heavier units (history, fuzzing) take several times their quiet duration.
          testTimeout: 30000,
          // The interface's stylesheet as a real string (`styles.css?inline`), as the build gives it.
          css: { include: [/src\/ui\/styles\.css/] },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Waits end when their condition holds (requests, events, polling); these limits only
          // bound a failing test, and are wide because a busy 2-core machine starts renderers slowly.
          testTimeout: 90000,
          hookTimeout: 90000,
          expect: { poll: { timeout: 15000, interval: 50 } },
          // Two cores: one Chromium at a time, and at most 3 matrix cases (12 pages) side by side.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          maxConcurrency: 3,
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
