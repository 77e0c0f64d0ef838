/**
 * The demo app. In development and preview the browser talks to one origin
 * (http://localhost:5173): `/api` is forwarded to the proxy and `/__simulator` to the simulator's
 * control API, exactly as an integrator's own app would forward `/api` to their backend.
 * server/demo.ts starts the proxy and the simulator and sets the target ports.
 */
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { viewPreloadPlugin } from './vite/viewPreloadPlugin.ts';

const proxyTarget = process.env.WEBFORM_KIT_PROXY_URL ?? 'http://127.0.0.1:8787';
const simulatorTarget = process.env.WEBFORM_KIT_SIMULATOR_URL ?? 'http://127.0.0.1:8788';
const port = Number(process.env.DEMO_PORT ?? 5173);

const forward = {
  '/api': { target: proxyTarget, changeOrigin: false },
  '/__simulator': { target: simulatorTarget, changeOrigin: true },
  '/__demo': { target: proxyTarget, changeOrigin: false },
};

export default defineConfig({
  plugins: [
    react(),
    // The first view's lazy chunks (see src/App.tsx: pageOf, and the panels) download beside
    // the entry. Keep the paths in step with App.tsx's routes.
    viewPreloadPlugin({
      views: [
        { path: '/', modules: ['src/pages/StartPage.tsx'] },
        { path: '/return', modules: ['src/pages/ReturnPage.tsx'] },
        { path: '/support', modules: ['src/pages/SupportPage.tsx'] },
        { path: /^\/start\/[a-z-]+\/?$/, modules: ['src/pages/FlowPage.tsx'] },
      ],
      fallback: ['src/pages/NotFoundPage.tsx'],
      always: { modules: ['src/panels/Panels.tsx'], unless: { param: 'panels', value: '0' } },
    }),
  ],
  // Workspace packages are used from their TypeScript sources, so the demo needs no prebuild.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { host: '127.0.0.1', port, strictPort: true, proxy: forward },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy: forward },
  build: { outDir: 'dist', sourcemap: true },
});
