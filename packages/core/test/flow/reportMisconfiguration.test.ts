import { notifyManager } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProxyClient } from '../../src/createProxyClient.ts';
import { FlowEngine } from '../../src/flow/index.ts';
import type { FlowKit, WebFormFlowOptions } from '../../src/flow/index.ts';
import { resetMisconfigurationReports } from '../../src/flow/reportMisconfiguration.ts';
import { RETURN_TO, fakeKit, fakeProxy, fakeTab } from './support/fakeBrowser.ts';

const IMPORT: WebFormFlowOptions<'bank-connection-import'> = {
  kind: 'bank-connection-import',
  input: {},
  returnTo: RETURN_TO,
};

const stops: (() => void)[] = [];
const kits: FlowKit[] = [];
let consoleError: ReturnType<typeof vi.spyOn>;

/** A page whose proxy client's every request gets this answer. */
function pageAnswering(answer: () => Response, options: WebFormFlowOptions = IMPORT) {
  const proxy = fakeProxy();
  const client = createProxyClient({ baseUrl: '/api', fetch: async () => answer() });
  const kit = fakeKit(fakeTab(), { ...proxy, client });
  kits.push(kit);
  const engine = new FlowEngine(kit, options);
  stops.push(engine.subscribe(() => {}));
  return engine;
}

/** A page with a working proxy. */
function pageWithProxy(options: WebFormFlowOptions) {
  const kit = fakeKit(fakeTab(), fakeProxy());
  kits.push(kit);
  const engine = new FlowEngine(kit, options);
  stops.push(engine.subscribe(() => {}));
  return engine;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function settle(): Promise<void> {
  // Long enough for any retry of a retryable creation failure.
  for (let i = 0; i < 10; i += 1) await vi.advanceTimersByTimeAsync(10_000);
}

/** What the kit logged, one string per console.error call. */
const logged = () => consoleError.mock.calls.map((args: unknown[]) => args.join(' '));

beforeEach(() => {
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  resetMisconfigurationReports();
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const kit of kits.splice(0)) kit.queryClient.clear();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  consoleError.mockRestore();
});

describe('development builds explain a setup mistake once, with its fix', () => {
  it('a returnTo on another origin names allowedOrigins with that origin', async () => {
    const options = { ...IMPORT, returnTo: 'https://bank.example/return' };
    const engine = pageWithProxy(options);
    await settle();
    expect(engine.getResult()).toMatchObject({ screen: 'connection-error' });
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('ReturnUrlError');
    expect(logged()[0]).toContain('origin https://bank.example is not in allowedOrigins');
    expect(logged()[0]).toContain("pass allowedOrigins={['https://bank.example']}");

    pageWithProxy(options);
    await settle();
    expect(logged()).toHaveLength(1);
  });

  it('keeps the origins already allowed in the suggested allowedOrigins', async () => {
    pageWithProxy({
      ...IMPORT,
      returnTo: 'https://bank.example/return',
      allowedOrigins: ['https://shop.example'],
    });
    await settle();
    expect(logged()[0]).toContain(
      "allowedOrigins={['https://shop.example', 'https://bank.example']}",
    );
  });

  it("403 ORIGIN_NOT_ALLOWED: the proxy's allowedOrigins must list this page's origin", async () => {
    const answer = () => json(403, { code: 'ORIGIN_NOT_ALLOWED', message: 'origin refused' });
    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('403 ORIGIN_NOT_ALLOWED');
    expect(logged()[0]).toContain("the proxy's allowedOrigins");

    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
  });

  it('an HTML 404 at baseUrl: no proxy there, mount it (Vite server.proxy)', async () => {
    const answer = () =>
      new Response('<!doctype html><h1>Not found</h1>', {
        status: 404,
        headers: { 'content-type': 'text/html' },
      });
    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('No webform-kit proxy answered at /api');
    expect(logged()[0]).toContain('mount the proxy at /api');
    expect(logged()[0]).toContain('server: { proxy:');

    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
  });

  it("an HTML page answered with 200 (a dev server's index.html) is no proxy either", async () => {
    pageAnswering(() => new Response('<!doctype html><div id="root"></div>', { status: 200 }));
    await settle();
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('No webform-kit proxy answered at /api');
  });

  it("502 FINAPI_UNAUTHORIZED: the proxy's finAPI credentials", async () => {
    const answer = () => json(502, { code: 'FINAPI_UNAUTHORIZED', message: 'finAPI said 401' });
    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('502 FINAPI_UNAUTHORIZED');
    expect(logged()[0]).toContain('finAPI client id and secret');

    pageAnswering(answer);
    await settle();
    expect(logged()).toHaveLength(1);
  });

  it("403 PREPARE_REQUIRED: the proxy's prepare option", async () => {
    const answer = () => json(403, { code: 'PREPARE_REQUIRED', message: 'payments need prepare' });
    const payment: WebFormFlowOptions = {
      kind: 'standalone-payment',
      input: { orderId: '1042' },
      returnTo: RETURN_TO,
    };
    pageAnswering(answer, payment);
    await settle();
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('403 PREPARE_REQUIRED');
    expect(logged()[0]).toContain('prepare option');

    pageAnswering(answer, payment);
    await settle();
    expect(logged()).toHaveLength(1);
  });

  it('two different mistakes are two messages', async () => {
    pageAnswering(() => json(502, { code: 'FINAPI_UNAUTHORIZED', message: 'x' }));
    pageAnswering(() => json(403, { code: 'ORIGIN_NOT_ALLOWED', message: 'x' }));
    await settle();
    expect(logged()).toHaveLength(2);
  });

  it("trouble that is not a setup mistake (a 503, the proxy's own 404) logs nothing", async () => {
    pageAnswering(() => json(503, { code: 'UNAVAILABLE', message: 'later' }));
    pageAnswering(() => json(404, { code: 'NOT_FOUND', message: 'no such web form' }));
    await settle();
    expect(logged()).toEqual([]);
  });
});

describe('production builds stay silent', () => {
  it('logs nothing for any of the mistakes', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    pageWithProxy({ ...IMPORT, returnTo: 'https://bank.example/return' });
    pageAnswering(() => json(403, { code: 'ORIGIN_NOT_ALLOWED', message: 'x' }));
    pageAnswering(() => new Response('<h1>Not found</h1>', { status: 404 }));
    pageAnswering(() => json(502, { code: 'FINAPI_UNAUTHORIZED', message: 'x' }));
    pageAnswering(() => json(403, { code: 'PREPARE_REQUIRED', message: 'x' }));
    await settle();
    expect(logged()).toEqual([]);
  });
});
