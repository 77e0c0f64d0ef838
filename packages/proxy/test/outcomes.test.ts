import type { WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryStore,
  OUTCOME_RETRY_FOR_MS,
  type OutcomeEvent,
  type ProxyEvent,
  type WebFormProxyOptions,
} from '../src/index.ts';
import { createFakeFinapi, type FakeFinapi } from './fakeFinapi.ts';
import {
  advanceUntilSettled,
  createBrowser,
  readSse,
  testProxyOptions,
  type Browser,
} from './helpers.ts';
import { checkoutPrepare } from './orderBook.ts';
import { createWebFormProxy } from '../src/index.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const PAY = '/api/webforms/standalone-payment';

/** What an app's onOutcome hears, and a way to wait for the next call. */
function recordOutcomes(behaviour: (call: number) => void = () => {}) {
  const calls: { at: number; event: OutcomeEvent }[] = [];
  let waiting: (() => void) | undefined;
  const onOutcome = (event: OutcomeEvent) => {
    calls.push({ at: Date.now(), event });
    waiting?.();
    behaviour(calls.length);
  };
  return {
    onOutcome,
    calls,
    /** Resolves at the `count`th call, moving fake time on until it comes. */
    until: (count: number) =>
      advanceUntilSettled(
        new Promise<void>((resolve) => {
          const check = () => {
            if (calls.length >= count) resolve();
          };
          waiting = check;
          check();
        }),
        250,
      ),
  };
}

/** One proxy instance (a process) in front of a shared fake finAPI, on a store it is given. */
function startInstance(finapi: FakeFinapi, options: Partial<WebFormProxyOptions> = {}) {
  const events: ProxyEvent[] = [];
  const proxy = createWebFormProxy({
    ...testProxyOptions(finapi, events),
    prepare: checkoutPrepare,
    rateLimit: false,
    ...options,
  });
  return { proxy, events };
}

async function pay(browser: Browser, orderId = 'order-a'): Promise<WebForm> {
  const response = await advanceUntilSettled(browser.request('POST', PAY, { body: { orderId } }));
  expect(response.status).toBe(201);
  return (await response.json()) as WebForm;
}

/** finAPI's `finalised` callback for the web form created `index`th (0: the first). */
function callback(finapi: FakeFinapi, proxy: (request: Request) => Promise<Response>, id: string) {
  const creations = finapi.requests.filter((r) => r.method === 'POST');
  const created = creations.find((_, i) => [...finapi.webForms.keys()][i] === id) ?? creations[0];
  const url = (created?.body as { callbacks: { finalised: string } }).callbacks.finalised;
  return advanceUntilSettled(
    proxy(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ webFormId: id, status: 'COMPLETED' }),
      }),
    ),
  );
}

