/**
 * Several instances on one Redis: two proxy instances (fetch handlers in this process, each with
 * its own Redis connections) in front of the tests' fake finAPI, on a redis-server started on a
 * free loopback port. Prints creation and read latency at N concurrent sessions (1000 by
 * default, BENCH_SESSIONS overrides) and the time from a callback on one instance to the event
 * on a stream held by the other. Prints figures; asserts nothing.
 * `pnpm --filter @webform-kit/proxy bench`.
 */
import { createWebFormProxy, type WebFormProxy } from '../src/index.ts';
import { createRedisBackend, type RedisBackend } from '../src/redis/index.ts';
import { createFakeFinapi, FINAPI_TOKEN } from '../test/fakeFinapi.ts';
import {
  APP_ORIGIN,
  IMPORT_BODY,
  PROXY_ORIGIN,
  readSse,
  SESSION_SECRET,
  WEB_FORM_HOST,
} from '../test/helpers.ts';
import { startRedisServer } from '../src/testing/index.ts';

const SESSIONS = Number(process.env['BENCH_SESSIONS'] ?? 1000);
const STREAMS = Math.min(200, SESSIONS);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const figures = (name: string, ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(44)} p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  max ${f(sorted.at(-1) ?? NaN)} ms`,
  );
};

const redis = await startRedisServer();
const finapi = createFakeFinapi();
const backends: RedisBackend[] = [];
const instance = async (): Promise<WebFormProxy> => {
  const backend = createRedisBackend({ url: redis.url, prefix: 'bench:' });
  await backend.ready();
  backends.push(backend);
  return createWebFormProxy({
    finapiUrl: 'https://finapi.test',
    getAccessToken: async () => FINAPI_TOKEN,
    publicUrl: 'https://proxy.example.com',
    allowedOrigins: [APP_ORIGIN],
    allowedHosts: [new URL(PROXY_ORIGIN).host],
    allowedWebFormHosts: [WEB_FORM_HOST],
    sessionSecret: SESSION_SECRET,
    fetch: finapi.fetch,
    rateLimit: false,
    anonymousRateLimit: false,
    maxEventStreams: 20_000,
    store: backend.store,
    eventBus: backend.eventBus,
  });
};
const [a, b] = [await instance(), await instance()];

const timed = async <T>(step: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await step();
  return [result, performance.now() - started];
};

console.log(`redis-server on ${redis.url}; two instances; ${SESSIONS} concurrent sessions`);
const created = await Promise.all(
  Array.from({ length: SESSIONS }, (_, i) =>
    timed(async () => {
      const response = await (i % 2 === 0 ? a : b)(
        new Request(`${PROXY_ORIGIN}/api/webforms/bank-connection-import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: APP_ORIGIN },
          body: JSON.stringify(IMPORT_BODY),
        }),
      );
      if (response.status !== 201) throw new Error(`creation answered ${response.status}`);
      const { id } = (await response.json()) as { id: string };
      return { id, cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '' };
    }),
  ),
);
figures(
  'create (A or B), all at once',
  created.map(([, ms]) => ms),
);

const reads = await Promise.all(
  created.map(([{ id, cookie }], i) =>
    timed(async () => {
      const response = await (i % 2 === 0 ? b : a)(
        new Request(`${PROXY_ORIGIN}/api/webforms/${id}`, { headers: { cookie } }),
      );
      if (response.status !== 200) throw new Error(`read answered ${response.status}`);
      await response.arrayBuffer();
    }),
  ),
);
figures(
  'read on the other instance, all at once',
  reads.map(([, ms]) => ms),
);

// Callback on A -> event on a stream held by B, one flow after another.
const lags: number[] = [];
for (const [{ id, cookie }] of created.slice(0, STREAMS)) {
  const stream = readSse(
    await b(new Request(`${PROXY_ORIGIN}/api/webforms/${id}/events`, { headers: { cookie } })),
  );
  await stream.next();
  finapi.finishWebForm(id, 'COMPLETED');
  const index = [...finapi.webForms.keys()].indexOf(id);
  const creation = finapi.requests.filter((r) => r.method === 'POST')[index];
  const url = (creation?.body as { callbacks: { finalised: string } }).callbacks.finalised;
  const started = performance.now();
  const answered = a(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ webFormId: id, status: 'COMPLETED' }),
    }),
  );
  let item = await stream.next();
  while ('comment' in item) item = await stream.next();
  lags.push(performance.now() - started);
  await answered;
  await stream.cancel();
}
figures(`callback on A -> event on B (${STREAMS} flows)`, lags);

a.close();
b.close();
await Promise.all(backends.map((backend) => backend.close()));
await redis.stop();
