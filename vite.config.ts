/**
 * The workspace's Vitest projects: one `pnpm test` at the root runs every package's suite.
 * Workspace packages export a `source` condition pointing at their TypeScript, so nothing needs
 * building before tests run (the conditions must be repeated for SSR, which node tests use).
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    // In CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'artifacts/vitest-report.json' }]]
      : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          root: 'packages/core',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'simulator',
          root: 'packages/simulator',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'proxy',
          root: 'packages/proxy',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          setupFiles: ['./test/setup.ts'],
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.{ts,tsx}', 'test/**/*.test-d.{ts,tsx}'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        // The demo end to end in Debian's Chromium: one demo (production build, proxy,
        // simulator) for all files; files run one at a time because the simulator's scenario
        // is global state.
        extends: true,
        // The global setup runs in Vitest's own `__vitest__` environment, which does not take
        // the `ssr` conditions above; it needs `source` too to import the demo's server.
        environments: {
          __vitest__: { resolve: { conditions: ['source', ...defaultServerConditions] } },
        },
        test: {
          name: 'e2e',
          root: 'apps/demo',
          environment: 'node',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['./e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
      {
        // The apps in examples/ as integrators get them: the packages packed, npm-installed in
        // an empty folder with the rest from the npm registry, built, and paid round trip in
        // Debian's Chromium. Installs take minutes on a cold npm cache, hence the timeouts.
        extends: true,
        test: {
          name: 'examples',
          root: 'apps/demo',
          environment: 'node',
          include: ['e2e/examples/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Every story of .storybook runs as a test in Debian's Chromium, with an axe check.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: '/usr/bin/chromium',
                args: [
                  '--headless',
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-quic',
                  '--no-first-run',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
