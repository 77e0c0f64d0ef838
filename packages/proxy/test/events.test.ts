import type { Task, WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ALIVE_MS } from '../src/index.ts';
import {
  advanceUntilSettled,
  createBrowser,
  createTestProxy,
  IMPORT_BODY,
  readSse,
} from './helpers.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

async function setUp(options: Parameters<typeof createTestProxy>[0] = {}) {
  const t = createTestProxy(options);
  const browser = createBrowser(t.proxy);
  const webForm = (await (
    await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
  ).json()) as WebForm;
  const sent = t.finapi.requests[0]?.body as { callbacks: { finalised: string } };
  return {
    ...t,
    browser,
    webForm,
    open: (signal?: AbortSignal) =>
      browser.request('GET', `/api/webforms/${webForm.id}/events`, signal ? { signal } : {}),
    callback: (body: unknown) =>
      t.proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      ),
    reads: () => t.finapi.count('GET', `/api/webForms/${webForm.id}`),
  };
}

describe('GET /api/webforms/{id}/events', () => {
  it('sends the current web form at once as an unnamed data message', async () => {
    const t = await setUp();
    const response = await t.open();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    const stream = readSse(response);
    expect(await stream.next()).toEqual({ data: t.webForm });
    await stream.cancel();
  });

  it('pushes the change a callback reports, provisional first, then ends the stream at the validated final status', async () => {
    const t = await setUp();
    const stream = readSse(await t.open());
    await stream.next();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.finishWebForm(t.webForm.id, 'COMPLETED');

    expect((await t.callback({ webFormId: t.webForm.id, status: 'COMPLETED' })).status).toBe(204);

    // The callback's status at once, on the snapshot known before (no bank connection id yet).
    expect(await stream.next()).toEqual({
      data: { ...t.webForm, status: 'COMPLETED', provisional: true },
    });
    const validated = await stream.next();
    expect(validated).toEqual({
      data: expect.objectContaining({
        id: t.webForm.id,
        status: 'COMPLETED',
        payload: { bankConnectionId: 7 },
      }),
    });
    expect('data' in validated && validated.data).not.toHaveProperty('provisional');
    expect(await stream.next()).toEqual({ end: true });
  });

  it('sends each change once, even when a poll and a callback both find it', async () => {
    const t = await setUp({ unattendedPollMs: 2000 });
    const stream = readSse(await t.open());
    await stream.next();
    t.finapi.webForms.set(t.webForm.id, { ...t.webForm, status: 'IN_PROGRESS' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ status: 'IN_PROGRESS' }),
    });
    // The callback's read waits out the second after the poll's, then finds nothing new.
    const callback = t.callback({ webFormId: t.webForm.id, status: 'IN_PROGRESS' });
    expect((await advanceUntilSettled(callback)).status).toBe(204);
    t.finapi.finishWebForm(t.webForm.id, 'ABORTED');
    // How far the clock moved while the callback settled varies with the machine's load, and a
    // poll within a second of the callback's read answers from that read: the next poll that asks
    // finAPI may be up to one interval plus that second away, so advance until the event is there.
    expect(await advanceUntilSettled(stream.next())).toEqual({
      data: expect.objectContaining({ status: 'ABORTED' }),
    });
    expect(await stream.next()).toEqual({ end: true });
  });

  it('finds the final status by polling when callbacks are off', async () => {
    const t = await setUp({ registerCallbacks: false });
    const stream = readSse(await t.open());
    await stream.next();
    t.finapi.finishWebForm(t.webForm.id, 'COMPLETED_WITH_ERROR', 'BANK_SERVER_REJECTION');

    await vi.advanceTimersByTimeAsync(2000);

    expect(await stream.next()).toEqual({
      data: expect.objectContaining({
        status: 'COMPLETED_WITH_ERROR',
        payload: { errorCode: 'BANK_SERVER_REJECTION' },
      }),
    });
    expect(await stream.next()).toEqual({ end: true });
  });

  it('sends a keep-alive comment every 15 seconds', async () => {
    const t = await setUp();
    const stream = readSse(await t.open());
    await stream.next();

    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS);
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    await vi.advanceTimersByTimeAsync(KEEP_ALIVE_MS);
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    await stream.cancel();
  });

  it('answers a web form that is already final with that one snapshot, then ends', async () => {
    const t = await setUp();
    t.finapi.finishWebForm(t.webForm.id, 'EXPIRED');
    await vi.advanceTimersByTimeAsync(1000);

    const stream = readSse(await t.open());

    expect(await stream.next()).toEqual({ data: expect.objectContaining({ status: 'EXPIRED' }) });
    expect(await stream.next()).toEqual({ end: true });
  });

  it('reads finAPI at most once a second per web form however many streams watch it', async () => {
    const t = await setUp({
      rateLimit: false,
      registerCallbacks: false,
      pollIntervalMs: 10,
      maxStreamsPerSession: 40,
    });
    const streams = [];
    for (let i = 0; i < 40; i++) {
      const stream = readSse(await t.open());
      await stream.next();
      streams.push(stream);
    }
    const before = t.reads();

    await vi.advanceTimersByTimeAsync(60_000);

    // pollIntervalMs is clamped to 1000 ms: one shared poller, 60 reads in 60 s at most.
    expect(t.reads() - before).toBeLessThanOrEqual(60);
    expect(t.reads() - before).toBeGreaterThanOrEqual(55);
    for (const stream of streams) await stream.cancel();
  });

  it('with callbacks off, polls every 2 seconds by default while anyone listens', async () => {
    const t = await setUp({ rateLimit: false, registerCallbacks: false });
    const a = readSse(await t.open());
    const b = readSse(await t.open());
    await a.next();
    await b.next();
    const before = t.reads();

    await vi.advanceTimersByTimeAsync(20_000);

    expect(t.reads() - before).toBe(10);
    await a.cancel();
    await b.cancel();
  });

  it('drops to the safety poll when the last listener leaves, and not before', async () => {
    const t = await setUp({ rateLimit: false, registerCallbacks: false });
    const first = new AbortController();
    const second = new AbortController();
    const a = readSse(await t.open(first.signal));
    const b = readSse(await t.open(second.signal));
    await a.next();
    await b.next();

    first.abort();
    expect(await a.next()).toEqual({ end: true });
    const before = t.reads();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(t.reads() - before).toBe(5);

    await b.cancel();
    const after = t.reads();
    // Nobody listens: the created form is still watched, by the safety poll once a minute.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(t.reads()).toBe(after + 1);
  });

  it('closes the stream cleanly when the client disconnects', async () => {
    const t = await setUp();
    const controller = new AbortController();
    const stream = readSse(await t.open(controller.signal));
    await stream.next();

    controller.abort();

    expect(await stream.next()).toEqual({ end: true });
    const before = t.reads();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(t.reads()).toBe(before);
  });

  it('ends the streams of a web form deleted through the proxy', async () => {
    const t = await setUp();
    const stream = readSse(await t.open());
    await stream.next();

    // The proxy reads the form once more before it is deleted (a second after the last read).
    const deleted = t.browser.request('DELETE', `/api/webforms/${t.webForm.id}`);
    expect((await advanceUntilSettled(deleted)).status).toBe(204);

    // How far fake time moved meanwhile depends on the machine's load: keep-alives may come first.
    let item = await stream.next();
    while ('comment' in item) item = await stream.next();
    expect(item).toEqual({ end: true });
  });

  it('ends the streams when finAPI no longer knows the web form', async () => {
    const t = await setUp({ registerCallbacks: false });
    const stream = readSse(await t.open());
    await stream.next();
    t.finapi.webForms.delete(t.webForm.id);

    await vi.advanceTimersByTimeAsync(2000);

    expect(await stream.next()).toEqual({ end: true });
  });

  it('keeps the stream open and backs off while finAPI fails', async () => {
    const t = await setUp({ registerCallbacks: false });
    const stream = readSse(await t.open());
    await stream.next();
    let failing = true;
    t.finapi.override(() => (failing ? new Response('down', { status: 503 }) : undefined));

    const before = t.reads();
    await vi.advanceTimersByTimeAsync(30_000);
    // 2 s, then 4, 8 and 16 s apart: 4 reads, not 15.
    expect(t.reads() - before).toBe(4);
    expect(t.events.filter((e) => e.type === 'poll-error')).toHaveLength(4);

    // The next read is 30 s (the cap) after the last, at 60 s; keep-alives hold the line.
    failing = false;
    t.finapi.finishWebForm(t.webForm.id, 'COMPLETED');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    expect(await stream.next()).toEqual({ comment: 'keep-alive' });
    expect(await stream.next()).toEqual({ data: expect.objectContaining({ status: 'COMPLETED' }) });
  });

  it('answers errors before the stream starts as JSON, not as a stream', async () => {
    const t = await setUp();
    const badId = await t.browser.request('GET', '/api/webforms/not-an-id/events');
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({ code: 'INVALID_ID' });

    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.override(() => new Response('{}', { status: 500 }));
    const failing = await t.open();
    expect(failing.status).toBe(502);
    expect(await failing.json()).toMatchObject({ code: 'FINAPI_ERROR' });
  });
});

