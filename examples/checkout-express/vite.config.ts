import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// `npm run dev` (the app on :5173) beside `npm start` (the server on :3000): the dev server
// passes /api and /orders on with the browser's Host and Origin (changeOrigin stays false).
const server = process.env.SERVER_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': { target: server }, '/orders': { target: server } } },
});
