import type { Task, WebFormAnswer } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryEventBus, createMemoryStore, type OutcomeEvent } from '../src/index.ts';
import { readFlowRecord } from '../src/records/flowRecords.ts';
import { WEB_FORM } from '../src/resources/proxyResources.ts';
import {
  advanceUntilSettled,
  createBrowser,
  createTestProxy,
  readSse,
  type SseItem,
} from './helpers.ts';
import { checkoutPrepare, summaryOf } from './orderBook.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const PAY = '/api/webforms/standalone-payment';

/** A checkout payment for order-a with its stream open, and finAPI's GETs of it held on demand. */
async function setUpPayment(overrides: Parameters<typeof createTestProxy>[0] = {}) {
  const store = createMemoryStore();
  const outcomes: OutcomeEvent[] = [];
  const t = createTestProxy({
    prepare: checkoutPrepare,
    store,
    onOutcome: (event) => void outcomes.push(event),
    ...overrides,
  });
  let held: Promise<void> | undefined;
  // finAPI reads wait while `held` is set: the callback's read is then still out.
  t.finapi.override(async (request) => {
    if (request.method === 'GET') await held;
    return undefined;
  });
  const browser = createBrowser(t.proxy);
  const created = await advanceUntilSettled(
    browser.request('POST', PAY, { body: { orderId: 'order-a' } }),
  );
  const webForm = (await created.json()) as WebFormAnswer;
  const sent = t.finapi.requests.find((r) => r.method === 'POST')?.body as {
    callbacks: { finalised: string };
  };
  const stream = readSse(await browser.request('GET', `/api/webforms/${webForm.id}/events`));
  expect(await stream.next()).toEqual({ data: webForm });
  return {
    ...t,
    store,
    outcomes,
    browser,
    webForm,
    stream,
    hold() {
      let release = () => {};
      held = new Promise((resolve) => (release = resolve));
      return () => {
        held = undefined;
        release();
      };
    },
    callback: (status: string) =>
      t.proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: webForm.id, status }),
        }),
      ),
    reads: () => t.finapi.count('GET', `/api/webForms/${webForm.id}`),
  };
}

