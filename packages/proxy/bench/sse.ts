/**
 * How much memory open event streams cost the proxy: opens N Server-Sent Events streams (1000,
 * then 5000 in all) to one proxy process over loopback and prints open streams, RSS and heap per
 * stream. Prints figures; asserts nothing. `pnpm --filter @webform-kit/proxy bench`.
 *
 * The proxy runs in a child process (so the client's sockets do not count) in front of a fake
 * finAPI in that process, with rate limiting off; the streams spread over a few web forms of one
 * session, as many tabs of one user would. BENCH_STREAMS overrides the steps (e.g. "200,500"),
 * capped at 10000 streams.
 */
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const MAX_STREAMS = 10_000;
const WEB_FORMS = 10;

type Memory = { rss: number; heapUsed: number; external: number; arrayBuffers: number };
type Message = { type: 'listening'; url: string } | { type: 'memory'; memory: Memory };

// ---- child: the proxy ----------------------------------------------------------------------

async function serveProxy(): Promise<void> {
  const { startProxyServer } = await import('../src/node.ts');
  const forms = new Map<string, object>();
  const fakeFinapi = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    const at = new Date().toISOString().replace('Z', '+0000');
    if (init?.method === 'POST') {
      const id = crypto.randomUUID();
      const webForm = {
        id,
        url: `https://webform.example.test/wf/${id}`,
        createdAt: at,
        expiresAt: at,
        type: 'BANK_CONNECTION_IMPORT',
        status: 'NOT_YET_OPENED',
        payload: {},
      };
      forms.set(id, webForm);
      return Response.json(webForm, { status: 201 });
    }
    const webForm = forms.get(url.pathname.split('/').at(-1) ?? '');
    return webForm ? Response.json(webForm) : new Response('{}', { status: 404 });
  };
  const server = await startProxyServer({
    port: 0,
    getAccessToken: async () => 'bench-token',
    finapiUrl: 'https://finapi.bench.test',
    allowedWebFormHosts: ['webform.example.test'],
    sessionSecret: 'bench-session-secret-0123456789-ABCDEFGHIJ',
    rateLimit: false,
    anonymousRateLimit: false,
    maxEventStreams: MAX_STREAMS,
    // Many tabs of one user: far past the few streams a session may hold by default.
    maxStreamsPerSession: MAX_STREAMS,
    registerCallbacks: false,
    fetch: fakeFinapi as typeof fetch,
  });
  process.send?.({ type: 'listening', url: server.url } satisfies Message);
  process.on('message', (message: { type: string }) => {
    if (message.type === 'measure') {
      globalThis.gc?.();
      globalThis.gc?.();
      process.send?.({ type: 'memory', memory: process.memoryUsage() } satisfies Message);
    }
    if (message.type === 'exit') void server.close().then(() => process.exit(0));
  });
}

// ---- parent: the clients -------------------------------------------------------------------

function nextMessage<T extends Message['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<Message, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} message from the proxy`)), 60_000);
    const onMessage = (message: Message) => {
      if (message.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as Extract<Message, { type: T }>);
    };
    child.on('message', onMessage);
  });
}

async function measure(child: ChildProcess): Promise<Memory> {
  child.send({ type: 'measure' });
  return (await nextMessage(child, 'memory')).memory;
}

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

/** Opens one stream and resolves once its first event has arrived. */
function openStream(url: string, cookie: string): Promise<http.ClientRequest> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent, headers: { cookie, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          reject(new Error(`stream answered ${response.statusCode}`));
          response.resume();
          return;
        }
        response.setEncoding('utf8');
        response.once('data', () => resolve(request));
        response.on('data', () => undefined);
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error('stream timed out')));
    request.on('error', reject);
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function run(): Promise<void> {
  const steps = (process.env['BENCH_STREAMS'] ?? '1000,5000')
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .map((n) => Math.min(n, MAX_STREAMS))
    .sort((a, b) => a - b);

  const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const streams: http.ClientRequest[] = [];
  try {
    const { url } = await nextMessage(child, 'listening');
    let cookie = '';
    const ids: string[] = [];
    for (let i = 0; i < WEB_FORMS; i++) {
      const response = await fetch(`${url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ bank: { search: 'DEMO' } }),
      });
      cookie ||= (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      ids.push(((await response.json()) as { id: string }).id);
    }

    const base = await measure(child);
    console.log(
      `proxy SSE benchmark: ${WEB_FORMS} web forms of one session, loopback, Node ${process.version}`,
    );
    console.log(`baseline            rss ${mb(base.rss)}, heap ${mb(base.heapUsed)}`);
    console.log('open streams   open time     rss      heap     rss/stream  heap/stream');

    for (const target of steps) {
      const started = performance.now();
      // Opened in batches so the listen backlog is not the thing being measured.
      while (streams.length < target) {
        const batch = Math.min(200, target - streams.length);
        const opened = await Promise.all(
          Array.from({ length: batch }, (_, i) =>
            openStream(
              `${url}/api/webforms/${ids[(streams.length + i) % ids.length]}/events`,
              cookie,
            ),
          ),
        );
        streams.push(...opened);
      }
      const seconds = (performance.now() - started) / 1000;
      const memory = await measure(child);
      const rss = memory.rss - base.rss;
      const heap = memory.heapUsed - base.heapUsed;
      console.log(
        `${String(streams.length).padStart(12)}   ${`${seconds.toFixed(2)} s`.padStart(9)}  ${mb(memory.rss).padStart(9)} ${mb(memory.heapUsed).padStart(9)}  ${kb(rss / streams.length).padStart(9)}  ${kb(heap / streams.length).padStart(10)}`,
      );
    }

    for (const stream of streams.splice(0)) stream.destroy();
    await new Promise((resolve) =>
      setTimeout(resolve, Number(process.env['BENCH_SETTLE_MS'] ?? 3000)),
    );
    const after = await measure(child);
    console.log(`after closing all   rss ${mb(after.rss)}, heap ${mb(after.heapUsed)}`);
  } finally {
    for (const stream of streams) stream.destroy();
    agent.destroy();
    child.send({ type: 'exit' });
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve(undefined);
      }, 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }
}

if (process.argv.includes('--serve')) await serveProxy();
else await run();
