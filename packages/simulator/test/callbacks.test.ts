import { WebFormCallbackSchema } from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulator, type Simulator } from '../src/index.ts';
import { api, manualClock, openPage, press, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => {
  simulator?.close();
  vi.useRealTimers();
});

const FINALISED = 'https://shop.example/callbacks/finapi?state=42';

async function webFormWithCallback(t: ReturnType<typeof setup>) {
  const token = await t.login();
  const webForm = await t.createWebForm(token, 'bankConnectionImport', {
    callbacks: { finalised: FINALISED },
  });
  return { token, webForm };
}

describe('callbacks.finalised of a web form', () => {
  it.each([
    ['Complete', 'COMPLETED'],
    ['Complete with error', 'COMPLETED_WITH_ERROR'],
    ['Abort', 'ABORTED'],
  ])('posts {webFormId, status} as JSON when "%s" is pressed', async (button, status) => {
    const t = setup();
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    const { page } = await openPage(t.simulator, webForm.url);
    expect(t.callbacks).toEqual([]);

    await press(t.simulator, page, button);
    await t.simulator.settle();

    expect(t.callbacks).toEqual([
      { url: FINALISED, contentType: 'application/json', body: { webFormId: webForm.id, status } },
    ]);
    expect(WebFormCallbackSchema.parse(t.callbacks[0]?.body)).toBeTruthy();
  });

  it('is posted for a programmatic finish too', async () => {
    const t = setup();
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    const finished = t.simulator.finish(webForm.id, 'COMPLETED_WITH_ERROR', 'INTERRUPTED');
    expect(finished).toMatchObject({
      status: 'COMPLETED_WITH_ERROR',
      payload: { errorCode: 'INTERRUPTED' },
    });
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { webFormId: webForm.id, status: 'COMPLETED_WITH_ERROR' },
    ]);
  });

  it('is not posted when none was registered', async () => {
    const t = setup();
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    t.simulator.finish(webForm.id, 'COMPLETED');
    await t.simulator.settle();
    expect(t.callbacks).toEqual([]);
  });

  it('is not posted when the web form is only opened', async () => {
    const t = setup();
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    await openPage(t.simulator, webForm.url);
    await t.simulator.settle();
    expect(t.callbacks).toEqual([]);
  });
});

describe('expiry', () => {
  it('reports EXPIRED once the injected clock passes expiresAt, lazily on GET', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const { token, webForm } = await webFormWithCallback(t);
    clock.advance(20 * 60_000 - 1);
    const before = await t.get(`/api/webForms/${webForm.id}`, token);
    expect(await before.json()).toMatchObject({ status: 'NOT_YET_OPENED' });
    clock.advance(1);
    const after = await t.get(`/api/webForms/${webForm.id}`, token);
    expect(await after.json()).toMatchObject({ status: 'EXPIRED', payload: {} });
  });

  it('expires an opened web form too, and finalises it with a callback (manual clock)', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    await openPage(t.simulator, webForm.url);
    clock.advance(20 * 60_000);
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([{ webFormId: webForm.id, status: 'EXPIRED' }]);
  });

  it('is finalised by a timer under Vitest fake timers, with nobody asking', async () => {
    vi.useFakeTimers();
    const t = setup({ ttlMs: 60_000 });
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(t.callbacks).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.callbacks.map((c) => c.body)).toEqual([{ webFormId: webForm.id, status: 'EXPIRED' }]);
  });

  it('uses the scenario ttlMs for new web forms', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    t.simulator.setScenario({ ttlMs: 2000 });
    const { token, webForm } = await webFormWithCallback(t);
    clock.advance(2000);
    expect(await (await t.get(`/api/webForms/${webForm.id}`, token)).json()).toMatchObject({
      status: 'EXPIRED',
    });
  });

  it('does not fire for a web form that ended first', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    t.simulator.finish(webForm.id, 'ABORTED');
    clock.advance(60 * 60_000);
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([{ webFormId: webForm.id, status: 'ABORTED' }]);
  });

  it('does not fire for a deleted web form', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const { token, webForm } = await webFormWithCallback(t);
    await t.get(`/api/webForms/${webForm.id}`, token, { method: 'DELETE' });
    clock.advance(60 * 60_000);
    await t.simulator.settle();
    expect(t.callbacks).toEqual([]);
  });
});

