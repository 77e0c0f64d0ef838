import { act, cleanup, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReturnFlowError, useReturnFlow } from '../../src/hooks/index.ts';
import { FakeBroadcastChannel } from './support/FakeBroadcastChannel.ts';
import { FakeProxy, httpError } from './support/fakeProxy.ts';
import {
  OTHER_WEB_FORM_ID,
  T0,
  TASK_ID,
  WEB_FORM_ID,
  taskNeedingWebForm,
  webForm,
} from './support/fixtures.ts';
import { storedFlow } from './support/flow.ts';
import { advance, createKit, flush, useFakeClock } from './support/kit.tsx';
import {
  RETURN_PATH,
  STATE,
  arriveAt,
  storeFlowForOtherTabs,
  storeFlowInThisTab,
} from './support/returnUrl.ts';

const proxy = new FakeProxy();
const GET = `GET /api/webforms/${WEB_FORM_ID}`;
const STRIPPED = `http://localhost:3000${RETURN_PATH}`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => {
  useFakeClock();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  proxy.reset();
  FakeBroadcastChannel.reset();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

function renderReturn() {
  const kit = createKit();
  return { ...renderHook(() => useReturnFlow(), { wrapper: kit.wrapper }), ...kit };
}

describe('useReturnFlow: a valid return', () => {
  it("checks, strips the address bar and shows the proxy's outcome", async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 42 } }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success&order=7`);
    const replaceState = vi.spyOn(window.history, 'replaceState');

    const { result, events } = renderReturn();
    expect(result.current.state).toBe('checking');
    expect(result.current.screen).toBe('checking');
    expect(replaceState).toHaveBeenCalledWith(null, '', `${STRIPPED}?order=7`);
    expect(window.location.href).toBe(`${STRIPPED}?order=7`);

    await flush();
    expect(result.current.state).toBe('outcome');
    expect(result.current.screen).toBe('completed');
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 42,
    });
    expect(result.current.via).toBe('success');
    expect(events.map((e) => e.type)).toEqual(['returned', 'outcome']);
    expect(events[0]).toMatchObject({ resource: 'web-form', id: WEB_FORM_ID, via: 'success' });
    expect(storedFlow()?.finishedAt).toBeTypeOf('number');
  });

  it('keeps checking while the proxy still says pending', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(
      GET,
      webForm({ status: 'IN_PROGRESS' }),
      webForm({ status: 'IN_PROGRESS' }),
      webForm({ status: 'COMPLETED_WITH_ERROR', payload: { errorCode: 'INTERNAL_ERROR' } }),
    );
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=error`);
    const { result } = renderReturn();
    await advance(2_000);
    expect(result.current.state).toBe('checking');
    expect(result.current.screen).toBe('checking');
    await advance(2_000);
    expect(result.current.screen).toBe('completed-with-error');
    expect(result.current.outcome).toEqual({
      kind: 'completed-with-error',
      errorCode: 'INTERNAL_ERROR',
    });
  });

  it('shows aborted for a form the user aborted, whatever via says', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, webForm({ status: 'ABORTED' }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.screen).toBe('aborted');
    expect(result.current.outcome).toEqual({ kind: 'aborted' });
    expect(result.current.via).toBe('success');
  });

  it('follows a background task named in the return URL', async () => {
    storeFlowInThisTab({ id: TASK_ID, resource: 'task' });
    proxy.answer(
      `GET /api/tasks/${TASK_ID}`,
      taskNeedingWebForm('IN_PROGRESS'),
      taskNeedingWebForm('COMPLETED'),
    );
    arriveAt(`?taskId=${TASK_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.resource).toBe('task');
    expect(result.current.screen).toBe('checking');
    await advance(2_000);
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'bank-connection',
      bankConnectionId: 7,
    });
  });

  it('accepts a return in a tab that only has the cross-tab record', async () => {
    storeFlowForOtherTabs({ id: WEB_FORM_ID, openIn: 'new-tab' });
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 1 } }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.screen).toBe('completed');
    // Opened by the flow in a new tab: the screen may offer to close it.
    expect(result.current.canCloseTab).toBe(true);
  });

  it('offers to close a tab that has an opener, and closes it', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 1 } }));
    vi.stubGlobal('opener', {});
    const close = vi.fn();
    vi.stubGlobal('close', close);
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.canCloseTab).toBe(true);
    act(() => result.current.closeTab());
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('does not offer to close the tab that started a same-tab flow', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID, openIn: 'same-tab' });
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 1 } }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.canCloseTab).toBe(false);
  });

  it('carries on checking after a reload of the stripped return route', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=abort`);
    const first = renderReturn();
    await flush();
    first.unmount();
    expect(window.location.search).toBe('');

    proxy.answer(GET, webForm({ status: 'ABORTED' }));
    const second = renderReturn();
    await flush();
    expect(second.result.current.error).toBeNull();
    expect(second.result.current.screen).toBe('aborted');
    expect(second.result.current.via).toBe('abort');
  });

  it('reads the return once under StrictMode', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 1 } }));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const kit = createKit();
    const { result } = renderHook(() => useReturnFlow(), {
      wrapper: ({ children }) => (
        <StrictMode>
          <kit.wrapper>{children}</kit.wrapper>
        </StrictMode>
      ),
    });
    await flush();
    expect(result.current.screen).toBe('completed');
    expect(kit.events.filter((e) => e.type === 'returned')).toHaveLength(1);
    expect(proxy.count(GET)).toBe(1);
  });

  it('shows connection-error while the proxy fails, and retry() asks again', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, httpError(503));
    arriveAt(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    const { result } = renderReturn();
    await flush();
    expect(result.current.state).toBe('checking');
    expect(result.current.screen).toBe('connection-error');
    expect(result.current.error).toMatchObject({ kind: 'http', status: 503 });

    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 1 } }));
    act(() => result.current.retry());
    await flush();
    expect(result.current.screen).toBe('completed');
  });
});

