import type { WebForm } from '@webform-kit/core';
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWebFormFlow } from '../../src/hooks/index.ts';
import type { WebFormFlowOptions } from '../../src/hooks/index.ts';
import { FakeProxy, httpError } from './support/fakeProxy.ts';
import {
  OTHER_WEB_FORM_ID,
  TASK_ID,
  TASK_WEB_FORM_ID,
  WEB_FORM_ID,
  task,
  taskNeedingWebForm,
  webForm,
} from './support/fixtures.ts';
import { PAYMENT, RETURN_TO, returnParamsOf, storedFlow } from './support/flow.ts';
import { advance, createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const CREATE = 'POST /api/webforms/standalone-payment';
const GET = `GET /api/webforms/${WEB_FORM_ID}`;
const DELETE = `DELETE /api/webforms/${WEB_FORM_ID}`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => {
  useFakeClock();
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  proxy.reset();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function renderFlow<K extends WebFormFlowOptions['kind']>(options: WebFormFlowOptions<K>) {
  const kit = createKit();
  const hook = renderHook(() => useWebFormFlow(options), { wrapper: kit.wrapper });
  return { ...hook, ...kit };
}

describe('useWebFormFlow: creating and waiting', () => {
  it('creates the web form on mount and is ready to send the user there', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const { result, events } = renderFlow({
      ...PAYMENT,
      customerSupportUrl: 'http://localhost:3000/help',
    });
    expect(result.current.state).toBe('creating');
    expect(result.current.screen).toBe('redirect');
    await flush();

    expect(result.current.state).toBe('ready');
    expect(result.current.screen).toBe('redirect');
    expect(result.current.id).toBe(WEB_FORM_ID);
    expect(result.current.resource).toBe('web-form');
    expect(result.current.expiresAt).toBe(Date.parse('2026-11-26T10:20:00Z'));
    expect(proxy.requests[0]).toMatchObject({ method: 'POST', body: PAYMENT.request });

    const url = result.current.url ?? '';
    expect(url.startsWith(`https://webform.example/wf/${WEB_FORM_ID}?`)).toBe(true);
    const params = returnParamsOf(url);
    expect(params).toMatchObject({
      returnOrigin: 'http://localhost:3000',
      returnPath: '/checkout/return',
      webFormId: WEB_FORM_ID,
      state: storedFlow()?.state,
      via: 'success',
      customerSupportUrl: 'http://localhost:3000/help',
    });
    expect(returnParamsOf(url).errorRedirectUrl).toContain('via=error');
    expect(returnParamsOf(url).abortRedirectUrl).toContain('via=abort');
    expect(events.find((e) => e.type === 'created')).toMatchObject({
      resource: 'web-form',
      id: WEB_FORM_ID,
      kind: 'standalone-payment',
    });
  });

  it('waits on start() when autoStart is off', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const { result } = renderFlow({ ...PAYMENT, autoStart: false });
    await advance(5_000);
    expect(result.current.state).toBe('idle');
    expect(proxy.requests).toHaveLength(0);

    act(() => result.current.start());
    await flush();
    expect(result.current.state).toBe('ready');
    expect(proxy.count(CREATE)).toBe(1);
  });

  it('moves to waiting when the user opens the form some other way', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { result } = renderFlow(PAYMENT);
    await flush();
    expect(result.current.state).toBe('ready');
    await advance(2_000);
    expect(result.current.state).toBe('waiting');
    expect(result.current.screen).toBe('waiting');
  });
});