describe('GET /api/tasks/{id}/events', () => {
  it('follows a task through WEB_FORM_REQUIRED and ends when its web form is final', async () => {
    const t = createTestProxy({ registerCallbacks: false });
    const browser = createBrowser(t.proxy);
    const task = (await (
      await browser.request('POST', '/api/tasks/background-update', {
        body: { bankConnectionId: 3 },
      })
    ).json()) as Task;
    const stream = readSse(await browser.request('GET', `/api/tasks/${task.id}/events`));
    expect(await stream.next()).toEqual({ data: task });

    const webForm = {
      id: '946db09e-5bfc-11eb-ae93-0242ac130002',
      url: 'https://webform.example.test/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
      status: 'NOT_YET_OPENED' as const,
    };
    t.finapi.setTask(task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: { bankConnectionId: 3, webForm },
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ status: 'WEB_FORM_REQUIRED' }),
    });

    t.finapi.setTask(task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: { bankConnectionId: 3, webForm: { ...webForm, status: 'COMPLETED' } },
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({
        payload: expect.objectContaining({ webForm: { ...webForm, status: 'COMPLETED' } }),
      }),
    });
    expect(await stream.next()).toEqual({ end: true });
  });
});

describe('several proxy instances', () => {
  it('delivers a callback handled by one instance to a stream held by another', async () => {
    const { createMemoryEventBus, createMemoryStore } = await import('../src/index.ts');
    // What Redis would be across processes: one bus and one store both instances use.
    const eventBus = createMemoryEventBus();
    const store = createMemoryStore();
    const a = createTestProxy({ eventBus, store });
    const b = createTestProxy({ eventBus, store, fetch: a.finapi.fetch });
    const browser = createBrowser(a.proxy);
    const webForm = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;
    const stream = readSse(await browser.request('GET', `/api/webforms/${webForm.id}/events`));
    await stream.next();
    a.finapi.finishWebForm(webForm.id, 'COMPLETED');

    const sent = a.finapi.requests[0]?.body as { callbacks: { finalised: string } };
    const response = await b.proxy(
      new Request(sent.callbacks.finalised, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ webFormId: webForm.id, status: 'COMPLETED' }),
      }),
    );

    expect(response.status).toBe(204);
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ status: 'COMPLETED', provisional: true }),
    });
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ status: 'COMPLETED', payload: { bankConnectionId: 7 } }),
    });
    expect(await stream.next()).toEqual({ end: true });
  });
});