describe('useReturnFlow: a return it refuses', () => {
  async function refused(query: string) {
    arriveAt(query);
    const replaceState = vi.spyOn(window.history, 'replaceState');
    const view = renderReturn();
    await advance(10_000);
    const { result } = view;
    expect(result.current.state).toBe('error');
    expect(result.current.screen).toBeNull();
    expect(result.current.outcome).toBeUndefined();
    expect(result.current.error).toBeInstanceOf(ReturnFlowError);
    return { error: result.current.error as ReturnFlowError, replaceState, events: view.events };
  }

  it('refuses a foreign state, asks the proxy nothing, and still strips the URL', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    const { error, replaceState } = await refused(
      `?webFormId=${WEB_FORM_ID}&state=Zm9yZWlnbi1zdGF0ZS12YWx1ZQ&via=success`,
    );
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'unknown-state' });
    expect(proxy.requests).toHaveLength(0);
    expect(replaceState).toHaveBeenCalledWith(null, '', STRIPPED);
  });

  it('refuses a return when no flow was started in this browser', async () => {
    const { error } = await refused(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'unknown-state' });
  });

  it('refuses an id other than the stored flow', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    const { error } = await refused(`?webFormId=${OTHER_WEB_FORM_ID}&state=${STATE}&via=success`);
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'id-mismatch' });
    expect(proxy.requests).toHaveLength(0);
  });

  it('refuses a return URL without a state', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    const { error, replaceState } = await refused(`?webFormId=${WEB_FORM_ID}&via=success`);
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'missing' });
    expect(replaceState).toHaveBeenCalledWith(null, '', STRIPPED);
  });

  it('refuses a page reached without any return parameters, leaving the URL alone', async () => {
    const { error, replaceState } = await refused('?order=7');
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'not-a-return' });
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('calls a flow older than the age limit stale', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID, startedAt: T0 - 31 * 60_000 });
    const { error, events } = await refused(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    expect(error).toMatchObject({ kind: 'stale-return', reason: 'too-old' });
    expect(proxy.requests).toHaveLength(0);
    expect(events.find((e) => e.type === 'error')).toMatchObject({
      error: { kind: 'stale-return', code: 'too-old' },
    });
  });

  it('calls a replayed return of a finished flow stale', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID, finishedAt: T0 - 1_000 });
    const { error } = await refused(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    expect(error).toMatchObject({ kind: 'stale-return', reason: 'finished' });
  });

  it('refuses an id the proxy does not know', async () => {
    storeFlowInThisTab({ id: WEB_FORM_ID });
    proxy.answer(GET, httpError(404));
    const { error } = await refused(`?webFormId=${WEB_FORM_ID}&state=${STATE}&via=success`);
    expect(error).toMatchObject({ kind: 'invalid-return', reason: 'unknown-id' });
  });
});
