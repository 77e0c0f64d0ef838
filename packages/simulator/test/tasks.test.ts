import {
  FinapiErrorSchema,
  TaskCallbackSchema,
  TaskSchema,
  ValidationErrorSchema,
  WebFormSchema,
  isFinalTask,
  taskOutcomeOf,
  type Task,
} from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bankConnectionUpdateTaskDetailsExample } from '../../core/test/fixtures/finapiExamples.ts';
import { TEST_VALUES, type Simulator } from '../src/index.ts';
import { FINAPI_TIMESTAMP, UUID, manualClock, openPage, press, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => {
  simulator?.close();
  vi.useRealTimers();
});

const FINALISED = 'https://shop.example/callbacks/task?state=1';
const WEB_FORM_REQUIRED = 'https://shop.example/callbacks/task-needs-user?state=1';

async function startTask(
  options: Parameters<typeof setup>[0] = {},
  body: Record<string, unknown> = {
    bankConnectionId: 101,
    callbacks: { finalised: FINALISED, webFormRequired: WEB_FORM_REQUIRED },
  },
) {
  const clock = manualClock();
  const t = setup({ now: clock.now, ...options });
  simulator = t.simulator;
  const token = await t.login();
  const response = await t.post('/api/tasks/backgroundUpdate', token, body);
  const created = (await response.json()) as Task;
  const read = async () =>
    TaskSchema.parse(await (await t.get(`/api/tasks/${created.id}`, token)).json());
  return { ...t, clock, token, response, created, read };
}

describe('POST /api/tasks/backgroundUpdate', () => {
  it('creates a BANK_CONNECTION_UPDATE task (201 Task) from the spec example', async () => {
    const t = await startTask({}, bankConnectionUpdateTaskDetailsExample);
    expect(t.response.status).toBe(201);
    const task = TaskSchema.parse(t.created);
    expect(task).toEqual({
      id: expect.stringMatching(UUID),
      createdAt: expect.stringMatching(FINAPI_TIMESTAMP),
      type: 'BANK_CONNECTION_UPDATE',
      status: 'NOT_YET_STARTED',
      payload: { bankConnectionId: 101 },
    });
  });

  it('answers 400 ValidationError for a missing bankConnectionId and for malformed JSON', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const missing = await t.post('/api/tasks/backgroundUpdate', token, {});
    expect(missing.status).toBe(400);
    expect(ValidationErrorSchema.parse(await missing.json()).errors[0]?.field).toBe(
      'bankConnectionId',
    );
    const malformed = await t.post('/api/tasks/backgroundUpdate', token, '{');
    expect(malformed.status).toBe(400);
  });

  it('answers 400 for an http callback URL that is not loopback, and accepts a loopback one', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const refused = await t.post('/api/tasks/backgroundUpdate', token, {
      bankConnectionId: 1,
      callbacks: { webFormRequired: 'http://shop.example/cb' },
    });
    expect(refused.status).toBe(400);
    expect(ValidationErrorSchema.parse(await refused.json()).errors[0]?.field).toBe(
      'callbacks.webFormRequired',
    );
    const accepted = await t.post('/api/tasks/backgroundUpdate', token, {
      bankConnectionId: 1,
      callbacks: { webFormRequired: 'http://127.0.0.1:8787/api/callbacks/task' },
    });
    expect(accepted.status).toBe(201);
  });

  it('answers 401 without a token', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.request('/api/tasks/backgroundUpdate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"bankConnectionId":1}',
    });
    expect(response.status).toBe(401);
  });

  it.each([
    [
      'NOT_FOUND for the unknown bank connection',
      { bankConnectionId: TEST_VALUES.unknownBankConnectionId },
      404,
      'NOT_FOUND',
    ],
    [
      'NOT_FOUND for the unknown profile',
      { bankConnectionId: 1, profileId: TEST_VALUES.unknownProfileId },
      404,
      'NOT_FOUND',
    ],
    [
      'BANK_NOT_SUPPORTED for the unsupported bank connection',
      { bankConnectionId: TEST_VALUES.unsupportedBankConnectionId },
      422,
      'BANK_NOT_SUPPORTED',
    ],
  ] as const)('answers %s', async (_name, body, status, code) => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.post('/api/tasks/backgroundUpdate', await t.login(), body);
    expect(response.status).toBe(status);
    expect(FinapiErrorSchema.parse(await response.json())).toMatchObject({
      code,
      endpoint: 'POST /api/tasks/backgroundUpdate',
    });
  });

  it('answers 423 LOCKED while an update of the same bank connection is running', async () => {
    const t = await startTask({ scenario: { taskMode: 'complete' } });
    const again = await t.post('/api/tasks/backgroundUpdate', t.token, { bankConnectionId: 101 });
    expect(again.status).toBe(423);
    expect(FinapiErrorSchema.parse(await again.json()).code).toBe('LOCKED');
    const other = await t.post('/api/tasks/backgroundUpdate', t.token, { bankConnectionId: 102 });
    expect(other.status).toBe(201);

    t.clock.advance(1000);
    const afterwards = await t.post('/api/tasks/backgroundUpdate', t.token, {
      bankConnectionId: 101,
    });
    expect(afterwards.status).toBe(201);
  });

  it('answers 423 LOCKED while the task waits for its web form, until that web form ends', async () => {
    const t = await startTask();
    t.clock.advance(1000);
    const locked = await t.post('/api/tasks/backgroundUpdate', t.token, { bankConnectionId: 101 });
    expect(locked.status).toBe(423);
    const webForm = (await t.read()).payload.webForm;
    t.simulator.finish(webForm?.id as string, 'ABORTED');
    const free = await t.post('/api/tasks/backgroundUpdate', t.token, { bankConnectionId: 101 });
    expect(free.status).toBe(201);
  });

  it('answers 423 LOCKED while a bank connection update web form for it is open', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    await t.createWebForm(token, 'bankConnectionUpdate', { bank: { bankConnectionId: 7 } });
    const response = await t.post('/api/tasks/backgroundUpdate', token, { bankConnectionId: 7 });
    expect(response.status).toBe(423);
  });
});

