import { act, cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAME, useReturnFlow, useWebFormFlow } from '../../src/hooks/index.ts';
import { FakeBroadcastChannel } from './support/FakeBroadcastChannel.ts';
import { FakeProxy } from './support/fakeProxy.ts';
import { WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { PAYMENT, returnParamsOf } from './support/flow.ts';
import { advance, createKit, flush, setVisibility, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const GET = `GET /api/webforms/${WEB_FORM_ID}`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => {
  useFakeClock();
  sessionStorage.clear();
  localStorage.clear();
  vi.stubGlobal('BroadcastChannel', FakeBroadcastChannel);
  vi.stubGlobal(
    'open',
    vi.fn(() => ({}) as Window),
  );
});
afterEach(() => {
  cleanup();
  proxy.reset();
  FakeBroadcastChannel.reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setVisibility('visible');
  window.history.replaceState(null, '', '/');
});

/** The tab that starts a new-tab flow, opens the form and is then left in the background. */
async function startInFirstTab() {
  proxy.answer('POST /api/webforms/standalone-payment', webForm());
  proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
  const tab = createKit();
  const flow = renderHook(() => useWebFormFlow({ ...PAYMENT, openIn: 'new-tab' }), {
    wrapper: tab.wrapper,
  });
  await flush();
  act(() => flow.result.current.open());
  setVisibility('hidden');
  await advance(30_000);
  return { flow, requestsSoFar: proxy.count(GET) };
}

describe('a return landing in another tab', () => {
  it('tells the tab that started the flow, which asks the proxy at once', async () => {
    const { flow, requestsSoFar } = await startInFirstTab();
    expect(flow.result.current.state).toBe('waiting');
    // Hidden: the starting tab is not polling.
    await advance(60_000);
    expect(proxy.count(GET)).toBe(requestsSoFar);

    // The web form redirects its own tab to the return route (the same origin, a new page).
    const redirectUrl = returnParamsOf(flow.result.current.url ?? '').redirectUrl ?? '';
    window.history.replaceState(
      null,
      '',
      new URL(redirectUrl).pathname + new URL(redirectUrl).search,
    );
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 42 } }));
    const landing = createKit();
    const returned = renderHook(() => useReturnFlow(), { wrapper: landing.wrapper });
    await flush();
    expect(returned.result.current.screen).toBe('completed');

    // The message arrived; the hidden starting tab asked once and knows the outcome too.
    await flush();
    expect(flow.result.current.state).toBe('outcome');
    expect(flow.result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 42,
    });
    expect(proxy.count(GET)).toBe(requestsSoFar + 2);
  });

  it('ignores messages that are not outcomes of its flow', async () => {
    const { flow, requestsSoFar } = await startInFirstTab();
    const other = new FakeBroadcastChannel(CHANNEL_NAME);
    other.postMessage({ type: 'outcome', id: WEB_FORM_ID, outcome: { kind: 'pending' } });
    other.postMessage({ type: 'outcome', id: '<script>', outcome: { kind: 'completed' } });
    other.postMessage('completed');
    other.postMessage({
      type: 'outcome',
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      outcome: { kind: 'completed' },
    });
    await flush();
    expect(proxy.count(GET)).toBe(requestsSoFar);
    expect(flow.result.current.state).toBe('waiting');
  });

  it('does nothing across tabs where BroadcastChannel is missing', async () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const { flow } = await startInFirstTab();
    const redirectUrl = new URL(returnParamsOf(flow.result.current.url ?? '').redirectUrl ?? '');
    window.history.replaceState(null, '', redirectUrl.pathname + redirectUrl.search);
    proxy.answer(GET, webForm({ status: 'ABORTED' }));
    const landing = createKit();
    const returned = renderHook(() => useReturnFlow(), { wrapper: landing.wrapper });
    await flush();
    expect(returned.result.current.screen).toBe('aborted');
    expect(flow.result.current.state).toBe('waiting');

    // Back in the starting tab, it checks once and learns the outcome itself.
    setVisibility('visible');
    await flush();
    expect(flow.result.current.screen).toBe('aborted');
  });
});
