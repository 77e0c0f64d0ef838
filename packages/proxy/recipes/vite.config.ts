// vite.config.ts: the app on Vite's dev server, /api passed to the proxy (`npx webform-kit-proxy`,
// with ALLOWED_ORIGINS=http://localhost:5173), event streams included.
import { defineConfig } from 'vite';

export default defineConfig({
  server: {
    proxy: {
      // changeOrigin stays false: the proxy answers only the Host of an allowed origin (so
      // http://localhost:5173 must be in its ALLOWED_ORIGINS), and checks the browser's Origin.
      '/api': { target: process.env.PROXY_URL ?? 'http://127.0.0.1:8787' },
    },
  },
});
