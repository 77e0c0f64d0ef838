import { TaskSchema, WebFormSchema, type Task, type WebForm } from '@webform-kit/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startProxyFromEnv, type RunningProxy } from '../src/dev.ts';
import type { ProxyEvent } from '../src/index.ts';
import { readSse } from './helpers.ts';

// The proxy and the simulator as the demo runs them, over real loopback HTTP, each on a free port.
let running: RunningProxy;
const events: ProxyEvent[] = [];

beforeAll(async () => {
  running = await startProxyFromEnv(
    {
      PORT: '0',
      SIMULATOR_PORT: '0',
      SESSION_SECRET: 'integration-secret-0123456789-ABCDEFGHIJ',
    },
    // A short safety poll, so a dropped callback's outcome is found within the test's time.
    { onEvent: (event) => events.push(event), unattendedPollMs: 1000 },
  );
});
afterAll(async () => {
  await running.close();
});
beforeEach(async () => {
  await setScenario({
    callbackDropNext: 0,
    callbackDuplicates: 0,
    taskMode: 'web-form-required',
    taskDelayMs: 200,
  });
});

async function setScenario(patch: Record<string, unknown>) {
  const response = await fetch(`${running.simulatorUrl}/__simulator/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  expect(response.status).toBe(200);
}

/** A browser talking to the proxy over HTTP: it keeps its session cookie. */
function createHttpBrowser() {
  let cookie: string | undefined;
  const request = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = {};
    if (cookie !== undefined) headers['cookie'] = cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) cookie = setCookie.split(';')[0];
    return response;
  };
  return {
    request,
    events: async (path: string) => {
      const response = await request('GET', path);
      expect(response.status).toBe(200);
      return readSse(response);
    },
  };
}

/** Opens the hosted page at `url` and posts the form behind one of its buttons. */
async function finishOnHostedPage(
  url: string,
  action: 'complete' | 'complete-with-error' | 'abort',
  errorCode?: string,
) {
  const page = await fetch(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  const token = /name="pageToken" value="([^"]+)"/.exec(html)?.[1];
  const actionPath = new RegExp(`action="([^"]*/${action})"`).exec(html)?.[1];
  expect(token).toBeDefined();
  expect(actionPath).toBeDefined();
  const form = new URLSearchParams({ pageToken: token ?? '' });
  if (errorCode !== undefined) form.set('errorCode', errorCode);
  const posted = await fetch(new URL(actionPath ?? '', url), {
    method: 'POST',
    body: form,
    redirect: 'manual',
  });
  expect(posted.status).toBeLessThan(400);
}

function callbacksFor(id: string) {
  return events.filter((e) => e.type === 'callback' && e.id === id && e.accepted);
}