describe('delivery as the scenario says', () => {
  it('delays each callback by callbackDelayMs of the clock', async () => {
    vi.useFakeTimers();
    const t = setup({ scenario: { callbackDelayMs: 500 } });
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    t.simulator.finish(webForm.id, 'COMPLETED');
    await t.simulator.settle();
    expect(t.callbacks).toEqual([]);
    await vi.advanceTimersByTimeAsync(499);
    expect(t.callbacks).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { webFormId: webForm.id, status: 'COMPLETED' },
    ]);
  });

  it('drops the next callbackDropNext callbacks, then delivers again', async () => {
    const t = setup({ scenario: { callbackDropNext: 1 } });
    simulator = t.simulator;
    const first = await webFormWithCallback(t);
    const second = await webFormWithCallback(t);
    t.simulator.finish(first.webForm.id, 'COMPLETED');
    t.simulator.finish(second.webForm.id, 'COMPLETED');
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { webFormId: second.webForm.id, status: 'COMPLETED' },
    ]);
    expect(t.simulator.scenario.callbackDropNext).toBe(0);
  });

  it('drops callbacks at callbackDropRate, rolling the injected dice', async () => {
    const rolls = [0.2, 0.9];
    const t = setup({ scenario: { callbackDropRate: 0.5 }, random: () => rolls.shift() ?? 0 });
    simulator = t.simulator;
    const first = await webFormWithCallback(t);
    const second = await webFormWithCallback(t);
    t.simulator.finish(first.webForm.id, 'COMPLETED');
    t.simulator.finish(second.webForm.id, 'COMPLETED');
    await t.simulator.settle();
    expect(t.callbacks.map((c) => c.body)).toEqual([
      { webFormId: second.webForm.id, status: 'COMPLETED' },
    ]);
  });

  it('posts callbackDuplicates extra copies of every callback', async () => {
    const t = setup({ scenario: { callbackDuplicates: 2 } });
    simulator = t.simulator;
    const { webForm } = await webFormWithCallback(t);
    t.simulator.finish(webForm.id, 'ABORTED');
    await t.simulator.settle();
    const body = { webFormId: webForm.id, status: 'ABORTED' };
    expect(t.callbacks.map((c) => c.body)).toEqual([body, body, body]);
  });

  it('ignores receivers that fail or answer errors, as finAPI does', async () => {
    let calls = 0;
    const sim = createSimulator({
      fetch: async () => {
        calls++;
        if (calls === 1) throw new TypeError('fetch failed');
        return new Response('nope', { status: 500 });
      },
    });
    simulator = sim;
    const t = api(sim);
    const token = await t.login();
    const a = await t.createWebForm(token, 'bankConnectionImport', {
      callbacks: { finalised: FINALISED },
    });
    const b = await t.createWebForm(token, 'bankConnectionImport', {
      callbacks: { finalised: FINALISED },
    });
    sim.finish(a.id, 'COMPLETED');
    sim.finish(b.id, 'COMPLETED');
    await sim.settle();
    expect(calls).toBe(2);
    expect(await (await t.get(`/api/webForms/${a.id}`, token)).json()).toMatchObject({
      status: 'COMPLETED',
    });
  });

  it('settle() waits for deliveries still in flight', async () => {
    let release = () => {};
    const delivered: unknown[] = [];
    const sim = createSimulator({
      fetch: async (_url, init) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        delivered.push(JSON.parse(String(init?.body)));
        return new Response(null);
      },
    });
    simulator = sim;
    const t = api(sim);
    const webForm = await t.createWebForm(await t.login(), 'bankConnectionImport', {
      callbacks: { finalised: FINALISED },
    });
    sim.finish(webForm.id, 'COMPLETED');
    let settled = false;
    const settling = sim.settle().then(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await settling;
    expect(delivered).toEqual([{ webFormId: webForm.id, status: 'COMPLETED' }]);
  });
});