describe('GET /api/tasks/{id}', () => {
  it("answers 404 for an unknown id and for another user's task", async () => {
    const t = await startTask({
      users: [
        { username: 'demo', password: 'demo' },
        { username: 'other', password: 'other' },
      ],
    });
    const other = await t.login('other', 'other');
    expect((await t.get(`/api/tasks/${t.created.id}`, other)).status).toBe(404);
    const unknown = await t.get(`/api/tasks/${crypto.randomUUID()}`, t.token);
    expect(unknown.status).toBe(404);
    expect(FinapiErrorSchema.parse(await unknown.json()).code).toBe('NOT_FOUND');
  });
});

describe('taskMode "complete"', () => {
  it('goes IN_PROGRESS, then COMPLETED on its own after taskDelayMs, and posts finalised', async () => {
    const t = await startTask({ scenario: { taskMode: 'complete', taskDelayMs: 1000 } });
    t.clock.advance(500);
    expect((await t.read()).status).toBe('IN_PROGRESS');
    t.clock.advance(499);
    expect((await t.read()).status).toBe('IN_PROGRESS');
    t.clock.advance(1);
    const task = await t.read();
    expect(task).toMatchObject({ status: 'COMPLETED', payload: { bankConnectionId: 101 } });
    expect(task.payload.webForm).toBeUndefined();
    await t.simulator.settle();
    expect(t.callbacks).toEqual([
      {
        url: FINALISED,
        contentType: 'application/json',
        body: { taskId: t.created.id, status: 'COMPLETED' },
      },
    ]);
    expect(TaskCallbackSchema.parse(t.callbacks[0]?.body)).toBeTruthy();
  });

  it('progresses under Vitest fake timers with the default delay of one second', async () => {
    vi.useFakeTimers();
    const t = setup({ scenario: { taskMode: 'complete' } });
    simulator = t.simulator;
    const token = await t.login();
    const created = (await (
      await t.post('/api/tasks/backgroundUpdate', token, {
        bankConnectionId: 5,
        callbacks: { finalised: FINALISED },
      })
    ).json()) as Task;
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.callbacks.map((c) => c.body)).toEqual([{ taskId: created.id, status: 'COMPLETED' }]);
  });
});

describe('taskMode "fail"', () => {
  it('ends COMPLETED_WITH_ERROR with the scenario errorCode', async () => {
    const t = await startTask({
      scenario: { taskMode: 'fail', taskErrorCode: 'INVALID_TOKEN' },
    });
    t.clock.advance(1000);
    expect(await t.read()).toMatchObject({
      status: 'COMPLETED_WITH_ERROR',
      payload: { bankConnectionId: 101, errorCode: 'INVALID_TOKEN' },
    });
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { taskId: t.created.id, status: 'COMPLETED_WITH_ERROR' },
    ]);
  });

  it('uses BANK_SERVER_REJECTION by default', async () => {
    const t = await startTask({ scenario: { taskMode: 'fail' } });
    t.clock.advance(1000);
    expect((await t.read()).payload.errorCode).toBe('BANK_SERVER_REJECTION');
  });
});

