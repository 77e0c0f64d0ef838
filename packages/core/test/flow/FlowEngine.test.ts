import { notifyManager } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FlowEngine, RETURN_RECORD_PREFIX, flowStorageKey } from '../../src/flow/index.ts';
import type { FlowKit, WebFormFlowOptions } from '../../src/flow/index.ts';
import {
  RETURN_TO,
  SHOP,
  WEB_FORM_ID,
  fakeKit,
  fakeProxy,
  fakeTab,
} from './support/fakeBrowser.ts';

const T0 = Date.UTC(2026, 10, 26, 10, 0, 0);

const PAYMENT: WebFormFlowOptions<'standalone-payment'> = {
  kind: 'standalone-payment',
  request: {
    orders: [
      {
        amount: { value: 9.99, currency: 'EUR' },
        recipient: { name: 'Demo Shop', iban: 'DE02120300000000202051' },
      },
    ],
  },
  returnTo: RETURN_TO,
  openIn: 'new-tab',
};

const stops: (() => void)[] = [];
const kits: FlowKit[] = [];

/** An engine with a listener, as a mounted component has it. */
function mount(engine: FlowEngine): FlowEngine {
  stops.push(engine.subscribe(() => {}));
  return engine;
}

function flowOn(tab: ReturnType<typeof fakeTab>, proxy: ReturnType<typeof fakeProxy>) {
  const kit = fakeKit(tab, proxy);
  kits.push(kit);
  return { kit, engine: new FlowEngine(kit, PAYMENT) };
}

function returnOn(tab: ReturnType<typeof fakeTab>, proxy: ReturnType<typeof fakeProxy>) {
  const kit = fakeKit(tab, proxy);
  kits.push(kit);
  return { kit, engine: new FlowEngine(kit, {}, 'return') };
}

/** The web form sends the user to `href`, where the return route's page loads. */
async function arriveAt(
  href: string,
  tab: ReturnType<typeof fakeTab>,
  proxy: ReturnType<typeof fakeProxy>,
) {
  tab.href = href;
  const back = returnOn(tab, proxy);
  mount(back.engine);
  await advance();
  return { events: back.kit.events, result: back.engine.getReturnResult() };
}

/** Lets `ms` pass, with every answer and notification that falls due. */
async function advance(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(0);
}

/** The flow the tab stored under the payment's key (its kind and input). */
const stored = (tab: ReturnType<typeof fakeTab>, options: WebFormFlowOptions = PAYMENT) =>
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
  for (const stop of stops.splice(0)) stop();
  for (const kit of kits.splice(0)) kit.queryClient.clear();
  vi.useRealTimers();
});

