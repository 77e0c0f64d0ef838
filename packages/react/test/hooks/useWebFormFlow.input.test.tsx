import { cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { flowStorageKey, useWebFormFlow } from '../../src/hooks/index.ts';
import type { WebFormFlowOptions } from '../../src/hooks/index.ts';
import { FakeProxy, conflict } from './support/fakeProxy.ts';
import { OTHER_WEB_FORM_ID, TASK_ID, WEB_FORM_ID, task, webForm } from './support/fixtures.ts';
import { PAYMENT, RETURN_TO } from './support/flow.ts';
import { createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const CREATE = 'POST /api/webforms/standalone-payment';
const GET = `GET /api/webforms/${WEB_FORM_ID}`;

const SUMMARY = { amount: { value: 250, currency: 'EUR' }, payee: 'Demo Shop', reference: 'B' };
const order = (orderId: string): WebFormFlowOptions<'standalone-payment'> => ({
  kind: 'standalone-payment',
  input: { orderId },
  returnTo: RETURN_TO,
});

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
  vi.useRealTimers();
});

const bodies = () => proxy.requests.filter((r) => r.method === 'POST').map((r) => r.body);

describe('useWebFormFlow: input, and request as its old name', () => {
  it('posts the input as it is, for the app’s prepare', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const kit = createKit();
    const { result } = renderHook(() => useWebFormFlow(order('1042')), { wrapper: kit.wrapper });
    await flush();
    expect(bodies()).toEqual([{ orderId: '1042' }]);
    expect(result.current.state).toBe('ready');
    expect(sessionStorage.getItem(flowStorageKey(order('1042')))).not.toBeNull();
  });

  it('posts request, the old name, just the same', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const kit = createKit();
    renderHook(() => useWebFormFlow(PAYMENT), { wrapper: kit.wrapper });
    await flush();
    expect(bodies()).toEqual([PAYMENT.request]);
  });

  it('throws a clear error when given both', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const kit = createKit();
    const both = { ...order('A'), request: PAYMENT.request };
    expect(() => renderHook(() => useWebFormFlow(both), { wrapper: kit.wrapper })).toThrow(
      /`input` or its old name `request`, not both/,
    );
  });
});

describe('useWebFormFlow: one flow per input', () => {
  it('starts order B’s own flow when the input changes, and resumes A’s when it changes back', async () => {
    proxy.answer(CREATE, webForm(), webForm({ id: OTHER_WEB_FORM_ID }));
    proxy.answer(GET, webForm());
    proxy.answer(`GET /api/webforms/${OTHER_WEB_FORM_ID}`, webForm({ id: OTHER_WEB_FORM_ID }));
    const kit = createKit();
    const { result, rerender } = renderHook(({ options }) => useWebFormFlow(options), {
      wrapper: kit.wrapper,
      initialProps: { options: order('A') },
    });
    await flush();
    expect(result.current.id).toBe(WEB_FORM_ID);

    rerender({ options: order('B') });
    expect(result.current.id).toBeNull();
    await flush();
    expect(result.current.id).toBe(OTHER_WEB_FORM_ID);
    expect(bodies()).toEqual([{ orderId: 'A' }, { orderId: 'B' }]);

    rerender({ options: order('A') });
    expect(result.current.id).toBe(WEB_FORM_ID);
    await flush();
    expect(proxy.count(CREATE)).toBe(2);
  });
});

describe('useWebFormFlow: the order’s flow exists already', () => {
  it.each([
    [
      'ALREADY_COMPLETED',
      'completed',
      webForm({ status: 'COMPLETED', payload: { paymentId: 7 } }),
      7,
    ],
    ['FLOW_IN_PROGRESS', 'waiting', webForm({ status: 'IN_PROGRESS' }), null],
    [
      'PAYMENT_UNCERTAIN',
      'completed-with-error',
      webForm({
        status: 'COMPLETED_WITH_ERROR',
        payload: { paymentId: 7, errorCode: 'BANK_SERVER_REJECTION' },
      }),
      7,
    ],
  ] as const)(
    '%s: reads the flow the 409 names and shows its %s screen',
    async (code, screen, snapshot, paymentId) => {
      proxy.answer(CREATE, conflict(code, WEB_FORM_ID));
      proxy.answer(GET, { ...snapshot, summary: SUMMARY });
      const kit = createKit();
      const { result } = renderHook(() => useWebFormFlow(order('B')), { wrapper: kit.wrapper });
      await flush();
      expect(proxy.count(GET)).toBeGreaterThanOrEqual(1);
      expect(result.current).toMatchObject({
        screen,
        id: WEB_FORM_ID,
        url: null,
        summary: SUMMARY,
        paymentId,
        error: null,
      });
      expect(kit.events.map((e) => e.type)).not.toContain('created');
    },
  );

  it('follows a background update task the 409 names, for the task path too', async () => {
    proxy.answer('POST /api/tasks/background-update', conflict('ALREADY_COMPLETED', TASK_ID));
    proxy.answer(`GET /api/tasks/${TASK_ID}`, task({ status: 'COMPLETED' }));
    const kit = createKit();
    const { result } = renderHook(
      () => useWebFormFlow({ kind: 'background-update', input: { connection: 'main' } }),
      { wrapper: kit.wrapper },
    );
    await flush();
    expect(proxy.requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([
      { connection: 'main' },
    ]);
    expect(result.current).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      resource: 'task',
      id: TASK_ID,
      outcome: { kind: 'completed', resource: 'bank-connection', bankConnectionId: 7 },
    });
  });
});
