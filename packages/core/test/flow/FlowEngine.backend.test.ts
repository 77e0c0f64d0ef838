import { notifyManager } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_STORAGE_KEY,
  FlowEngine,
  RETURN_RECORD_PREFIX,
  flowStorageKey,
} from '../../src/flow/index.ts';
import type { FlowKit, WebFormFlowOptions } from '../../src/flow/index.ts';
import { RETURN_TO, WEB_FORM_ID, fakeKit, fakeProxy, fakeTab } from './support/fakeBrowser.ts';

const T0 = Date.UTC(2026, 10, 26, 10, 0, 0);

/** A checkout whose backend (the proxy's `prepare`) decides the payment from the order id. */
const order = (orderId: string, extra: object = {}): WebFormFlowOptions<'standalone-payment'> => ({
  kind: 'standalone-payment',
  input: { orderId, ...extra },
  returnTo: RETURN_TO,
  openIn: 'new-tab',
});

const SUMMARY = {
  amount: { value: 250, currency: 'EUR' },
  payee: 'Demo Shop',
  purpose: 'Order B',
  reference: 'B',
};

const stops: (() => void)[] = [];
const kits: FlowKit[] = [];

type Tab = ReturnType<typeof fakeTab>;
type Proxy = ReturnType<typeof fakeProxy>;

/** A page load showing `options`, mounted (subscribed) as a component would be. */
function load(tab: Tab, proxy: Proxy, options: WebFormFlowOptions) {
  const kit = fakeKit(tab, proxy);
  kits.push(kit);
  const engine = new FlowEngine(kit, options);
  stops.push(engine.subscribe(() => {}));
  return { kit, engine };
}

/** Leaves the page: unmounts every engine. */
const leave = () => stops.splice(0).forEach((stop) => stop());

async function advance(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(0);
}

/**
 * The next status request, now: TanStack's polling timers do not run outside a browser (its
 * `isServer`), so the test asks as the next poll would.
 */
async function poll(engine: FlowEngine): Promise<void> {
  engine.retry();
  await advance();
}

const stored = (tab: Tab, options: WebFormFlowOptions) =>
  JSON.parse(tab.session.getItem(flowStorageKey(options)) ?? 'null') as Record<
    string,
    unknown
  > | null;

beforeEach(() => {
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  });
});
afterEach(() => {
  leave();
  for (const kit of kits.splice(0)) kit.queryClient.clear();
  vi.useRealTimers();
});

describe('FlowEngine: input, and request as its old name', () => {
  it('sends the input as the creation body', async () => {
    const proxy = fakeProxy();
    load(fakeTab(), proxy, order('A'));
    await advance();
    expect(proxy.bodies).toEqual([{ orderId: 'A' }]);
  });

  it('sends request, the old name, the same way and stores the flow under the same key', async () => {
    const proxy = fakeProxy();
    const tab = fakeTab();
    const { input, ...rest } = order('A');
    const old = { ...rest, request: input } as WebFormFlowOptions;
    load(tab, proxy, old);
    await advance();
    expect(proxy.bodies).toEqual([{ orderId: 'A' }]);
    expect(flowStorageKey(old)).toBe(flowStorageKey(order('A')));
    expect(stored(tab, order('A'))).toMatchObject({ id: WEB_FORM_ID });
  });

  it('sends {} when neither is given', async () => {
    const proxy = fakeProxy();
    load(fakeTab(), proxy, { kind: 'standalone-payment' });
    await advance();
    expect(proxy.bodies).toEqual([{}]);
  });

  it('refuses input and request together, and an input that is not a JSON object', () => {
    const kit = fakeKit(fakeTab(), fakeProxy());
    const both = { ...order('A'), request: { orderId: 'B' } } as WebFormFlowOptions;
    expect(() => new FlowEngine(kit, both)).toThrow(/`input` or its old name `request`, not both/);
    const list = { kind: 'standalone-payment', input: ['A'] } as WebFormFlowOptions;
    expect(() => new FlowEngine(kit, list)).toThrow(/must be a JSON object.*an array/);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => new FlowEngine(kit, { kind: 'standalone-payment', input: cyclic })).toThrow(
      /serialisable as JSON/,
    );
  });
});