describe('onOutcome', () => {
  it('hears the outcome once, with what the app needs, under duplicated callbacks', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const { proxy, events } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const browser = createBrowser(proxy);
    const webForm = await pay(browser);
    await vi.advanceTimersByTimeAsync(1000);
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });

    for (let i = 0; i < 3; i++)
      expect((await callback(finapi, proxy, webForm.id)).status).toBe(204);
    await outcomes.until(1);
    await vi.advanceTimersByTimeAsync(10 * 60_000);

    expect(outcomes.calls).toHaveLength(1);
    expect(outcomes.calls[0]?.event).toEqual({
      reference: 'order-a',
      kind: 'standalone-payment',
      resource: 'web-form',
      id: webForm.id,
      outcome: { kind: 'completed', resource: 'payment', paymentId: 4711 },
      snapshot: expect.objectContaining({ id: webForm.id, status: 'COMPLETED' }),
      sessionId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(events.filter((e) => e.type === 'outcome')).toEqual([
      {
        type: 'outcome',
        resource: 'web-form',
        id: webForm.id,
        reference: 'order-a',
        attempt: 1,
        delivered: true,
      },
    ]);
  });

  it('hears an outcome whose callback was dropped, found by the safety poll, with no browser left', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    // The creation itself takes (fake) time, more on a loaded machine: the safety poll's 60 s
    // run from the creation, somewhere between these two instants.
    const before = Date.now();
    const { proxy } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const webForm = await pay(createBrowser(proxy));
    const created = Date.now();
    // The customer pays and closes the tab; finAPI's callback never arrives.
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 12 } });

    await vi.advanceTimersByTimeAsync(before + 59_000 - Date.now());
    expect(outcomes.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(created + 61_000 - Date.now());
    await outcomes.until(1);
    expect(outcomes.calls[0]?.event.outcome).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 12,
    });

    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(outcomes.calls).toHaveLength(1);
    // Once final, the proxy reads the form no more.
    expect(finapi.count('GET', `/api/webForms/${webForm.id}`)).toBe(1);
  });

  it('hears an outcome when the browser never opened a stream, by the callback', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const { proxy } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const webForm = await pay(createBrowser(proxy));
    finapi.setWebForm(webForm.id, { status: 'ABORTED' });

    expect((await callback(finapi, proxy, webForm.id)).status).toBe(204);
    await outcomes.until(1);
    expect(outcomes.calls[0]?.event).toMatchObject({
      id: webForm.id,
      outcome: { kind: 'aborted' },
    });
  });

  it('hears it once when a stream, a read and a callback all see the final status', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const { proxy } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const browser = createBrowser(proxy);
    const webForm = await pay(browser);
    const stream = readSse(
      await advanceUntilSettled(browser.request('GET', `/api/webforms/${webForm.id}/events`)),
    );
    await stream.next();
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 3 } });

    await callback(finapi, proxy, webForm.id);
    await advanceUntilSettled(browser.request('GET', `/api/webforms/${webForm.id}`));
    // How far fake time moved meanwhile depends on the machine's load: keep-alives may come first.
    let item = await stream.next();
    while ('comment' in item) item = await stream.next();
    expect(item).toEqual({ data: expect.objectContaining({ status: 'COMPLETED' }) });
    await outcomes.until(1);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(outcomes.calls).toHaveLength(1);
  });

  it('retries a hook that throws: after about a second, then five, and stops once it succeeds', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes((call) => {
      if (call <= 2) throw new Error(`the order service is down (${call})`);
    });
    const { proxy, events } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const webForm = await pay(createBrowser(proxy));
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 9 } });
    await callback(finapi, proxy, webForm.id);
    await outcomes.until(1);
    const first = outcomes.calls[0]?.at ?? 0;

    await vi.advanceTimersByTimeAsync(999 - (Date.now() - first));
    expect(outcomes.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes.calls).toHaveLength(2);
    expect((outcomes.calls[1]?.at ?? 0) - first).toBe(1000);

    await vi.advanceTimersByTimeAsync(4999);
    expect(outcomes.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(outcomes.calls).toHaveLength(3);
    expect((outcomes.calls[2]?.at ?? 0) - first).toBe(6000);

    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(outcomes.calls).toHaveLength(3);
    expect(
      events
        .filter((e) => e.type === 'outcome')
        .map((e) => e.type === 'outcome' && [e.attempt, e.delivered, e.retryInMs]),
    ).toEqual([
      [1, false, 1000],
      [2, false, 5000],
      [3, true, undefined],
    ]);
    // The same event each time: the app can treat a repeat for the same id as the same outcome.
    expect(new Set(outcomes.calls.map((c) => JSON.stringify(c.event))).size).toBe(1);
  });

  it('gives up on a hook that never succeeds after a day of slower and slower retries', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes(() => {
      throw new Error('never');
    });
    const { proxy, events } = startInstance(finapi, { onOutcome: outcomes.onOutcome });
    const webForm = await pay(createBrowser(proxy));
    finapi.setWebForm(webForm.id, { status: 'EXPIRED' });
    await callback(finapi, proxy, webForm.id);
    await outcomes.until(1);

    await vi.advanceTimersByTimeAsync(OUTCOME_RETRY_FOR_MS + 2 * 60 * 60_000);
    const tries = outcomes.calls.length;
    const gaps = outcomes.calls.slice(1).map((c, i) => c.at - (outcomes.calls[i]?.at ?? 0));
    expect(gaps.slice(0, 6)).toEqual([1000, 5000, 25_000, 125_000, 625_000, 3_125_000]);
    expect(Math.max(...gaps)).toBe(60 * 60_000);
    expect(tries).toBeLessThan(40);
    const last = events.filter((e) => e.type === 'outcome').at(-1);
    expect(last).toMatchObject({ delivered: false, attempt: tries });
    expect(last).not.toHaveProperty('retryInMs');

    await vi.advanceTimersByTimeAsync(OUTCOME_RETRY_FOR_MS);
    expect(outcomes.calls).toHaveLength(tries);
  });

  it('tells a task’s outcome with its kind and taskOutcomeOf', async () => {
    const finapi = createFakeFinapi();
    const outcomes = recordOutcomes();
    const { proxy } = startInstance(finapi, {
      onOutcome: outcomes.onOutcome,
      prepare: () => ({ body: { bankConnectionId: 5 }, reference: 'connection-5' }),
    });
    const created = await advanceUntilSettled(
      createBrowser(proxy).request('POST', '/api/tasks/background-update', { body: {} }),
    );
    const task = (await created.json()) as { id: string };
    finapi.setTask(task.id, {
      status: 'COMPLETED_WITH_ERROR',
      payload: { bankConnectionId: 5, errorCode: 'BANK_SERVER_REJECTION' },
    });

    await vi.advanceTimersByTimeAsync(60_000);
    await outcomes.until(1);
    expect(outcomes.calls[0]?.event).toMatchObject({
      reference: 'connection-5',
      kind: 'background-update',
      resource: 'task',
      id: task.id,
      outcome: { kind: 'completed-with-error', errorCode: 'BANK_SERVER_REJECTION' },
    });
  });
});