async function untilCallbacks(id: string, count: number) {
  for (let i = 0; i < 200 && callbacksFor(id).length < count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return callbacksFor(id);
}

async function createImport(browser: ReturnType<typeof createHttpBrowser>) {
  const response = await browser.request('POST', '/api/webforms/bank-connection-import', {
    bank: { search: 'DEMO' },
  });
  expect(response.status).toBe(201);
  return WebFormSchema.parse(await response.json());
}

describe('proxy and simulator over loopback', () => {
  it.each([
    ['complete', 'COMPLETED', undefined, { bankConnectionId: expect.any(Number) }],
    [
      'complete-with-error',
      'COMPLETED_WITH_ERROR',
      'BANK_SERVER_REJECTION',
      { errorCode: 'BANK_SERVER_REJECTION' },
    ],
    ['abort', 'ABORTED', undefined, {}],
  ] as const)(
    'delivers %s as %s by callback and by the event stream',
    async (action, status, errorCode, payload) => {
      const browser = createHttpBrowser();
      const webForm = await createImport(browser);
      const stream = await browser.events(`/api/webforms/${webForm.id}/events`);
      expect(await stream.next()).toEqual({
        data: expect.objectContaining({ id: webForm.id, status: 'NOT_YET_OPENED' }),
      });

      await finishOnHostedPage(webForm.url, action, errorCode);

      let item = await stream.next();
      // Opening the page may show up as IN_PROGRESS first, if a poll saw it.
      if ('data' in item && (item.data as WebForm).status === 'IN_PROGRESS')
        item = await stream.next();
      // The callback's status at once, then the proxy's read of finAPI with the payload.
      expect(item).toEqual({ data: expect.objectContaining({ status, provisional: true }) });
      item = await stream.next();
      expect(item).toEqual({
        data: expect.objectContaining({ status, payload: expect.objectContaining(payload) }),
      });
      expect('data' in item && item.data).not.toHaveProperty('provisional');
      expect(await stream.next()).toEqual({ end: true });
      expect(await untilCallbacks(webForm.id, 1)).toHaveLength(1);

      const read = await browser.request('GET', `/api/webforms/${webForm.id}`);
      expect(WebFormSchema.parse(await read.json()).status).toBe(status);
    },
    30_000,
  );

  it('still delivers the final status when the callback is dropped: the safety poll finds it', async () => {
    await setScenario({ callbackDropNext: 1 });
    const browser = createHttpBrowser();
    const webForm = await createImport(browser);
    const stream = await browser.events(`/api/webforms/${webForm.id}/events`);
    await stream.next();

    await finishOnHostedPage(webForm.url, 'complete');

    let item = await stream.next();
    if ('data' in item && (item.data as WebForm).status === 'IN_PROGRESS')
      item = await stream.next();
    expect(item).toEqual({ data: expect.objectContaining({ status: 'COMPLETED' }) });
    expect(await stream.next()).toEqual({ end: true });
    expect(callbacksFor(webForm.id)).toHaveLength(0);
  }, 30_000);

  it('takes a duplicated callback in its stride: one final event, the stream ends', async () => {
    await setScenario({ callbackDuplicates: 1 });
    const browser = createHttpBrowser();
    const webForm = await createImport(browser);
    const stream = await browser.events(`/api/webforms/${webForm.id}/events`);
    await stream.next();

    await finishOnHostedPage(webForm.url, 'abort');

    const items = [];
    for (let item = await stream.next(); !('end' in item); item = await stream.next())
      items.push(item);
    const aborted = items.filter((i) => 'data' in i && (i.data as WebForm).status === 'ABORTED');
    // The first callback's provisional status, then the one validated event; the duplicate adds
    // nothing.
    expect(aborted).toEqual([
      { data: expect.objectContaining({ provisional: true }) },
      { data: expect.not.objectContaining({ provisional: true }) },
    ]);
    expect(await untilCallbacks(webForm.id, 2)).toHaveLength(2);
  }, 30_000);

  it('follows a background update task that needs a web form through to its end', async () => {
    const browser = createHttpBrowser();
    const created = await browser.request('POST', '/api/tasks/background-update', {
      bankConnectionId: 17,
    });
    expect(created.status).toBe(201);
    const task = TaskSchema.parse(await created.json());
    const stream = await browser.events(`/api/tasks/${task.id}/events`);

    let current: Task = task;
    while (current.status !== 'WEB_FORM_REQUIRED') {
      const item = await stream.next();
      if (!('data' in item)) throw new Error(`the task stream ended in ${current.status}`);
      current = TaskSchema.parse(item.data);
    }
    const webForm = current.payload.webForm;
    expect(webForm).toMatchObject({ status: 'NOT_YET_OPENED' });
    expect(await untilCallbacks(task.id, 1)).toHaveLength(1);
    // The task's session may read the task's web form too; others may not.
    expect((await browser.request('GET', `/api/webforms/${webForm?.id}`)).status).toBe(200);
    expect((await createHttpBrowser().request('GET', `/api/webforms/${webForm?.id}`)).status).toBe(
      404,
    );

    await finishOnHostedPage(webForm?.url ?? '', 'complete');

    let last: Task = current;
    for (let item = await stream.next(); !('end' in item); item = await stream.next()) {
      if ('data' in item) last = TaskSchema.parse(item.data);
    }
    expect(last.payload.webForm?.status).toBe('COMPLETED');
    expect(await untilCallbacks(task.id, 2)).toHaveLength(2);
  }, 30_000);

  it('refuses another browser and keeps the finAPI token out of every answer', async () => {
    const owner = createHttpBrowser();
    const webForm = await createImport(owner);
    const stranger = createHttpBrowser();
    const response = await stranger.request('GET', `/api/webforms/${webForm.id}`);
    expect(response.status).toBe(404);

    const token = await fetch(`${running.simulatorUrl}/api/v2/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: 'webform-kit-demo',
        client_secret: 'demo-secret',
        username: 'demo',
        password: 'demo',
      }),
    });
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const answers = [
      await owner.request('GET', `/api/webforms/${webForm.id}`),
      await owner.request('POST', '/api/webforms/bank-connection-import', {
        bank: { search: 'unsupported' },
      }),
    ];
    for (const answer of answers) {
      expect(await answer.text()).not.toContain(accessToken);
      for (const [, value] of answer.headers) expect(value).not.toContain(accessToken);
    }
  });
});