describe('a verified callback, before the read that confirms it', () => {
  it('reaches the stream at once as a provisional event, and the validated read follows it', async () => {
    const t = await setUpPayment();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.setWebForm(t.webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });
    const release = t.hold();

    const answered = t.callback('COMPLETED');

    // finAPI has not answered the callback's read: the stream has the callback's status, on the
    // snapshot known before (no payment id yet), with the summary, marked provisional.
    expect(await t.stream.next()).toEqual({
      data: { ...t.webForm, status: 'COMPLETED', provisional: true },
    });
    expect(t.webForm.summary).toEqual(summaryOf('order-a'));
    release();
    expect((await advanceUntilSettled(answered)).status).toBe(204);
    expect(await t.stream.next()).toEqual({
      data: { ...t.webForm, status: 'COMPLETED', payload: { paymentId: 4711 } },
    });
    expect(await t.stream.next()).toEqual({ end: true });
  });

  it('records no outcome and calls no onOutcome: those wait for the validated read', async () => {
    const t = await setUpPayment();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.setWebForm(t.webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });
    const release = t.hold();

    const answered = t.callback('COMPLETED');
    expect(await t.stream.next()).toMatchObject({ data: { provisional: true } });

    expect(t.outcomes).toEqual([]);
    expect((await readFlowRecord(t.store, WEB_FORM, t.webForm.id))?.final).toBeUndefined();

    release();
    await advanceUntilSettled(answered);
    await advanceUntilSettled(t.stream.next());
    expect((await readFlowRecord(t.store, WEB_FORM, t.webForm.id))?.final).toMatchObject({
      status: 'COMPLETED',
      payload: { paymentId: 4711 },
    });
    await advanceUntilSettled(
      new Promise<void>((resolve) => {
        const check = () => (t.outcomes.length > 0 ? resolve() : setTimeout(check, 50));
        check();
      }),
    );
    expect(t.outcomes).toMatchObject([
      { reference: 'order-a', outcome: { kind: 'completed', paymentId: 4711 } },
    ]);
  });

  it('is replaced by the validated snapshot when finAPI says otherwise', async () => {
    const t = await setUpPayment();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.setWebForm(t.webForm.id, {
      status: 'COMPLETED_WITH_ERROR',
      payload: { errorCode: 'BANK_SERVER_REJECTION' },
    });

    const answered = t.callback('COMPLETED');

    expect(await t.stream.next()).toMatchObject({
      data: { status: 'COMPLETED', provisional: true },
    });
    await advanceUntilSettled(answered);
    const validated = await t.stream.next();
    expect(validated).toMatchObject({
      data: { status: 'COMPLETED_WITH_ERROR', payload: { errorCode: 'BANK_SERVER_REJECTION' } },
    });
    expect((validated as { data: object }).data).not.toHaveProperty('provisional');
  });

  it('is what a stream opening while the read is out starts with, then the read', async () => {
    const t = await setUpPayment();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.setWebForm(t.webForm.id, { status: 'ABORTED', payload: {} });
    const release = t.hold();
    const answered = t.callback('ABORTED');
    await t.stream.next();

    // Another tab of the same session, or the browser reconnecting.
    const reopened = readSse(
      await t.browser.request('GET', `/api/webforms/${t.webForm.id}/events`),
    );
    expect(await reopened.next()).toMatchObject({ data: { status: 'ABORTED', provisional: true } });
    release();
    await advanceUntilSettled(answered);
    const items: SseItem[] = [];
    for (let item = await reopened.next(); !('end' in item); item = await reopened.next()) {
      items.push(item);
    }
    expect(items).toEqual([{ data: expect.objectContaining({ status: 'ABORTED' }) }]);
    expect((items[0] as { data: object }).data).not.toHaveProperty('provisional');
  });

  it('is not sent for a duplicate callback of a flow known to be final', async () => {
    const t = await setUpPayment();
    await vi.advanceTimersByTimeAsync(1000);
    t.finapi.setWebForm(t.webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });
    await advanceUntilSettled(t.callback('COMPLETED'));
    const items: SseItem[] = [];
    for (let item = await t.stream.next(); !('end' in item); item = await t.stream.next()) {
      items.push(item);
    }
    expect(items).toHaveLength(2);

    const late = readSse(await t.browser.request('GET', `/api/webforms/${t.webForm.id}/events`));
    await advanceUntilSettled(t.callback('COMPLETED'));

    expect(await late.next()).toEqual({
      data: { ...t.webForm, status: 'COMPLETED', payload: { paymentId: 4711 } },
    });
    expect(await late.next()).toEqual({ end: true });
  });
});

describe('reads around a callback', () => {
  it('answers a GET during the callback’s pending read with that read, not the snapshot from before', async () => {
    // The stream's own polling out of the way (a minute apart): on a loaded machine the fake
    // clock can pass its 2 s while finAPI's answer to the callback's read is still in flight, and
    // that poll's read is not what this test counts.
    const t = await setUpPayment({ pollIntervalMs: 60_000 });
    // The browser's poll: the gate has read within the second, so the callback's read must wait.
    expect(await (await t.browser.request('GET', `/api/webforms/${t.webForm.id}`)).json()).toEqual(
      t.webForm,
    );
    t.finapi.setWebForm(t.webForm.id, { status: 'COMPLETED', payload: { paymentId: 4711 } });
    const readsBefore = t.reads();

    const answered = t.callback('COMPLETED');
    await t.stream.next();
    const read = t.browser.request('GET', `/api/webforms/${t.webForm.id}`);

    expect(await (await advanceUntilSettled(read)).json()).toMatchObject({
      status: 'COMPLETED',
      payload: { paymentId: 4711 },
    });
    await advanceUntilSettled(answered);
    // The callback's read only: the GET joined it and asked finAPI nothing of its own.
    expect(t.reads()).toBe(readsBefore + 1);
  });
});