describe('taskMode "web-form-required" (the default)', () => {
  async function needingUser() {
    const t = await startTask();
    t.clock.advance(1000);
    const task = await t.read();
    await t.simulator.settle();
    return {
      ...t,
      task,
      webFormInfo: task.payload.webForm as NonNullable<Task['payload']['webForm']>,
    };
  }

  it('turns WEB_FORM_REQUIRED with a new BANK_CONNECTION_UPDATE web form and posts webFormRequired', async () => {
    const t = await needingUser();
    expect(t.task.status).toBe('WEB_FORM_REQUIRED');
    expect(t.webFormInfo).toEqual({
      id: expect.stringMatching(UUID),
      url: `http://127.0.0.1:8788/wf/${t.webFormInfo.id}`,
      status: 'NOT_YET_OPENED',
    });
    expect(t.callbacks).toEqual([
      {
        url: WEB_FORM_REQUIRED,
        contentType: 'application/json',
        body: { taskId: t.created.id, status: 'WEB_FORM_REQUIRED', webForm: t.webFormInfo },
      },
    ]);
    const webForm = WebFormSchema.parse(
      await (await t.get(`/api/webForms/${t.webFormInfo.id}`, t.token)).json(),
    );
    expect(webForm).toMatchObject({ type: 'BANK_CONNECTION_UPDATE', status: 'NOT_YET_OPENED' });
    expect(isFinalTask(t.task)).toBe(false);
  });

  it("follows its web form's status while the user is in it", async () => {
    const t = await needingUser();
    await openPage(t.simulator, t.webFormInfo.url);
    expect((await t.read()).payload.webForm?.status).toBe('IN_PROGRESS');
  });

  it('COMPLETED web form -> task COMPLETED; finalised carries the web form', async () => {
    const t = await needingUser();
    const { page } = await openPage(t.simulator, t.webFormInfo.url);
    await press(t.simulator, page, 'Complete');
    const task = await t.read();
    expect(task).toMatchObject({
      status: 'COMPLETED',
      payload: { bankConnectionId: 101, webForm: { ...t.webFormInfo, status: 'COMPLETED' } },
    });
    expect(taskOutcomeOf(task)).toMatchObject({ kind: 'completed', bankConnectionId: 101 });
    const webForm = await (await t.get(`/api/webForms/${t.webFormInfo.id}`, t.token)).json();
    expect(webForm).toMatchObject({ status: 'COMPLETED', payload: { bankConnectionId: 101 } });
    await t.simulator.settle();
    expect(t.callbacks.slice(1)).toEqual([
      {
        url: FINALISED,
        contentType: 'application/json',
        body: {
          taskId: t.created.id,
          status: 'COMPLETED',
          webForm: { ...t.webFormInfo, status: 'COMPLETED' },
        },
      },
    ]);
  });

  it('COMPLETED_WITH_ERROR web form -> task COMPLETED_WITH_ERROR with its errorCode', async () => {
    const t = await needingUser();
    const { page } = await openPage(t.simulator, t.webFormInfo.url);
    await press(t.simulator, page, 'Complete with error', {
      errorCode: 'UNEXPECTED_ACCESS_RESPONSE',
    });
    const task = await t.read();
    expect(task).toMatchObject({
      status: 'COMPLETED_WITH_ERROR',
      payload: {
        errorCode: 'UNEXPECTED_ACCESS_RESPONSE',
        webForm: { status: 'COMPLETED_WITH_ERROR' },
      },
    });
    await t.simulator.settle();
    expect(t.callbacks[1]?.body).toEqual({
      taskId: t.created.id,
      status: 'COMPLETED_WITH_ERROR',
      webForm: { ...t.webFormInfo, status: 'COMPLETED_WITH_ERROR' },
    });
  });

  it('ABORTED web form -> task stays WEB_FORM_REQUIRED with webForm.status ABORTED (final)', async () => {
    const t = await needingUser();
    const { page } = await openPage(t.simulator, t.webFormInfo.url);
    await press(t.simulator, page, 'Abort');
    const task = await t.read();
    expect(task).toMatchObject({
      status: 'WEB_FORM_REQUIRED',
      payload: { webForm: { status: 'ABORTED' } },
    });
    expect(isFinalTask(task)).toBe(true);
    expect(taskOutcomeOf(task)).toEqual({ kind: 'aborted' });
    await t.simulator.settle();
    expect(t.callbacks[1]).toEqual({
      url: FINALISED,
      contentType: 'application/json',
      body: {
        taskId: t.created.id,
        status: 'WEB_FORM_REQUIRED',
        webForm: { ...t.webFormInfo, status: 'ABORTED' },
      },
    });
  });

  it('EXPIRED web form -> task stays WEB_FORM_REQUIRED with webForm.status EXPIRED (final)', async () => {
    const t = await needingUser();
    t.clock.advance(20 * 60_000);
    await t.simulator.settle();
    const task = await t.read();
    expect(task).toMatchObject({
      status: 'WEB_FORM_REQUIRED',
      payload: { webForm: { status: 'EXPIRED' } },
    });
    expect(taskOutcomeOf(task)).toEqual({ kind: 'expired' });
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { taskId: t.created.id, status: 'WEB_FORM_REQUIRED', webForm: t.webFormInfo },
      {
        taskId: t.created.id,
        status: 'WEB_FORM_REQUIRED',
        webForm: { ...t.webFormInfo, status: 'EXPIRED' },
      },
    ]);
  });

  it('posts no web form callback of its own for the task web form', async () => {
    const t = await needingUser();
    t.simulator.finish(t.webFormInfo.id, 'COMPLETED');
    await t.simulator.settle();
    expect(t.callbacks.every((c) => 'taskId' in (c.body as object))).toBe(true);
  });
});
