import { getRequestListener } from '@hono/node-server';
import { createSimulatedProxy } from '@webform-kit/proxy/dev';
import express from 'express';
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

const app = express();
// First, and as a route: app.use('/api', ...) would strip /api, express.json() read the body.
app.all('/api/{*path}', getRequestListener(proxy));
app.use(express.json());
app.post('/orders', (request, response) => {
  const order = createOrder((request.body as { items?: unknown } | undefined)?.items);
  if (order === undefined) response.status(400).json({ message: 'Unknown items' });
  else response.status(201).json(order);
});
app.get('/orders/:id', (request, response) => {
  const order = findOrder(request.params.id);
  if (order === undefined) response.status(404).json({ message: 'No such order' });
  else response.json(order);
});
// The built app (npm run build), /return included.
app.use(express.static('dist'));
app.get('/return', (_request, response) => response.sendFile('index.html', { root: 'dist' }));

app.listen(port, '127.0.0.1', () => console.log(`checkout listening on ${origin}`));
