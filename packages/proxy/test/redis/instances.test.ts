import type { WebForm } from '@webform-kit/core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createWebFormProxy,
  type OutcomeEvent,
  type ProxyEvent,
  type WebFormProxy,
  type WebFormProxyOptions,
} from '../../src/index.ts';
import { createRedisBackend, type RedisBackend } from '../../src/redis/index.ts';
import { createFakeFinapi, type FakeFinapi } from '../fakeFinapi.ts';
import { createBrowser, readSse, testProxyOptions, type Browser } from '../helpers.ts';
import { checkoutPrepare } from '../orderBook.ts';
import { eventually, sleep } from './eventually.ts';
import { startRedisServer, type RedisServer } from '../../src/testing/index.ts';

// Real time throughout: Redis expires and delivers on its own clock.
let redis: RedisServer;
const running: Instance[] = [];
let prefixCount = 0;
let prefix = '';

beforeAll(async () => {
  redis = await startRedisServer();
});
beforeEach(() => {
  // Each test on keys of its own.
  prefix = `test-${++prefixCount}:`;
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((instance) => instance.stop()));
});
afterAll(async () => {
  await redis.stop();
});

const PAY = '/api/webforms/standalone-payment';

interface Instance {
  proxy: WebFormProxy;
  backend: RedisBackend;
  events: ProxyEvent[];
  stop(): Promise<void>;
}

/** One proxy process: its own Redis connections, the shared fake finAPI, the same secret. */
async function startInstance(
  finapi: FakeFinapi,
  options: Partial<WebFormProxyOptions> = {},
): Promise<Instance> {
  const backend = createRedisBackend({ url: redis.url, prefix });
  await backend.ready();
  const events: ProxyEvent[] = [];
  const proxy = createWebFormProxy({
    ...testProxyOptions(finapi, events),
    prepare: checkoutPrepare,
    rateLimit: false,
    store: backend.store,
    eventBus: backend.eventBus,
    ...options,
  });
  let stopped: Promise<void> | undefined;
  const instance: Instance = {
    proxy,
    backend,
    events,
    stop: () =>
      (stopped ??= (async () => {
        proxy.close();
        await backend.close();
      })()),
  };
  running.push(instance);
  return instance;
}

/** A browser behind a load balancer: each request goes to whichever instance it is sent to. */
function browserBehindBalancer() {
  let target: Instance | undefined;
  const browser = createBrowser((request) => {
    if (target === undefined) throw new Error('no instance chosen');
    return target.proxy(request);
  });
  return {
    browser,
    on(instance: Instance): Browser {
      target = instance;
      return browser;
    },
  };
}

async function pay(browser: Browser, orderId = 'order-a'): Promise<WebForm> {
  const response = await browser.request('POST', PAY, { body: { orderId } });
  expect(response.status).toBe(201);
  return (await response.json()) as WebForm;
}

/** finAPI's `finalised` callback for `id`, sent to `instance` (as the balancer chose). */
function callback(finapi: FakeFinapi, instance: Instance, id: string): Promise<Response> {
  const index = [...finapi.webForms.keys()].indexOf(id);
  const creation = finapi.requests.filter((r) => r.method === 'POST')[index];
  const url = (creation?.body as { callbacks: { finalised: string } }).callbacks.finalised;
  return instance.proxy(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ webFormId: id, status: 'COMPLETED' }),
    }),
  );
}

function recordOutcomes() {
  const calls: OutcomeEvent[] = [];
  return { calls, onOutcome: (event: OutcomeEvent) => void calls.push(event) };
}