describe('useWebFormFlow: every outcome', () => {
  const cases: [string, WebFormFlowOptions, WebForm, unknown][] = [
    [
      'a bank connection import',
      { kind: 'bank-connection-import', request: {}, returnTo: RETURN_TO },
      webForm({
        type: 'BANK_CONNECTION_IMPORT',
        status: 'COMPLETED',
        payload: { bankConnectionId: 5 },
      }),
      { kind: 'completed', resource: 'bank-connection', bankConnectionId: 5 },
    ],
    [
      'a payment',
      PAYMENT,
      webForm({ status: 'COMPLETED', payload: { paymentId: 42 } }),
      { kind: 'completed', resource: 'payment', paymentId: 42 },
    ],
    [
      'a standing order',
      {
        kind: 'standing-order',
        request: {
          amount: { value: 10, currency: 'EUR' },
          recipient: { name: 'Landlord', iban: 'DE02120300000000202051' },
          startDate: '2027-01-01',
          frequency: 'MONTHLY',
        },
        returnTo: RETURN_TO,
      },
      webForm({ type: 'STANDING_ORDER', status: 'COMPLETED', payload: { standingOrderId: 3 } }),
      { kind: 'completed', resource: 'standing-order', standingOrderId: 3 },
    ],
  ];

  it.each(cases)('completes %s', async (_name, options, final, outcome) => {
    const created = { ...final, status: 'NOT_YET_OPENED' as const, payload: {} };
    proxy.answer(`POST /api/webforms/${options.kind}`, created);
    proxy.answer(GET, { ...final, status: 'IN_PROGRESS' }, final);
    const { result, events } = renderFlow(options);
    await flush();
    await advance(4_000);
    expect(result.current.state).toBe('outcome');
    expect(result.current.screen).toBe('completed');
    expect(result.current.outcome).toEqual(outcome);
    expect(result.current.url).toBeNull();
    expect(events.filter((e) => e.type === 'outcome')).toEqual([
      expect.objectContaining({ id: WEB_FORM_ID, outcome }),
    ]);
    expect(storedFlow(options)?.finishedAt).toBeTypeOf('number');
  });

  it.each([
    [
      'completed-with-error',
      webForm({ status: 'COMPLETED_WITH_ERROR', payload: { errorCode: 'BANK_SERVER_REJECTION' } }),
      { kind: 'completed-with-error', errorCode: 'BANK_SERVER_REJECTION' },
    ],
    ['expired', webForm({ status: 'EXPIRED' }), { kind: 'expired' }],
    ['aborted', webForm({ status: 'ABORTED' }), { kind: 'aborted' }],
  ])('shows %s', async (screen, final, outcome) => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, final);
    const { result } = renderFlow(PAYMENT);
    await flush();
    await advance(2_000);
    expect(result.current.state).toBe('outcome');
    expect(result.current.screen).toBe(screen);
    expect(result.current.outcome).toEqual(outcome);
  });

  it('counts a form still pending past expiresAt as expired', async () => {
    proxy.answer(CREATE, webForm({ expiresInMs: 3_000 }));
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS', expiresInMs: 3_000 }));
    const { result } = renderFlow(PAYMENT);
    await flush();
    await advance(60_000);
    expect(result.current.state).toBe('outcome');
    expect(result.current.screen).toBe('expired');
    expect(result.current.outcome).toEqual({ kind: 'expired' });
    expect(proxy.count(GET)).toBe(2);
  });

  it('completes a background update that needs nobody', async () => {
    proxy.answer('POST /api/tasks/background-update', task());
    proxy.answer(
      `GET /api/tasks/${TASK_ID}`,
      task({ status: 'IN_PROGRESS' }),
      task({ status: 'COMPLETED' }),
    );
    const { result } = renderFlow({
      kind: 'background-update',
      request: { bankConnectionId: 7 },
      returnTo: RETURN_TO,
    });
    expect(result.current.screen).toBe('checking');
    await flush();
    expect(result.current.state).toBe('waiting');
    expect(result.current.screen).toBe('checking');
    expect(result.current.resource).toBe('task');
    expect(result.current.url).toBeNull();

    await advance(4_000);
    expect(result.current.state).toBe('outcome');
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'bank-connection',
      bankConnectionId: 7,
    });
    expect(proxy.requests[0]).toMatchObject({ body: { bankConnectionId: 7 } });
  });

  it('sends the user to the web form a background update asks for, then completes', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => ({}) as Window),
    );
    proxy.answer('POST /api/tasks/background-update', task());
    proxy.answer(
      `GET /api/tasks/${TASK_ID}`,
      taskNeedingWebForm('NOT_YET_OPENED'),
      taskNeedingWebForm('IN_PROGRESS'),
      taskNeedingWebForm('COMPLETED'),
    );
    const { result } = renderFlow({
      kind: 'background-update',
      request: { bankConnectionId: 7 },
      returnTo: RETURN_TO,
      openIn: 'new-tab',
    });
    await advance(2_000);
    expect(result.current.state).toBe('ready');
    expect(result.current.screen).toBe('web-form-required');
    const url = result.current.url ?? '';
    expect(url.startsWith(`https://webform.example/wf/${TASK_WEB_FORM_ID}?`)).toBe(true);
    // The return URL names the task: the return route follows the task to its outcome.
    expect(returnParamsOf(url)).toMatchObject({ taskId: TASK_ID, webFormId: null });

    act(() => result.current.open());
    expect(result.current.state).toBe('waiting');
    expect(result.current.screen).toBe('waiting');
    await advance(4_000);
    expect(result.current.state).toBe('outcome');
    expect(result.current.screen).toBe('completed');
  });
});