describe('task callbacks, provisionally', () => {
  async function setUpTask(overrides: Parameters<typeof createTestProxy>[0] = {}) {
    const t = createTestProxy(overrides);
    const browser = createBrowser(t.proxy);
    const task = (await (
      await browser.request('POST', '/api/tasks/background-update', {
        body: { bankConnectionId: 3 },
      })
    ).json()) as Task;
    const sent = t.finapi.requests[0]?.body as { callbacks: { finalised: string } };
    const formId = '946db09e-5bfc-11eb-ae93-0242ac130002';
    const url = `https://webform.example.test/wf/${formId}`;
    t.finapi.webForms.set(formId, {
      id: formId,
      url,
      createdAt: '2026-01-01T00:00:00.000+0000',
      expiresAt: '2099-01-01T00:20:00.000+0000',
      type: 'BANK_CONNECTION_UPDATE',
      status: 'IN_PROGRESS',
      payload: {},
    });
    const webForm = { id: formId, url, status: 'IN_PROGRESS' as const };
    t.finapi.setTask(task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: { bankConnectionId: 3, webForm },
    });
    await vi.advanceTimersByTimeAsync(1000);
    const taskStream = readSse(await browser.request('GET', `/api/tasks/${task.id}/events`));
    expect(await taskStream.next()).toMatchObject({ data: { status: 'WEB_FORM_REQUIRED' } });
    const formStream = readSse(await browser.request('GET', `/api/webforms/${formId}/events`));
    expect(await formStream.next()).toMatchObject({ data: { status: 'IN_PROGRESS' } });
    const post = (body: unknown) =>
      t.proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    const finish = () => {
      const done = { ...webForm, status: 'COMPLETED' as const };
      t.finapi.setWebForm(formId, { status: 'COMPLETED', payload: { bankConnectionId: 3 } });
      t.finapi.setTask(task.id, { status: 'COMPLETED', payload: { bankConnectionId: 3 } });
      return t.proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ taskId: task.id, status: 'COMPLETED', webForm: done }),
        }),
      );
    };
    return { ...t, task, formId, taskStream, formStream, finish, post };
  }

  it("sends the task's and its web form's callback status at once to their streams", async () => {
    const t = await setUpTask();

    const answered = t.finish();

    expect(await t.taskStream.next()).toMatchObject({
      data: { id: t.task.id, status: 'COMPLETED', provisional: true },
    });
    expect(await t.formStream.next()).toMatchObject({
      data: { id: t.formId, status: 'COMPLETED', payload: {}, provisional: true },
    });
    expect((await advanceUntilSettled(answered)).status).toBe(204);
    expect(await t.taskStream.next()).toMatchObject({ data: { status: 'COMPLETED' } });
    expect(await t.formStream.next()).toMatchObject({
      data: { status: 'COMPLETED', payload: { bankConnectionId: 3 } },
    });
  });

  it('announces no status for a web form the task is not known to have', async () => {
    const published: { topic: string; message: unknown }[] = [];
    const bus = createMemoryEventBus();
    const t = await setUpTask({
      eventBus: {
        publish: (topic, message) => {
          published.push({ topic, message });
          return bus.publish(topic, message);
        },
        subscribe: (topic, listener) => bus.subscribe(topic, listener),
      },
    });
    const otherId = '946db09e-5bfc-11eb-ae93-0242ac130099';
    const other = { id: otherId, url: `https://webform.example.test/wf/${otherId}` };

    const answered = t.post({
      taskId: t.task.id,
      status: 'COMPLETED',
      webForm: { ...other, status: 'COMPLETED' },
    });

    expect(await t.taskStream.next()).toMatchObject({
      data: { id: t.task.id, status: 'COMPLETED', provisional: true },
    });
    expect((await advanceUntilSettled(answered)).status).toBe(204);
    expect(published.map(({ topic }) => topic)).toContain(`task:${t.task.id}`);
    expect(published.filter(({ topic }) => topic.includes(otherId))).toEqual([]);
  });

  it("reads the task's web form alongside the task, not after the task's read", async () => {
    const t = await setUpTask();
    let releaseTask = () => {};
    const taskHeld = new Promise<void>((resolve) => (releaseTask = resolve));
    t.finapi.override(async (request, path) => {
      if (request.method === 'GET' && path === `/api/tasks/${t.task.id}`) await taskHeld;
      return undefined;
    });
    const formReads = () => t.finapi.count('GET', `/api/webForms/${t.formId}`);
    const before = formReads();

    const answered = t.finish();
    await t.taskStream.next();
    await t.formStream.next();

    // finAPI still has not answered the task's read; the web form's read has gone out all the same.
    await advanceUntilSettled(t.formStream.next());
    expect(formReads()).toBe(before + 1);
    releaseTask();
    expect((await advanceUntilSettled(answered)).status).toBe(204);
    expect(await t.taskStream.next()).toMatchObject({ data: { status: 'COMPLETED' } });
  });
});