describe('onOutcome across processes sharing one store', () => {
  it('delivers a completion during a restart from the new process', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const before = recordOutcomes();
    const first = startInstance(finapi, { store, onOutcome: before.onOutcome });
    const webForm = await pay(createBrowser(first.proxy));
    first.proxy.close();

    // While no process runs, the customer completes the payment.
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 88 } });
    const after = recordOutcomes();
    const second = startInstance(finapi, { store, onOutcome: after.onOutcome });

    // finAPI's callback reaches the new process, which knows the handle from the store.
    expect((await callback(finapi, second.proxy, webForm.id)).status).toBe(204);
    await after.until(1);
    expect(after.calls[0]?.event).toMatchObject({
      reference: 'order-a',
      id: webForm.id,
      outcome: { kind: 'completed', resource: 'payment', paymentId: 88 },
    });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(after.calls).toHaveLength(1);
    expect(before.calls).toHaveLength(0);
    second.proxy.close();
  });

  it('resumes watching after a restart: a dropped callback is still found by the safety poll', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const first = startInstance(finapi, { store, onOutcome: () => {} });
    const webForm = await pay(createBrowser(first.proxy));
    first.proxy.close();

    const after = recordOutcomes();
    const second = startInstance(finapi, { store, onOutcome: after.onOutcome });
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 2 } });

    await vi.advanceTimersByTimeAsync(60_000);
    await after.until(1);
    expect(after.calls[0]?.event.id).toBe(webForm.id);
    second.proxy.close();
  });

  it('carries on the retries of a failing hook in the new process, where the old one stopped', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const before = recordOutcomes(() => {
      throw new Error('down');
    });
    const first = startInstance(finapi, { store, onOutcome: before.onOutcome });
    const webForm = await pay(createBrowser(first.proxy));
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 1 } });
    await callback(finapi, first.proxy, webForm.id);
    await before.until(2);
    first.proxy.close();
    const secondTry = before.calls[1]?.at ?? 0;
    expect(secondTry - (before.calls[0]?.at ?? 0)).toBe(1000);

    const after = recordOutcomes();
    const second = startInstance(finapi, { store, onOutcome: after.onOutcome });
    // The third try is due five seconds after the second, and the new process makes it then.
    await vi.advanceTimersByTimeAsync(secondTry + 4000 - Date.now());
    expect(after.calls).toHaveLength(0);
    await after.until(1);
    expect((after.calls[0]?.at ?? 0) - secondTry).toBe(5000);
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(after.calls).toHaveLength(1);
    expect(before.calls).toHaveLength(2);
    second.proxy.close();
  });

  it('delivers once when two live instances see the same final snapshot at once', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    // The app's hook takes its time (a database write), so both instances see the final
    // snapshot while the first delivery is still running.
    let finish = () => {};
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const calls: string[] = [];
    const onOutcome = async (event: OutcomeEvent) => {
      calls.push(event.id);
      await slow;
    };
    const a = startInstance(finapi, { store, onOutcome });
    const b = startInstance(finapi, { store, onOutcome });
    const webForm = await pay(createBrowser(a.proxy));
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 5 } });

    // A's callback, B's duplicate, and both instances' safety polls, all while the hook runs.
    await callback(finapi, a.proxy, webForm.id);
    await callback(finapi, b.proxy, webForm.id);
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(calls).toEqual([webForm.id]);
    finish();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(calls).toEqual([webForm.id]);
    a.proxy.close();
    b.proxy.close();
  });

  it('makes one safety poll per interval across two instances following the same flows', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const a = startInstance(finapi, { store });
    const webForm = await pay(createBrowser(a.proxy));
    const b = startInstance(finapi, { store });
    const reads = () => finapi.count('GET', `/api/webForms/${webForm.id}`);

    await vi.advanceTimersByTimeAsync(10 * 60_000);
    // Ten minutes of a minute's safety poll: about ten reads between them, not twenty.
    expect(reads()).toBeGreaterThanOrEqual(9);
    expect(reads()).toBeLessThanOrEqual(11);
    a.proxy.close();
    b.proxy.close();
  });

  it('drops a final flow from the store’s index of watched flows once nothing is left to deliver', async () => {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const { proxy } = startInstance(finapi, { store });
    const webForm = await pay(createBrowser(proxy));
    expect(store.members('watched')).toEqual([`web-form:${webForm.id}`]);

    finapi.setWebForm(webForm.id, { status: 'ABORTED' });
    await callback(finapi, proxy, webForm.id);
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.members('watched')).toEqual([]);
    proxy.close();
  });
});
