import { act, cleanup, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWebFormFlow } from '../../src/hooks/index.ts';
import { FakeProxy, conflict, heldAnswer } from './support/fakeProxy.ts';
import { OTHER_WEB_FORM_ID, T0, WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { PAYMENT, STORAGE_KEY, storedFlow } from './support/flow.ts';
import { advance, createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const CREATE = 'POST /api/webforms/standalone-payment';
const GET = `GET /api/webforms/${WEB_FORM_ID}`;

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

/** A page load: a fresh QueryClient and provider, as after a reload. */
function loadPage(options = PAYMENT) {
  const kit = createKit();
  return { ...renderHook(() => useWebFormFlow(options), { wrapper: kit.wrapper }), ...kit };
}

describe('useWebFormFlow: resuming', () => {
  it('resumes after a reload instead of creating a second web form', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => ({}) as Window),
    );
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm(), webForm({ status: 'IN_PROGRESS' }));
    const first = loadPage({ ...PAYMENT, openIn: 'new-tab' });
    await flush();
    act(() => first.result.current.open());
    first.unmount();

    await advance(30_000);
    const second = loadPage({ ...PAYMENT, openIn: 'new-tab' });
    // Resumed at once from storage; the status is asked for again.
    expect(second.result.current.screen).toBe('checking');
    expect(second.result.current.state).toBe('waiting');
    await flush();
    expect(proxy.count(CREATE)).toBe(1);
    expect(second.result.current.id).toBe(WEB_FORM_ID);
    expect(second.result.current.state).toBe('waiting');
    expect(second.result.current.screen).toBe('waiting');

    await advance(2_000);
    expect(second.result.current.webForm?.status).toBe('IN_PROGRESS');
    expect(second.events.map((e) => e.type)).not.toContain('created');
  });

  it('never shows the redirect screen on a reload while waiting, not even for one render', async () => {
    vi.stubGlobal(
      'open',
      vi.fn(() => ({}) as Window),
    );
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const first = loadPage({ ...PAYMENT, openIn: 'new-tab' });
    await flush();
    act(() => first.result.current.open());
    first.unmount();

    const screens: string[] = [];
    const kit = createKit();
    renderHook(
      () => {
        const flow = useWebFormFlow({ ...PAYMENT, openIn: 'new-tab' });
        screens.push(flow.screen);
        return flow;
      },
      { wrapper: kit.wrapper },
    );
    await flush();
    expect(screens).not.toContain('redirect');
    expect(screens.at(-1)).toBe('waiting');
  });

  it('resumes a form not yet opened as ready, with a URL to open', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const first = loadPage();
    await flush();
    const url = first.result.current.url;
    first.unmount();

    const second = loadPage();
    await flush();
    expect(proxy.count(CREATE)).toBe(1);
    expect(second.result.current.state).toBe('ready');
    // Same state nonce, so the same URL.
    expect(second.result.current.url).toBe(url);
  });

  it('starts afresh when the stored flow is older than the age limit', async () => {
    sessionStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        v: 1,
        id: OTHER_WEB_FORM_ID,
        resource: 'web-form',
        kind: 'standalone-payment',
        state: 'c3RhbGUtc3RhdGUtbm9uY2U',
        startedAt: T0 - 31 * 60_000,
        openIn: 'same-tab',
        opened: true,
      }),
    );
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const { result } = loadPage();
    await flush();
    expect(proxy.count(CREATE)).toBe(1);
    expect(proxy.count(`GET /api/webforms/${OTHER_WEB_FORM_ID}`)).toBe(0);
    expect(result.current.id).toBe(WEB_FORM_ID);
    expect(storedFlow()).toMatchObject({ id: WEB_FORM_ID, startedAt: T0 });
  });

  it('ignores a stored record it cannot read, or one of another kind', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    sessionStorage.setItem(STORAGE_KEY, '{"v":1,"id":"<script>"');
    const first = loadPage();
    await flush();
    expect(first.result.current.id).toBe(WEB_FORM_ID);
    first.unmount();

    proxy.answer('POST /api/webforms/bank-connection-import', webForm({ id: OTHER_WEB_FORM_ID }));
    proxy.answer(`GET /api/webforms/${OTHER_WEB_FORM_ID}`, webForm({ id: OTHER_WEB_FORM_ID }));
    const other = loadPage({ kind: 'bank-connection-import', request: {} } as never);
    await flush();
    expect(other.result.current.id).toBe(OTHER_WEB_FORM_ID);
  });

  it('creates one web form under StrictMode, not two', async () => {
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const kit = createKit();
    const { result } = renderHook(() => useWebFormFlow(PAYMENT), {
      wrapper: ({ children }) => (
        <StrictMode>
          <kit.wrapper>{children}</kit.wrapper>
        </StrictMode>
      ),
    });
    await flush();
    expect(proxy.count(CREATE)).toBe(1);
    expect(result.current.state).toBe('ready');
    expect(kit.events.filter((e) => e.type === 'created')).toHaveLength(1);
  });

  it('joins the creation in flight when the page remounts before the answer', async () => {
    const held = heldAnswer();
    proxy.answer(CREATE, held.answer);
    proxy.answer(GET, webForm());
    const kit = createKit();
    const first = renderHook(() => useWebFormFlow(PAYMENT), { wrapper: kit.wrapper });
    await flush();
    first.unmount();
    const second = renderHook(() => useWebFormFlow(PAYMENT), { wrapper: kit.wrapper });
    await flush();
    held.release(webForm());
    await flush();
    expect(proxy.count(CREATE)).toBe(1);
    expect(second.result.current.state).toBe('ready');
  });

  it('still works when storage refuses to store', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    vi.stubGlobal(
      'open',
      vi.fn(() => ({}) as Window),
    );
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm({ status: 'ABORTED' }));
    const { result } = loadPage({ ...PAYMENT, openIn: 'new-tab' });
    await flush();
    expect(result.current.state).toBe('ready');
    act(() => result.current.open());
    expect(result.current.state).toBe('waiting');
    await advance(2_000);
    expect(result.current.screen).toBe('aborted');
  });

  it('still works when storage cannot even be reached', async () => {
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    proxy.answer(CREATE, webForm());
    proxy.answer(GET, webForm());
    const { result } = loadPage();
    await flush();
    expect(result.current.state).toBe('ready');
    expect(result.current.url).not.toBeNull();
  });
  it('asks the proxy again after a reload on the outcome screen, and shows the outcome it names', async () => {
    // The proxy remembers the order: a second creation answers 409 ALREADY_COMPLETED with its id.
    proxy.answer(CREATE, webForm(), conflict('ALREADY_COMPLETED', WEB_FORM_ID));
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 7 } }));
    const first = loadPage();
    await flush();
    // The creation's answer is the first snapshot; the next poll finds the form completed.
    await advance(2_000);
    expect(first.result.current.screen).toBe('completed');
    first.unmount();

    const second = loadPage();
    // Checking, not the redirect screen of a new payment, while the proxy is asked.
    expect(second.result.current.screen).toBe('checking');
    await flush();
    expect(proxy.count(CREATE)).toBe(2);
    expect(second.result.current).toMatchObject({
      state: 'outcome',
      screen: 'completed',
      id: WEB_FORM_ID,
      paymentId: 7,
      url: null,
    });
  });

  it('starts a new web form once the user moved on from the outcome (dismiss)', async () => {
    proxy.answer(CREATE, webForm(), webForm({ id: OTHER_WEB_FORM_ID }));
    proxy.answer(GET, webForm({ status: 'COMPLETED', payload: { paymentId: 7 } }));
    proxy.answer(`GET /api/webforms/${OTHER_WEB_FORM_ID}`, webForm({ id: OTHER_WEB_FORM_ID }));
    const first = loadPage();
    await flush();
    // The creation's answer is the first snapshot; the next poll finds the form completed.
    await advance(2_000);
    expect(first.result.current.screen).toBe('completed');
    act(() => first.result.current.dismiss());
    // The outcome stays on screen until the app moves on.
    expect(first.result.current.screen).toBe('completed');
    first.unmount();

    const second = loadPage();
    await flush();
    expect(proxy.count(CREATE)).toBe(2);
    expect(second.result.current.id).toBe(OTHER_WEB_FORM_ID);
    expect(second.result.current.screen).toBe('redirect');
  });
});
