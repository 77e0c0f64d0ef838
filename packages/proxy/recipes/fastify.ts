import { getRequestListener } from '@hono/node-server';
import { createSimulatedProxy } from '@webform-kit/proxy/dev';
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://127.0.0.1:${port}`;
const { fetch: proxy } = await createSimulatedProxy({
  publicUrl: origin,
  allowedOrigins: [origin],
});
const listener = getRequestListener(proxy);

const app = Fastify();
// Before Fastify parses the body (onRequest comes first), the proxy takes the raw request.
app.addHook('onRequest', async (request, reply) => {
  if (!request.url.startsWith('/api/')) return;
  reply.hijack();
  await listener(request.raw, reply.raw);
});
app.get('/health', async () => ({ ok: true }));
await app.listen({ port, host: '127.0.0.1' });
console.log(`listening on ${origin}`);
