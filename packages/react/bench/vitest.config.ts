/**
 * On demand only (not part of `pnpm test`): figures that are printed, not asserted.
 *   npx vitest run --config packages/react/bench/vitest.config.ts
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
  test: {
    name: 'react-bench',
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'jsdom',
    include: ['bench/**/*.test.{ts,tsx}'],
    setupFiles: ['./test/setup.ts'],
  },
});