describe('FlowEngine: a round trip without a framework', () => {
  it('does nothing before its first subscriber', async () => {
    const proxy = fakeProxy();
    const { engine } = flowOn(fakeTab(), proxy);
    await advance(5_000);
    expect(proxy.calls).toEqual([]);
    expect(engine.getResult()).toMatchObject({ state: 'idle', screen: 'redirect' });
  });

  it('creates the web form, stores the flow in the tab and for other tabs, and is ready', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const { kit, engine } = flowOn(tab, proxy);
    mount(engine);
    expect(engine.getResult().state).toBe('creating');
    await advance();

    const result = engine.getResult();
    expect(result).toMatchObject({ state: 'ready', screen: 'redirect', id: WEB_FORM_ID });
    const url = new URL(result.url ?? '');
    const redirect = new URL(url.searchParams.get('redirectUrl') ?? '');
    expect(`${redirect.origin}${redirect.pathname}`).toBe(RETURN_TO);
    expect(redirect.searchParams.get('webFormId')).toBe(WEB_FORM_ID);

    const record = stored(tab);
    expect(record).toMatchObject({ v: 1, id: WEB_FORM_ID, opened: false, startedAt: T0 });
    expect(redirect.searchParams.get('state')).toBe(record?.state);
    expect(tab.local.getItem(`${RETURN_RECORD_PREFIX}${String(record?.state)}`)).not.toBeNull();
    expect(kit.events.map((e) => e.type)).toEqual(['created', 'status-changed']);
  });

  it('falls back to a link when the popup is blocked, and the link records the open', async () => {
    const tab = fakeTab();
    tab.popupBlocked = true;
    const { kit, engine } = flowOn(tab, fakeProxy());
    mount(engine);
    await advance();

    engine.open();
    expect(engine.getResult()).toMatchObject({ state: 'ready', popupBlocked: true });
    expect(stored(tab)).toMatchObject({ opened: false });

    engine.openedThroughLink();
    expect(engine.getResult()).toMatchObject({ state: 'waiting', popupBlocked: false });
    // Stored, so a reload or the return route knows the one-time URL is used up.
    expect(stored(tab)).toMatchObject({ opened: true });
    expect(kit.events.filter((e) => e.type === 'opened')).toEqual([
      expect.objectContaining({ openIn: 'new-tab', popupBlocked: true }),
      expect.objectContaining({ openIn: 'new-tab', popupBlocked: false }),
    ]);
  });

  it("creates one web form under StrictMode's double construction and remount", async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const kit = fakeKit(tab, proxy);
    kits.push(kit);
    // React calls the initialiser twice and keeps one; effects subscribe, unsubscribe, subscribe.
    const discarded = new FlowEngine(kit, PAYMENT);
    const kept = new FlowEngine(kit, PAYMENT);
    kept.subscribe(() => {})();
    mount(kept);
    await advance();
    expect(proxy.count('POST')).toBe(1);
    expect(kept.getResult().state).toBe('ready');
    expect(discarded.getResult().state).toBe('idle');
    expect(kit.events.filter((e) => e.type === 'created')).toHaveLength(1);
  });

  it('joins the creation in flight when a new engine starts before the answer', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const kit = fakeKit(tab, proxy);
    kits.push(kit);
    const release = proxy.hold();
    const first = new FlowEngine(kit, PAYMENT);
    first.subscribe(() => {})();
    const second = mount(new FlowEngine(kit, PAYMENT));
    await advance();
    release();
    await advance();
    expect(proxy.count('POST')).toBe(1);
    expect(second.getResult()).toMatchObject({ state: 'ready', id: WEB_FORM_ID });
    expect(kit.events.filter((e) => e.type === 'created')).toHaveLength(1);
  });

  it('resumes after a reload, showing where the flow stands before anything is asked', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const first = flowOn(tab, proxy);
    mount(first.engine);
    await advance();
    first.engine.open();
    proxy.setStatus('IN_PROGRESS');

    // The reload: a new page with a new QueryClient, the same sessionStorage.
    const reload = flowOn(tab, proxy);
    expect(reload.engine.getResult()).toMatchObject({ state: 'waiting', id: WEB_FORM_ID });
    // A server, and a client while hydrating, render what the server did.
    expect(reload.engine.getServerResult()).toMatchObject({ state: 'idle', id: null });
    mount(reload.engine);
    await advance();
    expect(proxy.count('POST')).toBe(1);
    expect(reload.engine.getResult()).toMatchObject({ state: 'waiting', screen: 'waiting' });
    expect(reload.kit.events.map((e) => e.type)).not.toContain('created');
  });

  it('starts afresh when the stored flow is older than the age limit', async () => {
    const tab = fakeTab();
    const proxy = fakeProxy();
    mount(flowOn(tab, proxy).engine);
    await advance();
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    stops.splice(0).forEach((stop) => stop());

    mount(flowOn(tab, proxy).engine);
    await advance();
    expect(proxy.count('POST')).toBe(2);
    expect(stored(tab)).toMatchObject({ startedAt: T0 + 31 * 60_000 });
  });

  it('still works when storage throws', async () => {
    const tab = fakeTab();
    tab.env.storage = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const { engine } = flowOn(tab, fakeProxy());
    mount(engine);
    await advance();
    engine.open();
    expect(engine.getResult().state).toBe('waiting');
    expect(tab.opened).toHaveLength(1);
  });

  it('sends the user away in the same tab only after storing that the form was opened', async () => {
    const tab = fakeTab();
    const kit = fakeKit(tab, fakeProxy());
    kits.push(kit);
    const engine = mount(new FlowEngine(kit, { ...PAYMENT, openIn: 'same-tab' }));
    await advance();
    tab.env.assign = (url) => {
      expect(stored(tab)).toMatchObject({ opened: true });
      tab.assigned.push(url);
    };
    engine.open();
    expect(tab.assigned).toEqual([engine.getResult().url]);
  });
});