describe('FlowEngine: each input has its own stored flow', () => {
  it('keys the flow by kind and input with sorted keys, or by the explicit storageKey', () => {
    expect(flowStorageKey({ kind: 'standalone-payment', input: { b: 1, a: { d: 2, c: 3 } } })).toBe(
      'webform-kit:flow:standalone-payment:{"a":{"c":3,"d":2},"b":1}',
    );
    expect(flowStorageKey({ kind: 'standalone-payment', input: { a: { c: 3, d: 2 }, b: 1 } })).toBe(
      flowStorageKey({ kind: 'standalone-payment', input: { b: 1, a: { d: 2, c: 3 } } }),
    );
    expect(flowStorageKey({ kind: 'standing-order', input: { orderId: 'A' } })).not.toBe(
      flowStorageKey({ kind: 'standalone-payment', input: { orderId: 'A' } }),
    );
    expect(flowStorageKey({ ...order('A'), storageKey: 'checkout' })).toBe('checkout');
  });

  it('never resumes order A for order B, and resumes A again when the customer is back at A', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const a = load(tab, proxy, order('A'));
    await advance();
    a.engine.open();
    proxy.setStatus('IN_PROGRESS');
    leave();

    // Order B: nothing of A's, a creation of its own.
    const b = load(tab, proxy, order('B'));
    expect(b.engine.getResult()).toMatchObject({ state: 'creating', id: null });
    await advance();
    expect(proxy.bodies).toEqual([{ orderId: 'A' }, { orderId: 'B' }]);
    expect(stored(tab, order('B'))).toMatchObject({
      opened: false,
      key: flowStorageKey(order('B')),
    });
    // The copy other tabs may read names no input: it outlives the tab.
    const shared = tab.local.getItem(
      `${RETURN_RECORD_PREFIX}${String(stored(tab, order('B'))?.state)}`,
    );
    expect(JSON.parse(shared ?? '{}')).not.toHaveProperty('key');
    expect(shared).not.toContain('orderId');
    leave();

    // Back at A (the same input, keys in another order): A's flow, opened, no creation.
    const again = load(tab, proxy, order('A', {}));
    expect(again.engine.getResult()).toMatchObject({ state: 'waiting', id: WEB_FORM_ID });
    await advance();
    expect(proxy.count('POST')).toBe(2);
    expect(stored(tab, order('A'))).toMatchObject({ opened: true });
  });

  it('does not join order A’s creation in flight for order B', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const kit = fakeKit(tab, proxy);
    kits.push(kit);
    const release = proxy.hold();
    stops.push(new FlowEngine(kit, order('A')).subscribe(() => {}));
    stops.push(new FlowEngine(kit, order('B')).subscribe(() => {}));
    await advance();
    release();
    await advance();
    expect(proxy.bodies).toEqual([{ orderId: 'A' }, { orderId: 'B' }]);
  });

  it('does not resume a record under the old single key on the flow page', async () => {
    // Written by a kit from before flows were keyed by input: it does not say for which order.
    const tab = fakeTab();
    const proxy = fakeProxy();
    const first = load(tab, proxy, order('A'));
    await advance();
    first.engine.open();
    leave();
    const record = tab.session.getItem(flowStorageKey(order('A')));
    tab.session.removeItem(flowStorageKey(order('A')));
    tab.session.setItem(DEFAULT_STORAGE_KEY, record ?? '');

    const b = load(tab, proxy, order('B'));
    await advance();
    expect(proxy.bodies).toEqual([{ orderId: 'A' }, { orderId: 'B' }]);
    expect(b.engine.getResult()).toMatchObject({ state: 'ready', screen: 'redirect' });
  });
});