describe('several proxy instances on one Redis', () => {
  it('creates on A, reads and streams on B; the callback on A reaches the stream on B', async () => {
    const finapi = createFakeFinapi();
    const a = await startInstance(finapi);
    const b = await startInstance(finapi);
    const balancer = browserBehindBalancer();

    const webForm = await pay(balancer.on(a));
    const read = await balancer.on(b).request('GET', `/api/webforms/${webForm.id}`);
    expect(read.status).toBe(200);
    expect(await read.json()).toMatchObject({ id: webForm.id, status: 'NOT_YET_OPENED' });

    const stream = readSse(
      await balancer.on(b).request('GET', `/api/webforms/${webForm.id}/events`),
    );
    expect(await stream.next()).toEqual({ data: expect.objectContaining({ id: webForm.id }) });

    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });
    expect((await callback(finapi, a, webForm.id)).status).toBe(204);

    // The callback's status over Redis at once, built on B from what B knows (no payment id) ...
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({
        id: webForm.id,
        status: 'COMPLETED',
        payload: {},
        provisional: true,
      }),
    });
    // ... then A's read of finAPI.
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({
        id: webForm.id,
        status: 'COMPLETED',
        payload: { paymentId: 4711 },
      }),
    });
    expect(await stream.next()).toEqual({ end: true });
  }, 20_000);

  it('creates one finAPI web form for one reference when two instances are asked at once', async () => {
    const finapi = createFakeFinapi();
    const a = await startInstance(finapi);
    const b = await startInstance(finapi);
    // One customer (one session) whose two tabs pay the same order, through two instances.
    const onA = createBrowser((request) => a.proxy(request));
    await pay(onA, 'order-b');
    const onB = createBrowser((request) => b.proxy(request));
    onB.cookie = onA.cookie;

    const answers = await Promise.all([
      onA.request('POST', PAY, { body: { orderId: 'order-a' } }),
      onB.request('POST', PAY, { body: { orderId: 'order-a' } }),
    ]);
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id?: string }[];
    // Both tabs are handed the one web form: the lock on the reference is Redis's, not a process's.
    expect(answers.map((r) => r.status)).toEqual([201, 201]);
    expect(bodies[0]?.id).toBeDefined();
    expect(bodies[1]?.id).toBe(bodies[0]?.id);
    expect(finapi.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  }, 20_000);

  it('delivers onOutcome once across three instances under duplicated callbacks', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const instances = await Promise.all(
      [0, 1, 2].map(() => startInstance(finapi, { onOutcome: outcomes.onOutcome })),
    );
    const balancer = browserBehindBalancer();
    const webForm = await pay(balancer.on(instances[0] as Instance));
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 99 } });

    // finAPI repeats its callback, and the balancer spreads the copies over all three.
    const answers = await Promise.all(
      [0, 1, 2, 0, 1, 2].map((i) => callback(finapi, instances[i] as Instance, webForm.id)),
    );
    expect(answers.map((r) => r.status)).toEqual([204, 204, 204, 204, 204, 204]);
    await eventually(() => expect(outcomes.calls).toHaveLength(1));
    // Time for any duplicate delivery to show.
    await sleep(1500);
    expect(outcomes.calls).toHaveLength(1);
    expect(outcomes.calls[0]).toMatchObject({
      reference: 'order-a',
      id: webForm.id,
      outcome: { kind: 'completed', resource: 'payment', paymentId: 99 },
    });
  }, 20_000);

  it('loses no flow when every instance is replaced: reads, callbacks and the outcome go on', async () => {
    const finapi = createFakeFinapi();
    const before = recordOutcomes();
    const a = await startInstance(finapi, { onOutcome: before.onOutcome });
    const b = await startInstance(finapi, { onOutcome: before.onOutcome });
    const first = browserBehindBalancer();
    const second = browserBehindBalancer();
    const one = await pay(first.on(a), 'order-a');
    const two = await pay(second.on(b), 'order-b');
    await Promise.all([a.stop(), b.stop()]);

    // While no instance runs, the customer completes the first payment.
    finapi.setWebForm(one.id, { status: 'COMPLETED', payload: { paymentId: 1 } });
    const after = recordOutcomes();
    const c = await startInstance(finapi, { onOutcome: after.onOutcome });
    const d = await startInstance(finapi, { onOutcome: after.onOutcome });

    const read = await second.on(c).request('GET', `/api/webforms/${two.id}`);
    expect(read.status).toBe(200);
    const stream = readSse(await first.on(d).request('GET', `/api/webforms/${one.id}/events`));
    // The stream's first snapshot is finAPI's current one: the completion made meanwhile.
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ id: one.id, status: 'COMPLETED' }),
    });
    // finAPI's callback, sent while the old instances were gone, is honoured by a new one.
    expect((await callback(finapi, c, one.id)).status).toBe(204);
    await eventually(() => expect(after.calls).toHaveLength(1));
    expect(after.calls[0]).toMatchObject({ id: one.id, reference: 'order-a' });

    // The other flow goes on too: its completion reaches its stream on another instance.
    const streamTwo = readSse(await second.on(d).request('GET', `/api/webforms/${two.id}/events`));
    expect(await streamTwo.next()).toEqual({ data: expect.objectContaining({ id: two.id }) });
    finapi.setWebForm(two.id, { status: 'COMPLETED', payload: { paymentId: 2 } });
    expect((await callback(finapi, c, two.id)).status).toBe(204);
    expect(await streamTwo.next()).toEqual({
      data: expect.objectContaining({ id: two.id, status: 'COMPLETED' }),
    });
    await eventually(() => expect(after.calls).toHaveLength(2));
    expect(before.calls).toHaveLength(0);
  }, 30_000);

  it('answers 503 STORE_UNAVAILABLE while Redis is down, and carries the flow on once it is back', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const a = await startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const b = await startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const balancer = browserBehindBalancer();
    const webForm = await pay(balancer.on(a));
    const stream = readSse(
      await balancer.on(b).request('GET', `/api/webforms/${webForm.id}/events`),
    );
    expect(await stream.next()).toEqual({ data: expect.objectContaining({ id: webForm.id }) });

    // Redis restarts (with its data saved, as a production Redis with persistence does).
    await redis.stop({ keepData: true });
    const refused = await balancer.on(a).request('GET', `/api/webforms/${webForm.id}`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await refused.json()).toEqual({
      code: 'STORE_UNAVAILABLE',
      message: 'The proxy cannot reach its store right now; try again shortly',
    });
    const created = await balancer.on(b).request('POST', PAY, { body: { orderId: 'order-b' } });
    expect(created.status).toBe(503);
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 7 } });
    // finAPI is told to try again later, and does.
    expect((await callback(finapi, a, webForm.id)).status).toBe(503);

    await redis.start();
    await eventually(async () => {
      const read = await balancer.on(b).request('GET', `/api/webforms/${webForm.id}`);
      expect(read.status).toBe(200);
    }, 10_000);
    expect((await callback(finapi, a, webForm.id)).status).toBe(204);
    // The stream held on B through the outage gets the outcome.
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ id: webForm.id, status: 'COMPLETED' }),
    });
    await eventually(() => expect(outcomes.calls).toHaveLength(1));
    // No crash, nothing unexpected: only the store's refusals were reported as errors.
    const unexpected = [...a.events, ...b.events].filter(
      (event) =>
        event.type === 'error' &&
        (event.error as { code?: unknown } | undefined)?.code !== 'STORE_UNAVAILABLE',
    );
    expect(unexpected).toEqual([]);
  }, 30_000);
});
