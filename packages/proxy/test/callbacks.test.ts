import type { Task, WebForm } from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryEventBus,
  type EventBus,
  type ProvisionalStatus,
  type Snapshot,
} from '../src/index.ts';
import { createSigner } from '../src/createSigner.ts';
import { createBrowser, createTestProxy, IMPORT_BODY, SESSION_SECRET } from './helpers.ts';

/** A memory bus that also remembers what was published: snapshots, and callbacks' statuses. */
function recordingBus() {
  const bus = createMemoryEventBus();
  const published: { topic: string; snapshot: Snapshot }[] = [];
  const provisional: { topic: string; status: ProvisionalStatus }[] = [];
  const recording: EventBus = {
    publish(topic, message) {
      if ('provisional' in message) provisional.push({ topic, status: message });
      else published.push({ topic, snapshot: message });
      return bus.publish(topic, message);
    },
    subscribe: (topic, listener) => bus.subscribe(topic, listener),
  };
  return { bus: recording, published, provisional };
}

/** A proxy whose clock the test moves, a web form created through it, and its callback URL. */
async function setUp() {
  let clock = 1_000_000;
  const { bus, published } = recordingBus();
  const { proxy, finapi, events } = createTestProxy({ now: () => clock, eventBus: bus });
  const browser = createBrowser(proxy);
  const webForm = (await (
    await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
  ).json()) as WebForm;
  const sent = finapi.requests[0]?.body as { callbacks: { finalised: string } };
  const callbackUrl = sent.callbacks.finalised;
  published.length = 0;
  const callback = (body: unknown, url = callbackUrl) =>
    proxy(
      new Request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
  return {
    proxy,
    finapi,
    events,
    browser,
    webForm,
    callbackUrl,
    published,
    callback,
    tick: (ms: number) => {
      clock += ms;
    },
    finapiReads: () => finapi.count('GET', `/api/webForms/${webForm.id}`),
  };
}

describe('web form callbacks', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the authoritative web form from finAPI and publishes it', async () => {
    const t = await setUp();
    t.finapi.finishWebForm(t.webForm.id, 'COMPLETED');
    t.tick(5000);

    // The body says ABORTED; finAPI says COMPLETED. finAPI's own answer wins.
    const response = await t.callback({ webFormId: t.webForm.id, status: 'ABORTED' });

    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(t.finapiReads()).toBe(1);
    expect(t.published).toEqual([
      {
        topic: `webform:${t.webForm.id}`,
        snapshot: expect.objectContaining({ status: 'COMPLETED' }),
      },
    ]);
  });

  it('is idempotent: a duplicate callback reads nothing and publishes nothing more', async () => {
    const t = await setUp();
    t.finapi.finishWebForm(t.webForm.id, 'COMPLETED');
    t.tick(5000);
    const body = { webFormId: t.webForm.id, status: 'COMPLETED' };

    expect((await t.callback(body)).status).toBe(204);
    t.tick(5000);
    expect((await t.callback(body)).status).toBe(204);
    expect((await t.callback(body)).status).toBe(204);

    expect(t.finapiReads()).toBe(1);
    expect(t.published).toHaveLength(1);
  });

  it('answers a wrong secret with 404 and changes nothing', async () => {
    const t = await setUp();
    t.tick(5000);
    const secret = t.callbackUrl.split('/').at(-1) ?? '';
    const wrong = [
      `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`,
      secret.slice(0, -1),
      'x',
      `${secret}x`,
    ];
    for (const bad of wrong) {
      const url = t.callbackUrl.replace(/[^/]+$/, bad);
      const response = await t.callback({ webFormId: t.webForm.id, status: 'COMPLETED' }, url);
      expect(response.status, bad).toBe(404);
      expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'No such callback' });
    }
    expect(t.finapiReads()).toBe(0);
    expect(t.published).toHaveLength(0);
    expect(t.events.filter((e) => e.type === 'callback' && !e.accepted)).toHaveLength(4);
  });

  it('answers an unknown handle with 404, even with a correctly signed secret', async () => {
    const t = await setUp();
    const handle = 'AAAAAAAAAAAAAAAAAAAAAA';
    const secret = await createSigner(SESSION_SECRET).sign(`callback:web-form:${handle}`);
    const url = `https://proxy.example.com/api/callbacks/webforms/${handle}/${secret}`;

    const response = await t.callback({ webFormId: t.webForm.id, status: 'COMPLETED' }, url);

    expect(response.status).toBe(404);
    expect(t.events).toContainEqual(
      expect.objectContaining({ type: 'callback', accepted: false, reason: 'unknown handle' }),
    );
    expect(t.finapiReads()).toBe(0);
    expect(t.published).toHaveLength(0);
  });

  it('answers a callback naming another web form with 400 CALLBACK_MISMATCH', async () => {
    const t = await setUp();
    t.tick(5000);
    const response = await t.callback({
      webFormId: '946db09e-5bfc-11eb-ae93-0242ac130002',
      status: 'COMPLETED',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'CALLBACK_MISMATCH' });
    expect(t.finapiReads()).toBe(0);
    expect(t.published).toHaveLength(0);
  });

  it("answers bodies that fail core's WebFormCallbackSchema with 400 and changes nothing", async () => {
    const t = await setUp();
    t.tick(5000);
    const bodies: [unknown, string][] = [
      [{ webFormId: t.webForm.id, status: 'FINISHED' }, 'INVALID_CALLBACK'],
      [{ webFormId: t.webForm.id }, 'INVALID_CALLBACK'],
      [{ webFormId: '../../etc/passwd', status: 'COMPLETED' }, 'INVALID_CALLBACK'],
      [{ taskId: t.webForm.id, status: 'COMPLETED' }, 'INVALID_CALLBACK'],
      [[], 'INVALID_CALLBACK'],
      ['{"webFormId":', 'INVALID_JSON'],
      ['', 'INVALID_JSON'],
    ];
    for (const [body, code] of bodies) {
      const response = await t.callback(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(await response.json()).toMatchObject({ code });
    }
    expect(t.finapiReads()).toBe(0);
    expect(t.published).toHaveLength(0);
  });

  it('refuses an oversized callback body with 413', async () => {
    const t = await setUp();
    const response = await t.callback({
      webFormId: t.webForm.id,
      status: 'COMPLETED',
      pad: 'x'.repeat(20_000),
    });
    expect(response.status).toBe(413);
    expect(t.published).toHaveLength(0);
  });

  it('does not accept a web form callback URL on the task route', async () => {
    const t = await setUp();
    const [handle, secret] = t.callbackUrl.split('/').slice(-2);
    const url = `https://proxy.example.com/api/callbacks/tasks/${handle}/${secret}/finalised`;
    const response = await t.callback({ taskId: t.webForm.id, status: 'COMPLETED' }, url);
    expect(response.status).toBe(404);
    expect(t.published).toHaveLength(0);
  });

  it('honours a callback that arrives before finAPI has answered the creation', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const { bus, published } = recordingBus();
    const t = createTestProxy({ eventBus: bus });
    // finAPI calls back (the form was finished at once) before it answers the creation.
    t.finapi.override(async (_request, path) => {
      if (path !== '/api/webForms/bankConnectionImport' || t.finapi.webForms.size > 0)
        return undefined;
      const body = t.finapi.requests.at(-1)?.body as { callbacks: { finalised: string } };
      const early = await t.proxy(
        new Request(body.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            webFormId: '946db09e-5bfc-11eb-ae93-0242ac130002',
            status: 'COMPLETED',
          }),
        }),
      );
      expect(early.status).toBe(202);
      t.finapi.webForms.set('946db09e-5bfc-11eb-ae93-0242ac130002', {
        id: '946db09e-5bfc-11eb-ae93-0242ac130002',
        url: 'https://webform.example.test/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
        createdAt: '2026-01-01T00:00:00.000+0000',
        expiresAt: '2026-01-01T00:20:00.000+0000',
        type: 'BANK_CONNECTION_IMPORT',
        status: 'NOT_YET_OPENED',
        payload: {},
      });
      return new Response(
        JSON.stringify(t.finapi.webForms.get('946db09e-5bfc-11eb-ae93-0242ac130002')),
        {
          status: 201,
        },
      );
    });
    const browser = createBrowser(t.proxy);
    const created = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
    });
    expect(created.status).toBe(201);
    t.finapi.finishWebForm('946db09e-5bfc-11eb-ae93-0242ac130002', 'COMPLETED');

    // The read waits out the one-second spacing after the creation's answer.
    await vi.advanceTimersByTimeAsync(999);
    expect(t.finapi.count('GET', '/api/webForms/946db09e-5bfc-11eb-ae93-0242ac130002')).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => {
      expect(published.at(-1)?.snapshot).toMatchObject({ status: 'COMPLETED' });
    });
    expect(t.finapi.count('GET', '/api/webForms/946db09e-5bfc-11eb-ae93-0242ac130002')).toBe(1);
  });
});