describe('FlowEngine: the proxy names the order’s existing flow (409 with its id)', () => {
  it('ALREADY_COMPLETED: reads that web form and shows its completed outcome, never a new form', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy({ summary: SUMMARY });
    load(tab, proxy, order('A'));
    await advance();
    proxy.setStatus('COMPLETED', { paymentId: 4711 });
    proxy.conflict('ALREADY_COMPLETED');
    leave();

    // Another tab, or another device: nothing stored for order A.
    const other = fakeTab();
    const { engine, kit } = load(other, proxy, order('A'));
    await advance();
    expect(proxy.calls).toEqual([
      'POST standalone-payment',
      'POST standalone-payment',
      `GET ${WEB_FORM_ID}`,
    ]);
    expect(engine.getResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      id: WEB_FORM_ID,
      url: null,
      outcome: { kind: 'completed', resource: 'payment', paymentId: 4711 },
      paymentId: 4711,
      summary: SUMMARY,
    });
    expect(kit.events.map((e) => e.type)).toEqual(['status-changed', 'outcome']);
    expect(stored(other, order('A'))).toMatchObject({
      followed: 'ALREADY_COMPLETED',
      opened: true,
    });
  });

  it('FLOW_IN_PROGRESS: waits for that flow without its URL, and cancelling leaves it alone', async () => {
    const proxy = fakeProxy();
    load(fakeTab(), proxy, order('A'));
    await advance();
    proxy.setStatus('IN_PROGRESS');
    proxy.conflict('FLOW_IN_PROGRESS');
    leave();

    const { engine } = load(fakeTab(), proxy, order('A'));
    await advance();
    expect(engine.getResult()).toMatchObject({
      state: 'waiting',
      screen: 'waiting',
      id: WEB_FORM_ID,
      url: null,
    });
    proxy.setStatus('COMPLETED');
    await poll(engine);
    expect(engine.getResult()).toMatchObject({ state: 'outcome', screen: 'completed' });

    await engine.cancel();
    expect(proxy.count('DELETE')).toBe(0);
  });

  it('FLOW_IN_PROGRESS: cancelling while it is still open does not delete another’s form', async () => {
    const proxy = fakeProxy();
    load(fakeTab(), proxy, order('A'));
    await advance();
    proxy.setStatus('IN_PROGRESS');
    proxy.conflict('FLOW_IN_PROGRESS');
    leave();
    const { engine } = load(fakeTab(), proxy, order('A'));
    await advance();
    await engine.cancel();
    engine.restart();
    await advance();
    expect(proxy.count('DELETE')).toBe(0);
  });

  it('PAYMENT_UNCERTAIN: shows the failed form with its payment id (the result is not known yet)', async () => {
    const proxy = fakeProxy();
    load(fakeTab(), proxy, order('A'));
    await advance();
    proxy.setStatus('COMPLETED_WITH_ERROR', { paymentId: 99, errorCode: 'INTERNAL_ERROR' });
    proxy.conflict('PAYMENT_UNCERTAIN');
    leave();

    const { engine } = load(fakeTab(), proxy, order('A'));
    await advance();
    expect(engine.getResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed-with-error',
      outcome: { kind: 'completed-with-error', errorCode: 'INTERNAL_ERROR' },
      paymentId: 99,
      url: null,
    });
  });

  it('reports a 409 without an id, or with another code, as the error it is', async () => {
    const proxy = fakeProxy();
    const kit = fakeKit(fakeTab(), proxy);
    kits.push(kit);
    kit.client.createWebForm = () =>
      Promise.reject(
        Object.assign(new Error('409'), { name: 'ProxyError', kind: 'http', status: 409 }),
      );
    const engine = new FlowEngine(kit, order('A'));
    stops.push(engine.subscribe(() => {}));
    await advance();
    expect(engine.getResult()).toMatchObject({ state: 'error', screen: 'connection-error' });
    expect(proxy.count('GET')).toBe(0);
  });
});

describe('FlowEngine: after an outcome the proxy is asked, not the tab’s memory', () => {
  it('creates again for the same input and shows what the proxy answers', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const first = load(tab, proxy, order('A'));
    await advance();
    first.engine.open();
    proxy.setStatus('COMPLETED');
    await poll(first.engine);
    expect(first.engine.getResult().screen).toBe('completed');
    leave();

    proxy.conflict('ALREADY_COMPLETED');
    const again = load(tab, proxy, order('A'));
    // Checking with the proxy, not the redirect screen of a new payment.
    expect(again.engine.getResult()).toMatchObject({ state: 'creating', screen: 'checking' });
    await advance();
    expect(proxy.count('POST')).toBe(2);
    expect(again.engine.getResult()).toMatchObject({ state: 'outcome', screen: 'completed' });
  });

  it('shows a fresh form when the proxy creates one (the flow had been aborted)', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const first = load(tab, proxy, order('A'));
    await advance();
    proxy.setStatus('ABORTED');
    await poll(first.engine);
    expect(first.engine.getResult().screen).toBe('aborted');
    leave();

    const again = load(tab, proxy, order('A'));
    await advance();
    expect(proxy.count('POST')).toBe(2);
    expect(again.engine.getResult()).toMatchObject({ state: 'ready', screen: 'redirect' });
  });

  it('waits for start() with autoStart off', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const first = load(tab, proxy, order('A'));
    await advance();
    proxy.setStatus('COMPLETED');
    await poll(first.engine);
    leave();

    const again = load(tab, proxy, { ...order('A'), autoStart: false });
    await advance();
    expect(proxy.count('POST')).toBe(1);
    expect(again.engine.getResult()).toMatchObject({ state: 'idle', screen: 'redirect' });
  });
});

