import { serve } from '@hono/node-server';
import { createSimulatedProxy } from '@webform-kit/proxy/dev';
import { Hono } from 'hono';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://127.0.0.1:${port}`;
const { fetch: proxy } = await createSimulatedProxy({
  publicUrl: origin,
  allowedOrigins: [origin],
});

const app = new Hono();
// The raw request, path and body untouched (app.route or mount would strip the prefix).
app.all('/api/*', (c) => proxy(c.req.raw));
app.get('/health', (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () =>
  console.log(`listening on ${origin}`),
);
