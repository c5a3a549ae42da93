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
          testTimeout: 30000,
          hookTimeout: 60000,
          // Two cores: one Chromium at a time keeps timings honest and the machine responsive.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