describe('FlowEngine: the summary', () => {
  it('keeps the latest summary for the followed id, and the payment id once finAPI gives one', async () => {
    const proxy = fakeProxy({ summary: SUMMARY });
    const { engine } = load(fakeTab(), proxy, order('B'));
    await advance();
    expect(engine.getResult()).toMatchObject({
      screen: 'redirect',
      summary: SUMMARY,
      paymentId: null,
    });
    // A later answer without one (a proxy that lost it) does not take the summary away.
    proxy.dropSummary();
    proxy.setStatus('COMPLETED', { paymentId: 4711 });
    await poll(engine);
    expect(engine.getResult().webForm).not.toHaveProperty('summary');
    expect(engine.getResult()).toMatchObject({
      screen: 'completed',
      summary: SUMMARY,
      paymentId: 4711,
    });
  });

  it('reports a web form answer with an invalid summary as a connection error', async () => {
    const proxy = fakeProxy();
    const kit = fakeKit(fakeTab(), proxy);
    kits.push(kit);
    const fetch = vi.fn(async () =>
      Response.json({ summary: { amount: { value: -5, currency: 'EUR' } } }),
    );
    // The real client's parsing, against an answer whose summary fails FlowSummarySchema.
    const { createProxyClient } = await import('../../src/index.ts');
    const client = createProxyClient({ baseUrl: 'http://127.0.0.1/api', fetch });
    const engine = new FlowEngine({ ...kit, client }, order('B'));
    stops.push(engine.subscribe(() => {}));
    await advance();
    expect(engine.getResult()).toMatchObject({
      state: 'error',
      error: { kind: 'invalid-response' },
    });
  });
});

describe('FlowEngine: the return route finds the flow under its input', () => {
  it('accepts the return of order A’s flow, and stores what it learns under A’s key', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy({ summary: SUMMARY });
    const a = load(tab, proxy, order('A'));
    await advance();
    a.engine.open();
    const redirectUrl = new URL(a.engine.getResult().url ?? '').searchParams.get('redirectUrl');
    proxy.setStatus('COMPLETED');
    leave();

    tab.href = redirectUrl ?? '';
    const kit = fakeKit(tab, proxy);
    kits.push(kit);
    const back = new FlowEngine(kit, {}, 'return');
    stops.push(back.subscribe(() => {}));
    await advance();
    expect(back.getReturnResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      summary: SUMMARY,
      paymentId: 42,
    });
    expect(stored(tab, order('A'))).toMatchObject({ finishedAt: T0, via: 'success' });
  });

  it('still accepts the return of a flow stored under the old single key', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const a = load(tab, proxy, order('A'));
    await advance();
    a.engine.open();
    const redirectUrl = new URL(a.engine.getResult().url ?? '').searchParams.get('redirectUrl');
    leave();
    // As a kit from before input keys stored it: the old key, no `key` field, no shared copy.
    const record = JSON.parse(tab.session.getItem(flowStorageKey(order('A'))) ?? '{}') as Record<
      string,
      unknown
    >;
    delete record.key;
    tab.session.removeItem(flowStorageKey(order('A')));
    tab.session.setItem(DEFAULT_STORAGE_KEY, JSON.stringify(record));
    for (let i = tab.local.length ?? 0; i > 0; i -= 1)
      tab.local.removeItem(tab.local.key?.(0) ?? '');
    proxy.setStatus('COMPLETED');

    tab.href = redirectUrl ?? '';
    const kit = fakeKit(tab, proxy);
    kits.push(kit);
    const back = new FlowEngine(kit, {}, 'return');
    stops.push(back.subscribe(() => {}));
    await advance();
    expect(back.getReturnResult()).toMatchObject({ state: 'outcome', screen: 'completed' });
  });
});