describe('task callbacks', () => {
  async function setUpTask() {
    let clock = 1_000_000;
    const { bus, published } = recordingBus();
    const { proxy, finapi } = createTestProxy({ now: () => clock, eventBus: bus });
    const browser = createBrowser(proxy);
    const task = (await (
      await browser.request('POST', '/api/tasks/background-update', {
        body: { bankConnectionId: 3 },
      })
    ).json()) as Task;
    const sent = finapi.requests[0]?.body as {
      callbacks: { finalised: string; webFormRequired: string };
    };
    published.length = 0;
    const post = (url: string, body: unknown) =>
      proxy(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    return {
      proxy,
      finapi,
      browser,
      task,
      sent,
      published,
      post,
      tick: (ms: number) => (clock += ms),
    };
  }

  it('registers finalised and webFormRequired under one handle and secret', async () => {
    const t = await setUpTask();
    expect(t.sent.callbacks.finalised).toMatch(
      /^https:\/\/proxy\.example\.com\/api\/callbacks\/tasks\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{43}\/finalised$/,
    );
    expect(t.sent.callbacks.webFormRequired).toBe(
      t.sent.callbacks.finalised.replace(/finalised$/, 'web-form-required'),
    );
  });

  it("on webFormRequired, publishes the task and lets its session read the task's web form", async () => {
    const t = await setUpTask();
    const webFormId = '946db09e-5bfc-11eb-ae93-0242ac130002';
    t.finapi.webForms.set(webFormId, {
      id: webFormId,
      url: `https://webform.example.test/wf/${webFormId}`,
      createdAt: '2026-01-01T00:00:00.000+0000',
      expiresAt: '2026-01-01T00:20:00.000+0000',
      type: 'BANK_CONNECTION_UPDATE',
      status: 'NOT_YET_OPENED',
      payload: {},
    });
    const webForm = {
      id: webFormId,
      url: `https://webform.example.test/wf/${webFormId}`,
      status: 'NOT_YET_OPENED' as const,
    };
    t.finapi.setTask(t.task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: { bankConnectionId: 3, webForm },
    });
    t.tick(5000);

    const response = await t.post(t.sent.callbacks.webFormRequired, {
      taskId: t.task.id,
      status: 'WEB_FORM_REQUIRED',
      webForm,
    });

    expect(response.status).toBe(204);
    expect(t.published.at(-1)).toMatchObject({
      topic: `task:${t.task.id}`,
      snapshot: { status: 'WEB_FORM_REQUIRED' },
    });
    expect((await t.browser.request('GET', `/api/webforms/${webFormId}`)).status).toBe(200);
    expect((await createBrowser(t.proxy).request('GET', `/api/webforms/${webFormId}`)).status).toBe(
      404,
    );
  });

  it('refuses a task callback naming another task, and unknown event names', async () => {
    const t = await setUpTask();
    t.tick(5000);
    const mismatch = await t.post(t.sent.callbacks.finalised, {
      taskId: '946db09e-5bfc-11eb-ae93-0242ac130002',
      status: 'COMPLETED',
    });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ code: 'CALLBACK_MISMATCH' });
    const unknownEvent = await t.post(t.sent.callbacks.finalised.replace(/finalised$/, 'started'), {
      taskId: t.task.id,
      status: 'COMPLETED',
    });
    expect(unknownEvent.status).toBe(404);
    expect(t.published).toHaveLength(0);
  });
});
