/**
 * Several instances on one Redis, each a process of its own: two proxy servers (child processes
 * of this script, each with its own Redis connections, as two deployments would be) on a
 * redis-server started on a free loopback port, in front of a fake finAPI served over HTTP by
 * this process (which counts its reads). Prints, per instance:
 *
 * - create and read latency at N concurrent sessions (1000 by default, BENCH_SESSIONS): created
 *   half on A and half on B, all at once, then each read on the other instance;
 * - open event streams held by instance A (10000 by default, BENCH_STREAMS, spread over those
 *   sessions' web forms), with A's RSS and open file descriptors (`/proc/self/status`,
 *   `/proc/self/fd`) as they grow, and B's;
 * - finAPI reads per second while all those forms wait with callbacks working (the safety
 *   poll's pace, `unattendedPollMs` 60 s by default), over BENCH_WINDOW_MS (60 s by default: one whole poll interval);
 * - callback -> event: finAPI's callback posted to B, the event on a stream held by A
 *   (200 flows, one after another), p50/p95/max.
 *
 * Prints figures; asserts nothing. `pnpm --filter @webform-kit/proxy bench`. This process and
 * each instance hold one descriptor per stream: the file descriptor limit (`ulimit -n`) must be
 * above BENCH_STREAMS plus a few hundred; it says so and stops otherwise.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { descriptorLimit } from '../src/launch/descriptorLimit.ts';
import { startRedisServer } from '../src/testing/index.ts';

const SESSIONS = Number(process.env['BENCH_SESSIONS'] ?? 1000);
const STREAMS = Number(process.env['BENCH_STREAMS'] ?? 10_000);
const WINDOW_MS = Number(process.env['BENCH_WINDOW_MS'] ?? 60_000);
const LAG_FLOWS = Math.min(200, SESSIONS);
const WEB_FORM_HOST = 'webform.bench.test';
const SESSION_SECRET = 'bench-session-secret-0123456789-ABCDEFGHIJ';

interface Usage {
  rssKb: number;
  fds: number;
  heapUsed: number;
}
type Message = { type: 'listening'; url: string } | { type: 'usage'; usage: Usage };

// ---- child: one proxy instance -------------------------------------------------------------

/** This process's resident memory and open descriptors, as Linux counts them. */
function usage(): Usage {
  const status = readFileSync('/proc/self/status', 'utf8');
  const rssKb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return {
    rssKb,
    fds: readdirSync('/proc/self/fd').length,
    heapUsed: process.memoryUsage().heapUsed,
  };
}

async function serveInstance(finapiUrl: string, redisUrl: string): Promise<void> {
  const { startProxyServer } = await import('../src/node.ts');
  const { createRedisBackend } = await import('../src/redis/index.ts');
  const backend = createRedisBackend({ url: redisUrl, prefix: 'bench:' });
  await backend.ready();
  const server = await startProxyServer({
    port: 0,
    finapiUrl,
    getAccessToken: async () => 'bench-token',
    allowedWebFormHosts: [WEB_FORM_HOST],
    sessionSecret: SESSION_SECRET,
    rateLimit: false,
    anonymousRateLimit: false,
    maxEventStreams: STREAMS + 100,
    maxStreamsPerSession: Math.ceil(STREAMS / SESSIONS) + 2,
    store: backend.store,
    eventBus: backend.eventBus,
    log: false,
  });
  process.send?.({ type: 'listening', url: server.url } satisfies Message);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'usage') {
      globalThis.gc?.();
      process.send?.({ type: 'usage', usage: usage() } satisfies Message);
    }
    if (message.type === 'exit') {
      void server
        .close()
        .then(() => backend.close())
        .then(() => process.exit(0));
    }
  });
}

// ---- parent: finAPI, the clients and the figures -------------------------------------------

interface FakeForm {
  webForm: Record<string, unknown>;
  callbackUrl: string;
}

