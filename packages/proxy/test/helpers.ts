import { vi } from 'vitest';
import { createWebFormProxy, type ProxyEvent, type WebFormProxyOptions } from '../src/index.ts';
import { createFakeFinapi, FINAPI_TOKEN, type FakeFinapi } from './fakeFinapi.ts';

export const SESSION_SECRET = 'test-session-secret-that-is-long-enough-0123456789';
export const APP_ORIGIN = 'http://localhost:5173';
export const PROXY_ORIGIN = 'http://proxy.test';

/** Where the fake finAPI's web forms live: another host than its API, as finAPI's own do. */
export const WEB_FORM_HOST = 'webform.example.test';

/**
 * A proxy in front of a fresh fake finAPI, with every event it reports collected. Browsers reach
 * it at {@link PROXY_ORIGIN}, a host it is told to answer besides its public URL's.
 */
export function createTestProxy(overrides: Partial<WebFormProxyOptions> = {}) {
  const finapi = createFakeFinapi();
  const events: ProxyEvent[] = [];
  const proxy = createWebFormProxy({ ...testProxyOptions(finapi, events), ...overrides });
  return { proxy, finapi, events };
}

/**
 * The options every test proxy starts from: the fake finAPI, the test secret, the app's origin,
 * {@link PROXY_ORIGIN}'s host and the fake finAPI's web form host, events into `events`.
 */
export function testProxyOptions(
  finapi: Pick<FakeFinapi, 'fetch'>,
  events: ProxyEvent[],
): WebFormProxyOptions {
  return {
    finapiUrl: 'https://finapi.test',
    getAccessToken: async () => FINAPI_TOKEN,
    publicUrl: 'https://proxy.example.com',
    allowedOrigins: [APP_ORIGIN],
    // The browser helper speaks to PROXY_ORIGIN, and the fake finAPI's forms live on their own host.
    allowedHosts: [new URL(PROXY_ORIGIN).host],
    allowedWebFormHosts: [WEB_FORM_HOST],
    sessionSecret: SESSION_SECRET,
    fetch: finapi.fetch,
    onEvent: (event) => events.push(event),
  };
}

export interface BrowserRequest {
  body?: unknown;
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * A browser as the proxy sees one: it keeps the session cookie it is given and sends it back.
 */
export function createBrowser(handler: (request: Request) => Promise<Response>) {
  let cookie: string | undefined;
  return {
    get cookie() {
      return cookie;
    },
    set cookie(value: string | undefined) {
      cookie = value;
    },
    async request(method: string, path: string, init: BrowserRequest = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      if (cookie !== undefined) headers.set('cookie', cookie);
      let body: BodyInit | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      }
      const response = await handler(
        new Request(`${PROXY_ORIGIN}${path}`, {
          method,
          headers,
          body: body ?? null,
          signal: init.signal ?? null,
        }),
      );
      const setCookie = response.headers.get('set-cookie');
      if (setCookie !== null) cookie = setCookie.split(';')[0];
      return response;
    },
  };
}

export type Browser = ReturnType<typeof createBrowser>;

export type SseItem = { data: unknown } | { comment: string } | { end: true };

/** Reads a Server-Sent Events body message by message. */
export function readSse(response: Response) {
  if (response.body === null) throw new Error('the response has no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  return {
    async next(): Promise<SseItem> {
      for (;;) {
        const boundary = buffer.indexOf('\n\n');
        if (boundary !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          if (block.startsWith(':')) return { comment: block.slice(1).trim() };
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          return { data: JSON.parse(data) as unknown };
        }
        if (ended) return { end: true };
        const { done, value } = await reader.read();
        if (done) ended = true;
        else buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

/** All four finAPI credentials `startProxyFromEnv` reads (a sandbox login the tests never use). */
export const FINAPI_ENV = {
  FINAPI_CLIENT_ID: 'client',
  FINAPI_CLIENT_SECRET: 'secret',
  FINAPI_USERNAME: 'user',
  FINAPI_PASSWORD: 'password',
};

/** A valid request body for creating a bank connection import. */
export const IMPORT_BODY = { bank: { search: 'DEMO' } };

/**
 * Waits until `check()` holds without moving fake time: real turns of the event loop (Web
 * Crypto, I/O) and timers already due, nothing later. Fails if it still does not hold after
 * `turns` turns.
 */
export async function turnUntil(check: () => boolean, what: string, turns = 10_000): Promise<void> {
  for (let turn = 0; turn < turns && !check(); turn++) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(0);
  }
  if (!check()) throw new Error(`${what}: not after ${turns} turns without time moving`);
}

/**
 * Lets `promise` settle without moving fake time (see {@link turnUntil}). For a test whose count
 * depends on what time would bring (a periodic poll): {@link advanceUntilSettled} moves time by
 * each step, and a loaded machine needs more steps.
 */
export async function settleWithoutAdvancing<T>(promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await turnUntil(() => settled, 'the promise settles');
  return promise;
}

/**
 * Moves fake time on in small steps until `promise` settles. Work the proxy does off the timer
 * queue (Web Crypto runs on a thread pool) gets a real turn of the event loop between steps, so a
 * timer it sets up late is still reached.
 */
export async function advanceUntilSettled<T>(promise: Promise<T>, stepMs = 100): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let step = 0; step < 1000 && !settled; step++) {
    await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(stepMs);
  }
  return promise;
}
