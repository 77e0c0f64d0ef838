import {
  FinapiErrorSchema,
  TaskSchema,
  ValidationErrorSchema,
  WebFormSchema,
} from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCENARIO, createSimulator, type Simulator } from '../src/index.ts';
import { setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => {
  simulator?.close();
  vi.useRealTimers();
});

function postScenario(t: ReturnType<typeof setup>, body: unknown) {
  return t.request('/__simulator/scenario', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the scenario control API', () => {
  it('GET /__simulator/scenario answers the defaults, ttlMs from the options', async () => {
    const t = setup({ ttlMs: 90_000 });
    simulator = t.simulator;
    const response = await t.request('/__simulator/scenario');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ...DEFAULT_SCENARIO, ttlMs: 90_000 });
  });

  it('POST /__simulator/scenario changes the named knobs and answers the whole scenario', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await postScenario(t, { taskMode: 'fail', latencyMs: 250 });
    expect(response.status).toBe(200);
    const expected = { ...DEFAULT_SCENARIO, taskMode: 'fail', latencyMs: 250 };
    expect(await response.json()).toEqual(expected);
    expect(t.simulator.scenario).toEqual(expected);
    expect(await (await t.request('/__simulator/scenario')).json()).toEqual(expected);
  });

  it('answers 400 for unknown knobs and bad values, and changes nothing', async () => {
    const t = setup();
    simulator = t.simulator;
    const unknown = await postScenario(t, { failrate: 0.5 });
    expect(unknown.status).toBe(400);
    expect(ValidationErrorSchema.parse(await unknown.json()).errors[0]?.message).toMatch(
      /failrate/,
    );

    const bad = await postScenario(t, { failRate: 2, taskMode: 'sometimes', ttlMs: 10 });
    expect(bad.status).toBe(400);
    const fields = ValidationErrorSchema.parse(await bad.json()).errors.map((e) => e.field);
    expect(fields.sort()).toEqual(['failRate', 'taskMode', 'ttlMs']);
    expect(t.simulator.scenario).toEqual(DEFAULT_SCENARIO);
  });

  it('answers 400 for malformed JSON', async () => {
    const t = setup();
    simulator = t.simulator;
    expect((await postScenario(t, '{"latencyMs":')).status).toBe(400);
  });

  it('setScenario validates too', () => {
    const t = setup();
    simulator = t.simulator;
    expect(() => t.simulator.setScenario({ latencyMs: -1 })).toThrow(TypeError);
    expect(t.simulator.setScenario({ callbackDuplicates: 1 }).callbackDuplicates).toBe(1);
  });

  it('refuses an invalid starting scenario', () => {
    expect(() => createSimulator({ scenario: { failRate: 5 } })).toThrow();
    expect(() => createSimulator({ ttlMs: 10 })).toThrow();
  });
});

describe('fault injection', () => {
  it('answers 500 INTERNAL_SERVER_ERROR to the next failNext API requests, then recovers', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    t.simulator.setScenario({ failNext: 2 });
    for (let i = 0; i < 2; i++) {
      const response = await t.post('/api/webForms/bankConnectionImport', token, {});
      expect(response.status).toBe(500);
      expect(FinapiErrorSchema.parse(await response.json())).toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
        endpoint: 'POST /api/webForms/bankConnectionImport',
      });
    }
    expect(t.simulator.scenario.failNext).toBe(0);
    expect((await t.post('/api/webForms/bankConnectionImport', token, {})).status).toBe(201);
  });

  it('leaves the token endpoint (finAPI Access, another service) alone', async () => {
    const t = setup({ scenario: { failNext: 1 } });
    simulator = t.simulator;
    expect((await t.token()).status).toBe(200);
    expect(t.simulator.scenario.failNext).toBe(1);
  });

  it('fails requests at failRate, rolling the injected dice', async () => {
    const rolls = [0.05, 0.5, 0.09];
    const t = setup({ scenario: { failRate: 0.1 }, random: () => rolls.shift() ?? 1 });
    simulator = t.simulator;
    const token = await t.login();
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await t.post('/api/webForms/bankConnectionImport', token, {})).status);
    }
    expect(statuses).toEqual([500, 201, 500]);
  });

  it('delays API answers by latencyMs', async () => {
    vi.useFakeTimers();
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    t.simulator.setScenario({ latencyMs: 300 });
    let answered = false;
    const pending = t.get(`/api/webForms/${webForm.id}`, token).then((response) => {
      answered = true;
      return response;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it('keeps the next hangNext requests hanging, answers the rest, and close() ends them', async () => {
    const t = setup({ scenario: { hangNext: 1 } });
    simulator = t.simulator;
    const token = await t.login();
    let answered = false;
    const hanging = t.post('/api/webForms/bankConnectionImport', token, {}).then(() => {
      answered = true;
    });
    const next = await t.post('/api/webForms/bankConnectionImport', token, {});
    expect(next.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);

    t.simulator.close();
    await hanging;
    expect(answered).toBe(true);
  });

  it('ends a hanging request when its signal aborts', async () => {
    const t = setup({ scenario: { hangNext: 1 } });
    simulator = t.simulator;
    const token = await t.login();
    const controller = new AbortController();
    const pending = t.request('/api/tasks/backgroundUpdate', {
      method: 'POST',
      headers: { ...t.bearer(token), 'content-type': 'application/json' },
      body: '{"bankConnectionId":1}',
      signal: controller.signal,
    });
    let settled = false;
    void pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending.then((r) => r.status)).resolves.toBe(500);
  });

  it('answers GET /api/webForms/{id} with JSON cut short (invalid-json)', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    t.simulator.setScenario({ malformedNext: 1, malformedKind: 'invalid-json' });
    const broken = await t.get(`/api/webForms/${webForm.id}`, token);
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toMatch(/application\/json/);
    const text = await broken.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    const fine = await t.get(`/api/webForms/${webForm.id}`, token);
    expect(WebFormSchema.safeParse(await fine.json()).success).toBe(true);
  });

  it('answers GET /api/webForms/{id} with JSON that is not a WebForm (invalid-schema)', async () => {
    const t = setup({ scenario: { malformedKind: 'invalid-schema' } });
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    t.simulator.setScenario({ malformedNext: 1 });
    const broken = await t.get(`/api/webForms/${webForm.id}`, token);
    const json: unknown = await broken.json();
    expect(WebFormSchema.safeParse(json).success).toBe(false);
  });

  it('answers GET /api/tasks/{id} malformed both ways', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const task = (await (
      await t.post('/api/tasks/backgroundUpdate', token, { bankConnectionId: 3 })
    ).json()) as { id: string };
    t.simulator.setScenario({ malformedNext: 1, malformedKind: 'invalid-json' });
    const text = await (await t.get(`/api/tasks/${task.id}`, token)).text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    t.simulator.setScenario({ malformedNext: 1, malformedKind: 'invalid-schema' });
    const json: unknown = await (await t.get(`/api/tasks/${task.id}`, token)).json();
    expect(TaskSchema.safeParse(json).success).toBe(false);
    const fine: unknown = await (await t.get(`/api/tasks/${task.id}`, token)).json();
    expect(TaskSchema.safeParse(fine).success).toBe(true);
  });

  it('does not spend malformed answers on creates or errors', async () => {
    const t = setup({ scenario: { malformedNext: 1 } });
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    expect((await t.get(`/api/webForms/${crypto.randomUUID()}`, token)).status).toBe(404);
    expect(t.simulator.scenario.malformedNext).toBe(1);
    await t.get(`/api/webForms/${webForm.id}`, token);
    expect(t.simulator.scenario.malformedNext).toBe(0);
  });
});