/** finAPI's web form endpoints, enough for the proxy: create, read; reads are counted. */
async function startFakeFinapi() {
  const forms = new Map<string, FakeForm>();
  let reads = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const at = new Date().toISOString().replace('Z', '+0000');
      const expires = new Date(Date.now() + 20 * 60_000).toISOString().replace('Z', '+0000');
      const send = (status: number, value: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(value));
      };
      if (request.method === 'POST') {
        const id = crypto.randomUUID();
        const sent = JSON.parse(body) as { callbacks?: { finalised?: string } };
        const webForm = {
          id,
          url: `https://${WEB_FORM_HOST}/wf/${id}`,
          createdAt: at,
          expiresAt: expires,
          type: 'BANK_CONNECTION_IMPORT',
          status: 'NOT_YET_OPENED',
          payload: {},
        };
        forms.set(id, { webForm, callbackUrl: sent.callbacks?.finalised ?? '' });
        return send(201, webForm);
      }
      reads++;
      const form = forms.get(request.url?.split('/').at(-1) ?? '');
      if (form === undefined) return send(404, { errors: [{ message: 'not found' }] });
      send(200, form.webForm);
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forms,
    reads: () => reads,
    complete(id: string) {
      const form = forms.get(id);
      if (form)
        form.webForm = { ...form.webForm, status: 'COMPLETED', payload: { bankConnectionId: 1 } };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function nextMessage<T extends Message['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<Message, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${type} message from an instance`)),
      60_000,
    );
    const onMessage = (message: Message) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as Extract<Message, { type: T }>);
    };
    child.on('message', onMessage);
  });
}

async function usageOf(child: ChildProcess): Promise<Usage> {
  child.send({ type: 'usage' });
  return (await nextMessage(child, 'usage')).usage;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
const streamAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** One request over loopback; resolves with its status, body and headers. */
function request(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const sent = http.request(
      url,
      { agent, method: init.method ?? 'GET', headers: init.headers },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: response.headers }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(init.body);
  });
}

interface Stream {
  request: http.ClientRequest;
  /** Resolves at the first data chunk after now that contains `text`. */
  next(text: string): Promise<void>;
}

/** Opens one stream and resolves once its first event has arrived. */
function openStream(url: string, cookie: string): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const waiting: { text: string; resolve: () => void }[] = [];
    const sent = http.get(
      url,
      { agent: streamAgent, headers: { cookie, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`stream answered ${response.statusCode}`));
          response.resume();
          return;
        }
        response.setEncoding('utf8');
        response.once('data', () =>
          resolve({
            request: sent,
            next: (text) => new Promise((done) => waiting.push({ text, resolve: done })),
          }),
        );
        response.on('data', (chunk: string) => {
          for (const wait of waiting.splice(0)) {
            if (chunk.includes(wait.text)) wait.resolve();
            else waiting.push(wait);
          }
        });
      },
    );
    sent.setTimeout(120_000, () => sent.destroy(new Error('stream timed out')));
    sent.on('error', reject);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const figures = (name: string, ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(1).padStart(7);
  console.log(
    `${name.padEnd(46)} p50 ${f(percentile(sorted, 50))} ms  p95 ${f(percentile(sorted, 95))} ms  max ${f(sorted.at(-1) ?? NaN)} ms`,
  );
};
const usageLine = (name: string, u: Usage) =>
  `${name.padEnd(10)} rss ${(u.rssKb / 1024).toFixed(1).padStart(7)} MB  fds ${String(u.fds).padStart(6)}  heap ${(u.heapUsed / 1024 / 1024).toFixed(1).padStart(6)} MB`;

async function timed<T>(step: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await step();
  return [result, performance.now() - started];
}