describe('useWebFormFlow: errors, restart and cancel', () => {
  it('shows connection-error while status requests fail, keeps the flow, and recovers on retry()', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }), httpError(502));
    const { result } = renderFlow(PAYMENT);
    await flush();
    await advance(4_000);
    expect(result.current.screen).toBe('connection-error');
    expect(result.current.state).toBe('waiting');
    expect(result.current.id).toBe(WEB_FORM_ID);
    expect(result.current.error).toMatchObject({ kind: 'http', status: 502 });
    expect(storedFlow()?.id).toBe(WEB_FORM_ID);

    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    act(() => result.current.retry());
    await flush();
    expect(result.current.screen).toBe('waiting');
    expect(result.current.error).toBeNull();
  });

  it('reports a failed creation as error, and retry() creates again', async () => {
    proxy.answer(CREATE, httpError(503), webForm());
    proxy.answer(GET, webForm());
    const { result, events } = renderFlow(PAYMENT);
    await flush();
    expect(result.current.state).toBe('error');
    expect(result.current.screen).toBe('connection-error');
    expect(result.current.error).toMatchObject({ kind: 'http', status: 503 });
    expect(events.find((e) => e.type === 'error')).toMatchObject({
      error: { kind: 'http', status: 503, code: 'UPSTREAM' },
    });

    act(() => result.current.retry());
    await flush();
    expect(result.current.state).toBe('ready');
    expect(proxy.count(CREATE)).toBe(2);
  });

  it('refuses a returnTo that is not http(s) before creating anything', async () => {
    const { result } = renderFlow({ ...PAYMENT, returnTo: 'javascript:alert(1)' });
    await flush();
    expect(result.current.state).toBe('error');
    expect(result.current.error).toMatchObject({
      name: 'ReturnUrlError',
      code: 'unsupported-scheme',
    });
    expect(proxy.requests).toHaveLength(0);
  });

  it('refuses a returnTo on another origin unless it is allowed', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const refused = renderFlow({ ...PAYMENT, returnTo: 'https://evil.example/return' });
    await flush();
    expect(refused.result.current.error).toMatchObject({ code: 'origin-not-allowed' });
    expect(proxy.requests).toHaveLength(0);
    refused.unmount();

    const allowed = renderFlow({
      ...PAYMENT,
      returnTo: 'https://shop.example/return',
      allowedOrigins: ['https://shop.example'],
    });
    await flush();
    expect(allowed.result.current.state).toBe('ready');
    expect(returnParamsOf(allowed.result.current.url ?? '').returnOrigin).toBe(
      'https://shop.example',
    );
  });

  it('restart() creates a fresh web form after an expired one', async () => {
    proxy.answer(CREATE, webForm(), webForm({ id: OTHER_WEB_FORM_ID }));
    proxy.answer(GET, webForm({ status: 'EXPIRED' }));
    proxy.answer(`GET /api/webforms/${OTHER_WEB_FORM_ID}`, webForm({ id: OTHER_WEB_FORM_ID }));
    const { result } = renderFlow(PAYMENT);
    await flush();
    await advance(2_000);
    expect(result.current.screen).toBe('expired');
    const firstState = storedFlow()?.state;

    act(() => result.current.restart());
    await flush();
    expect(result.current.state).toBe('ready');
    expect(result.current.id).toBe(OTHER_WEB_FORM_ID);
    expect(storedFlow()).toMatchObject({ id: OTHER_WEB_FORM_ID });
    expect(storedFlow()?.state).not.toBe(firstState);
    // The expired one is final already: nothing to delete.
    expect(proxy.count(DELETE)).toBe(0);
  });

  it('restart() ends a web form that is still pending', async () => {
    proxy.answer(CREATE, webForm(), webForm({ id: OTHER_WEB_FORM_ID }));
    proxy.answer(GET, webForm());
    proxy.answer(`GET /api/webforms/${OTHER_WEB_FORM_ID}`, webForm({ id: OTHER_WEB_FORM_ID }));
    const { result } = renderFlow(PAYMENT);
    await flush();
    act(() => result.current.restart());
    await flush();
    expect(proxy.count(DELETE)).toBe(1);
    expect(result.current.id).toBe(OTHER_WEB_FORM_ID);
  });

  it('cancel() deletes the web form, forgets the flow and goes back to idle', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const { result, events } = renderFlow(PAYMENT);
    await flush();
    expect(storedFlow()).not.toBeNull();

    await act(() => result.current.cancel());
    await flush();
    expect(proxy.count(DELETE)).toBe(1);
    expect(result.current.state).toBe('idle');
    expect(result.current.id).toBeNull();
    expect(result.current.outcome).toBeUndefined();
    expect(storedFlow()).toBeNull();
    expect(events.find((e) => e.type === 'cancelled')).toMatchObject({ id: WEB_FORM_ID });

    // Nothing starts by itself again, and nothing is polled.
    const requests = proxy.requests.length;
    await advance(30_000);
    expect(proxy.requests).toHaveLength(requests);
  });

  it('cancel() while creating ends the web form that arrives afterwards', async () => {
    proxy.answer(CREATE, webForm());
    const { result } = renderFlow(PAYMENT);
    await act(() => result.current.cancel());
    await flush();
    expect(result.current.state).toBe('idle');
    expect(proxy.count(DELETE)).toBe(1);
    expect(storedFlow()).toBeNull();
  });
});

describe('useWebFormFlow: events', () => {
  it('reports each step with a timestamp and no URL or state nonce', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => ({}) as Window),
    );
    proxy.answer(CREATE, webForm());
    proxy.answer(
      GET,
      webForm(),
      webForm({ status: 'IN_PROGRESS' }),
      webForm({ status: 'ABORTED' }),
    );
    const { result, events } = renderFlow({ ...PAYMENT, openIn: 'new-tab' });
    await flush();
    act(() => result.current.open());
    await advance(6_000);

    expect(events.map((e) => e.type)).toEqual([
      'created',
      'status-changed',
      'opened',
      'status-changed',
      'status-changed',
      'outcome',
    ]);
    expect(events.every((e) => typeof e.at === 'number')).toBe(true);
    const text = JSON.stringify(events);
    expect(text).not.toContain(String(storedFlow()?.state));
    expect(text).not.toContain('http');
  });
});
