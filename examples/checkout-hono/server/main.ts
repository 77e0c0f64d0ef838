import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createSimulatedProxy } from '@webform-kit/proxy/dev';
import { Hono } from 'hono';
import { createOrder, findOrder, onOutcome, prepare } from './orders.ts';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://127.0.0.1:${port}`;
// finAPI's simulator in this process, for development. In production: createWebFormProxy from
// @webform-kit/proxy with your finAPI token lookup, mounted the same way.
const { fetch: proxy } = await createSimulatedProxy({
  publicUrl: origin,
  allowedOrigins: [origin, `http://localhost:${port}`, 'http://localhost:5173'],
  prepare,
  onOutcome,
});

const app = new Hono();
// The raw request, path and body untouched: app.route() or mount() would strip /api.
app.all('/api/*', (c) => proxy(c.req.raw));
app.post('/orders', async (c) => {
  const body = (await c.req.json().catch(() => undefined)) as { items?: unknown } | undefined;
  const order = createOrder(body?.items);
  return order === undefined ? c.json({ message: 'Unknown items' }, 400) : c.json(order, 201);
});
app.get('/orders/:id', (c) => {
  const order = findOrder(c.req.param('id'));
  return order === undefined ? c.json({ message: 'No such order' }, 404) : c.json(order);
});
// The built app (npm run build), /return included.
app.use('/*', serveStatic({ root: './dist' }));
app.get('/return', serveStatic({ path: './dist/index.html' }));

serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () =>
  console.log(`checkout listening on ${origin}`),
);