async function run(): Promise<void> {
  const limit = descriptorLimit();
  if (limit !== undefined && limit < STREAMS + 500) {
    console.log(
      `the descriptor limit is ${limit}, below ${STREAMS} streams plus some: raise it (ulimit -n ${STREAMS + 1000}) or set BENCH_STREAMS`,
    );
    process.exit(1);
  }
  const redis = await startRedisServer();
  const finapi = await startFakeFinapi();
  const children: ChildProcess[] = [];
  const streams: Stream[] = [];
  try {
    const spawnInstance = async () => {
      const child = fork(fileURLToPath(import.meta.url), ['--instance', finapi.url, redis.url], {
        execArgv: [...process.execArgv, '--expose-gc'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      return { child, url: (await nextMessage(child, 'listening')).url };
    };
    const a = await spawnInstance();
    const b = await spawnInstance();
    console.log(
      `redis-server ${redis.url}; instances A and B, one process each; Node ${process.version}; ${SESSIONS} sessions, ${STREAMS} streams on A`,
    );
    console.log(usageLine('A at start', await usageOf(a.child)));
    console.log(usageLine('B at start', await usageOf(b.child)));

    const created = await Promise.all(
      Array.from({ length: SESSIONS }, (_, i) =>
        timed(async () => {
          const response = await request(
            `${(i % 2 === 0 ? a : b).url}/api/webforms/bank-connection-import`,
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ bank: { search: 'DEMO' } }),
            },
          );
          if (response.status !== 201)
            throw new Error(`creation answered ${response.status}: ${response.body}`);
          const { id } = JSON.parse(response.body) as { id: string };
          const cookie = String(response.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
          return { id, cookie };
        }),
      ),
    );
    figures(
      `create (A or B), ${SESSIONS} at once`,
      created.map(([, ms]) => ms),
    );
    const reads = await Promise.all(
      created.map(([{ id, cookie }], i) =>
        timed(async () => {
          const response = await request(`${(i % 2 === 0 ? b : a).url}/api/webforms/${id}`, {
            headers: { cookie },
          });
          if (response.status !== 200) throw new Error(`read answered ${response.status}`);
        }),
      ),
    );
    figures(
      `read on the other instance, ${SESSIONS} at once`,
      reads.map(([, ms]) => ms),
    );

    const flows = created.map(([flow]) => flow);
    const byId = new Map<string, Stream>();
    const steps = [1000, 5000, 10_000, STREAMS].filter(
      (n, i, all) => n <= STREAMS && all.indexOf(n) === i,
    );
    const beforeStreams = await usageOf(a.child);
    console.log(usageLine('A, flows', beforeStreams));
    console.log(`streams held by A (over ${flows.length} web forms, each of its own session):`);
    for (const target of steps.sort((x, y) => x - y)) {
      const started = performance.now();
      while (streams.length < target) {
        const batch = Math.min(200, target - streams.length);
        const opened = await Promise.all(
          Array.from({ length: batch }, (_, i) => {
            const flow = flows[(streams.length + i) % flows.length] as {
              id: string;
              cookie: string;
            };
            return openStream(`${a.url}/api/webforms/${flow.id}/events`, flow.cookie).then(
              (stream) => {
                if (!byId.has(flow.id)) byId.set(flow.id, stream);
                return stream;
              },
            );
          }),
        );
        streams.push(...opened);
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(
        usageLine(`A ${String(streams.length).padStart(6)}`, await usageOf(a.child)) +
          `  (opened in ${seconds.toFixed(1)} s)`,
      );
    }
    const withStreams = await usageOf(a.child);
    console.log(usageLine('B', await usageOf(b.child)));

    const readsBefore = finapi.reads();
    const windowStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const perSecond = ((finapi.reads() - readsBefore) * 1000) / (performance.now() - windowStart);
    console.log(
      `finAPI reads while ${flows.length} forms wait (callbacks working, ${streams.length} streams): ${perSecond.toFixed(2)}/s over ${(WINDOW_MS / 1000).toFixed(0)} s, both instances together`,
    );

    const lags: number[] = [];
    for (const flow of flows.slice(0, LAG_FLOWS)) {
      const stream = byId.get(flow.id);
      const form = finapi.forms.get(flow.id);
      if (stream === undefined || form === undefined) continue;
      finapi.complete(flow.id);
      const arrived = stream.next('COMPLETED');
      const callback = new URL(form.callbackUrl);
      const started = performance.now();
      const answered = request(`${b.url}${callback.pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ webFormId: flow.id, status: 'COMPLETED' }),
      });
      await arrived;
      lags.push(performance.now() - started);
      const { status } = await answered;
      if (status >= 300) throw new Error(`the callback answered ${status}`);
    }
    figures(`callback on B -> event on A (${lags.length} flows)`, lags);
    console.log(
      `per stream on A: ${((withStreams.rssKb - beforeStreams.rssKb) / streams.length).toFixed(1)} kB RSS, ${((withStreams.fds - beforeStreams.fds) / streams.length).toFixed(2)} descriptors`,
    );
  } finally {
    for (const stream of streams) stream.request.destroy();
    agent.destroy();
    streamAgent.destroy();
    await Promise.all(
      children.map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => {
              child.kill('SIGKILL');
              resolve(undefined);
            }, 15_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve(undefined);
            });
            child.send({ type: 'exit' });
          }),
      ),
    );
    await finapi.close();
    await redis.stop();
  }
}

const at = process.argv.indexOf('--instance');
if (at >= 0) await serveInstance(process.argv[at + 1] ?? '', process.argv[at + 2] ?? '');
else await run();