describe('FlowEngine: the return route', () => {
  /** A flow opened in this browser, and the URL the web form sends the user back to. */
  async function openedFlow() {
    const tab = fakeTab();
    const proxy = fakeProxy();
    const { engine } = flowOn(tab, proxy);
    mount(engine);
    await advance();
    engine.open();
    const redirectUrl = new URL(engine.getResult().url ?? '').searchParams.get('redirectUrl');
    return { tab, proxy, redirectUrl: redirectUrl ?? '' };
  }

  it("accepts a valid return, strips the address bar and shows the proxy's outcome", async () => {
    const { tab, proxy, redirectUrl } = await openedFlow();
    proxy.setStatus('COMPLETED');
    tab.href = `${redirectUrl}&order=7`;
    const back = returnOn(tab, proxy);
    expect(back.engine.getReturnResult()).toMatchObject({ state: 'checking', screen: 'checking' });
    mount(back.engine);
    expect(tab.href).toBe(`${RETURN_TO}?order=7`);
    await advance();

    expect(back.engine.getReturnResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      via: 'success',
      outcome: { kind: 'completed', resource: 'payment', paymentId: 42 },
    });
    expect(back.kit.events.map((e) => e.type)).toEqual(['returned', 'outcome']);
    expect(stored(tab)).toMatchObject({ returnedAt: T0, finishedAt: T0, via: 'success' });
  });

  it('calls a replay of the same return URL stale', async () => {
    const { tab, proxy, redirectUrl } = await openedFlow();
    proxy.setStatus('COMPLETED');
    await arriveAt(redirectUrl, tab, proxy);

    const replay = await arriveAt(redirectUrl, tab, proxy);
    expect(replay.result).toMatchObject({
      state: 'error',
      screen: null,
      error: { kind: 'stale-return', reason: 'finished' },
    });
    expect(replay.events).toEqual([
      expect.objectContaining({ type: 'error', error: { kind: 'stale-return', code: 'finished' } }),
    ]);
  });

  it('refuses a return whose state no flow in this browser carries, asking the proxy nothing', async () => {
    const { proxy, redirectUrl } = await openedFlow();
    const stranger = fakeTab();
    const before = proxy.calls.length;
    const { result } = await arriveAt(redirectUrl, stranger, proxy);
    expect(result).toMatchObject({
      state: 'error',
      error: { kind: 'invalid-return', reason: 'unknown-state' },
    });
    expect(proxy.calls).toHaveLength(before);
    expect(stranger.href).toBe(RETURN_TO);
  });

  it('calls a return after the age limit stale', async () => {
    const { tab, proxy, redirectUrl } = await openedFlow();
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    const { result } = await arriveAt(redirectUrl, tab, proxy);
    expect(result).toMatchObject({
      state: 'error',
      error: { kind: 'stale-return', reason: 'too-old' },
    });
  });

  it('leaves a page without return parameters alone', async () => {
    const tab = fakeTab();
    const { result } = await arriveAt(`${SHOP}/checkout/return?order=7`, tab, fakeProxy());
    expect(result).toMatchObject({
      state: 'error',
      error: { reason: 'not-a-return' },
    });
    expect(tab.href).toBe(`${SHOP}/checkout/return?order=7`);
  });
});
