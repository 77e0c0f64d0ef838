import { notifyManager, QueryClient } from '@tanstack/query-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlowKit, FlowEngine } from '../../src/flow/index.ts';
import type { WebFormFlowOptions, WebFormKitEvent } from '../../src/flow/index.ts';
import type { WebFormAnswer } from '../../src/index.ts';
import { RETURN_TO, WEB_FORM_ID, fakeProxy, fakeTab } from './support/fakeBrowser.ts';

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

/** The proxy's event stream as the browser's EventSource delivers it, driven by the test. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly url: string;
  closed = false;
  readonly #listeners = new Map<string, ((event: { data?: string }) => void)[]>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.opened.push(this);
  }

  addEventListener(type: string, listener: (event: { data?: string }) => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  /** The stream opened and sent `snapshot`. */
  send(snapshot: object): void {
    for (const listener of this.#listeners.get('open') ?? []) listener({});
    const data = JSON.stringify(snapshot);
    for (const listener of this.#listeners.get('message') ?? []) listener({ data });
  }
}

const stops: (() => void)[] = [];
const clients: QueryClient[] = [];

/** A waiting payment flow (created, opened in a new tab) with its event stream open. */
async function waitingFlow() {
  const tab = fakeTab();
  tab.env.EventSource = () => FakeEventSource as unknown as typeof EventSource;
  const proxy = fakeProxy();
  const events: WebFormKitEvent[] = [];
  const queryClient = new QueryClient();
  clients.push(queryClient);
  const kit = createFlowKit({
    client: proxy.client,
    queryClient,
    env: tab.env,
    onEvent: (event) => events.push(event),
  });
  const engine = new FlowEngine(kit, PAYMENT);
  stops.push(engine.subscribe(() => {}));
  await advance();
  engine.open();
  proxy.setStatus('IN_PROGRESS');
  const stream = FakeEventSource.opened.at(-1);
  if (stream === undefined) throw new Error('no event stream was opened');
  const webForm = (await proxy.client.getWebForm(WEB_FORM_ID)) as WebFormAnswer;
  stream.send(webForm);
  await advance();
  expect(engine.getResult()).toMatchObject({ state: 'waiting', screen: 'waiting' });
  return { engine, proxy, stream, events, webForm };
}

async function advance(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 5; i += 1) await vi.advanceTimersByTimeAsync(0);
}

/** Holds every query cache notification back, as a hidden tab's throttled timers would. */
function holdQueryNotifications() {
  const held: (() => void)[] = [];
  notifyManager.setScheduler((callback) => void held.push(callback));
  return () => {
    notifyManager.setScheduler(queueMicrotask);
    for (const callback of held.splice(0)) callback();
  };
}

const outcomeEvents = (events: WebFormKitEvent[]) => events.filter((e) => e.type === 'outcome');

beforeEach(() => {
  FakeEventSource.opened = [];
  notifyManager.setScheduler(queueMicrotask);
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: T0,
  });
});
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const client of clients.splice(0)) client.clear();
  notifyManager.setScheduler(queueMicrotask);
  vi.useRealTimers();
});

describe('FlowEngine: a provisional status pushed from finAPI callback', () => {
  it('switches to the outcome screen at once, straight from the push store', async () => {
    const t = await waitingFlow();
    const release = holdQueryNotifications();

    t.stream.send({ ...t.webForm, status: 'COMPLETED', provisional: true });

    // No query cache notification has run: the engine heard the push store itself.
    expect(t.engine.getResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      provisional: true,
      paymentId: null,
      outcome: { kind: 'completed', resource: 'payment', paymentId: null },
    });
    expect(t.stream.closed).toBe(false);
    release();
  });

  it('fills in the payment id when the validated snapshot arrives, and reports the outcome once, then', async () => {
    const t = await waitingFlow();
    t.stream.send({ ...t.webForm, status: 'COMPLETED', provisional: true });
    await advance();
    expect(outcomeEvents(t.events)).toEqual([]);

    t.stream.send({ ...t.webForm, status: 'COMPLETED', payload: { paymentId: 42 } });
    await advance();

    expect(t.engine.getResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      provisional: false,
      paymentId: 42,
      outcome: { kind: 'completed', paymentId: 42 },
    });
    expect(outcomeEvents(t.events)).toEqual([
      expect.objectContaining({
        outcome: { kind: 'completed', resource: 'payment', paymentId: 42 },
      }),
    ]);
    expect(t.stream.closed).toBe(true);
  });

  it('gives way to a later validated snapshot that says otherwise', async () => {
    const t = await waitingFlow();
    t.stream.send({ ...t.webForm, status: 'COMPLETED', provisional: true });
    await advance();
    expect(t.engine.getResult().screen).toBe('completed');

    t.stream.send({
      ...t.webForm,
      status: 'COMPLETED_WITH_ERROR',
      payload: { errorCode: 'BANK_SERVER_REJECTION' },
    });
    await advance();

    expect(t.engine.getResult()).toMatchObject({
      state: 'outcome',
      screen: 'completed-with-error',
      provisional: false,
      outcome: { kind: 'completed-with-error', errorCode: 'BANK_SERVER_REJECTION' },
    });
    expect(outcomeEvents(t.events)).toEqual([
      expect.objectContaining({
        outcome: { kind: 'completed-with-error', errorCode: 'BANK_SERVER_REJECTION' },
      }),
    ]);
  });

  it('never overrides a validated final status it arrives after', async () => {
    const t = await waitingFlow();
    // The validated snapshot first (a request to the proxy), then a late provisional one.
    t.proxy.setStatus('ABORTED');
    t.engine.retry();
    await advance();
    expect(t.engine.getResult()).toMatchObject({ screen: 'aborted', provisional: false });

    t.stream.send({ ...t.webForm, status: 'COMPLETED', provisional: true });
    await advance();

    expect(t.engine.getResult()).toMatchObject({ screen: 'aborted', provisional: false });
    expect(outcomeEvents(t.events)).toEqual([
      expect.objectContaining({ outcome: { kind: 'aborted' } }),
    ]);
  });

  it('keeps the outcome screen while a poll answers from before the change', async () => {
    const t = await waitingFlow();
    t.stream.send({ ...t.webForm, status: 'COMPLETED', provisional: true });
    const requests = t.proxy.count('GET');
    // The answer still says IN_PROGRESS: it was read before finAPI's callback.
    t.engine.retry();
    await advance();

    expect(t.proxy.count('GET')).toBe(requests + 1);
    expect(t.engine.getResult()).toMatchObject({ screen: 'completed', provisional: true });
  });
});
