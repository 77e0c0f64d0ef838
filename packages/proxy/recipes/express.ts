import { getRequestListener } from '@hono/node-server';
import { createSimulatedProxy } from '@webform-kit/proxy/dev';
import express from 'express';

const port = Number(process.env.PORT ?? 3000);
const origin = `http://127.0.0.1:${port}`;
const { fetch: proxy } = await createSimulatedProxy({
  publicUrl: origin, // the simulator's callbacks come here
  allowedOrigins: [origin],
  // prepare, onOutcome: your backend decides each flow (see "Integrating")
});

const app = express();
// A route, not app.use('/api', ...): use() strips the prefix the proxy routes by (404 NOT_FOUND).
// And before express.json(), which would read the body first (400 INVALID_JSON).
app.all('/api/{*path}', getRequestListener(proxy));
app.use(express.json());
app.get('/health', (_request, response) => void response.json({ ok: true }));
app.listen(port, '127.0.0.1', () => console.log(`listening on ${origin}`));
