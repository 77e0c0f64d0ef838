import { TaskSchema, type Task } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createBrowser, createTestProxy } from './helpers.ts';

describe('POST /api/tasks/background-update', () => {
  it('creates the task at finAPI and answers 201 with the validated Task', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request('POST', '/api/tasks/background-update', {
      body: { bankConnectionId: 42, importNewAccounts: true },
    });

    expect(response.status).toBe(201);
    const task = TaskSchema.parse(await response.json());
    expect(task).toMatchObject({ type: 'BANK_CONNECTION_UPDATE', status: 'NOT_YET_STARTED' });
    expect(finapi.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/tasks/backgroundUpdate',
      body: { bankConnectionId: 42, importNewAccounts: true },
    });
  });

  it("answers 400 INVALID_REQUEST for a body failing core's task schema", async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request('POST', '/api/tasks/background-update', {
      body: { bankConnectionId: -1 },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(finapi.requests).toHaveLength(0);
  });

  it('drops browser-chosen callbacks', async () => {
    const { proxy, finapi } = createTestProxy();
    await createBrowser(proxy).request('POST', '/api/tasks/background-update', {
      body: {
        bankConnectionId: 1,
        callbacks: {
          finalised: 'https://evil.example.com/a',
          webFormRequired: 'https://evil.example.com/b',
        },
      },
    });
    const sent = finapi.requests[0]?.body as { callbacks: Record<string, string> };
    expect(
      Object.values(sent.callbacks).every((url) =>
        url.startsWith('https://proxy.example.com/api/callbacks/tasks/'),
      ),
    ).toBe(true);
  });
});

describe('GET /api/tasks/{id}', () => {
  it('answers the task to its session and 404 to any other', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const owner = createBrowser(proxy);
    const task = (await (
      await owner.request('POST', '/api/tasks/background-update', { body: { bankConnectionId: 1 } })
    ).json()) as Task;
    finapi.setTask(task.id, { status: 'COMPLETED' });
    clock += 2000;

    const own = await owner.request('GET', `/api/tasks/${task.id}`);
    expect(own.status).toBe(200);
    expect(TaskSchema.parse(await own.json()).status).toBe('COMPLETED');

    const other = await createBrowser(proxy).request('GET', `/api/tasks/${task.id}`);
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ code: 'NOT_FOUND', message: 'No such task' });
  });

  it('answers 400 INVALID_ID for a malformed task id', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request('GET', '/api/tasks/42');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_ID' });
    expect(finapi.requests).toHaveLength(0);
  });

  it("lets the task's session read the web form the task asks for", async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const owner = createBrowser(proxy);
    const task = (await (
      await owner.request('POST', '/api/tasks/background-update', { body: { bankConnectionId: 1 } })
    ).json()) as Task;
    const webFormId = '946db09e-5bfc-11eb-ae93-0242ac130002';
    const url = `https://webform.example.test/wf/${webFormId}`;
    finapi.webForms.set(webFormId, {
      id: webFormId,
      url,
      createdAt: '2026-01-01T00:00:00.000+0000',
      expiresAt: '2026-01-01T00:20:00.000+0000',
      type: 'BANK_CONNECTION_UPDATE',
      status: 'NOT_YET_OPENED',
      payload: {},
    });
    finapi.setTask(task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: { bankConnectionId: 1, webForm: { id: webFormId, url, status: 'NOT_YET_OPENED' } },
    });
    clock += 2000;

    expect((await owner.request('GET', `/api/webforms/${webFormId}`)).status).toBe(404);
    expect((await owner.request('GET', `/api/tasks/${task.id}`)).status).toBe(200);
    expect((await owner.request('GET', `/api/webforms/${webFormId}`)).status).toBe(200);
    expect((await createBrowser(proxy).request('GET', `/api/webforms/${webFormId}`)).status).toBe(
      404,
    );
  });
});
