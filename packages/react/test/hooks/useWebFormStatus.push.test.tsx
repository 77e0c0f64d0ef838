import { act, cleanup, render, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWebFormStatus } from '../../src/hooks/index.ts';
import { FakeEventSource } from './support/FakeEventSource.ts';
import { FakeProxy, heldAnswer } from './support/fakeProxy.ts';
import { T0, WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { advance, createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const GET = `GET /api/webforms/${WEB_FORM_ID}`;
const EVENTS_URL = `/api/webforms/${WEB_FORM_ID}/events`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => {
  useFakeClock();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  cleanup();
  proxy.reset();
  FakeEventSource.reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function onlySource(): FakeEventSource {
  expect(FakeEventSource.instances).toHaveLength(1);
  return FakeEventSource.instances[0] as FakeEventSource;
}

describe('useWebFormStatus with push', () => {
  it('writes each pushed snapshot into the query cache', async () => {
    proxy.answer(GET, webForm({ status: 'NOT_YET_OPENED' }));
    const { wrapper, queryClient, events } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    expect(source.url).toBe(EVENTS_URL);

    act(() => {
      source.open();
      source.send(webForm({ status: 'IN_PROGRESS' }));
    });
    expect(result.current.push).toBe('live');
    expect(result.current.status).toBe('IN_PROGRESS');
    expect(queryClient.getQueryData(['webform-kit', 'web-form', WEB_FORM_ID])).toMatchObject({
      status: 'IN_PROGRESS',
    });
    expect(events.filter((e) => e.type === 'push-connected')).toHaveLength(1);
  });

  it('drops polling to a 20 s safety net while the stream is live', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    act(() => {
      onlySource().open();
      onlySource().send(webForm({ status: 'IN_PROGRESS' }));
    });

    await advance(60_000);
    expect(proxy.times(GET, T0)).toEqual([0, 20_000, 40_000, 60_000]);
  });

  it('closes the stream at a final snapshot and asks nothing more', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => {
      source.open();
      source.send(webForm({ status: 'COMPLETED', payload: { paymentId: 7 } }));
    });
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 7,
    });
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(result.current.push).toBe('done');

    await advance(5 * 60_000);
    expect(proxy.count(GET)).toBe(1);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('resumes polling at once when the stream fails', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper, events } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => {
      source.open();
      source.send(webForm({ status: 'IN_PROGRESS' }));
    });
    await advance(5_000);
    expect(proxy.count(GET)).toBe(1);

    act(() => source.fail());
    await flush();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(result.current.push).toBe('failed');
    expect(proxy.times(GET, T0)).toEqual([0, 5_000]);
    // A dropped stream is not an error the user needs to see: polling carries on.
    expect(result.current.error).toBeNull();
    expect(events.map((e) => e.type)).toContain('push-failed');

    await advance(4_000);
    expect(proxy.times(GET, T0)).toEqual([0, 5_000, 7_000, 9_000]);
  });

  it('lets the browser reopen a live stream that dropped: polling covers the gap, then push is live again', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper, events } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => {
      source.open();
      source.send(webForm({ status: 'IN_PROGRESS' }));
    });
    await advance(5_000);
    expect(proxy.count(GET)).toBe(1);

    // The instance holding the stream shut down: the browser reconnects the same EventSource.
    act(() => source.drop());
    await flush();
    expect(result.current.push).toBe('failed');
    expect(source.readyState).toBe(FakeEventSource.CONNECTING);
    expect(proxy.times(GET, T0)).toEqual([0, 5_000]);
    // A second failed attempt of the same reconnection reports nothing more and asks nothing now.
    act(() => source.drop());
    await flush();
    expect(events.filter((e) => e.type === 'push-failed')).toHaveLength(1);
    expect(proxy.times(GET, T0)).toEqual([0, 5_000]);
    await advance(2_000);
    expect(proxy.times(GET, T0)).toEqual([0, 5_000, 7_000]);

    // Another instance answers the reconnection (with the latest snapshot, Last-Event-ID).
    act(() => {
      source.open();
      source.send(webForm({ status: 'COMPLETED' }));
    });
    expect(result.current.status).toBe('COMPLETED');
    expect(result.current.push).toBe('done');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(events.filter((e) => e.type === 'push-connected')).toHaveLength(2);
    await advance(10_000);
    expect(proxy.times(GET, T0)).toEqual([0, 5_000, 7_000]);
  });

  it('gives up a stream the proxy refused (an HTTP error) for polling, and opens no other', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => source.refuse());
    await flush();
    expect(result.current.push).toBe('failed');
    expect(proxy.count(GET)).toBe(2);
    await advance(4_000);
    expect(proxy.count(GET)).toBe(4);
    expect(FakeEventSource.live).toHaveLength(0);
  });

  it('gives up a stream that never opened for polling, even while the browser would retry it', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => source.drop());
    await flush();
    expect(result.current.push).toBe('failed');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('reports no failure when the stream drops because the page is being left', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper, events } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => source.open());

    // A same-tab trip to the web form: beforeunload, then the browser drops the stream.
    act(() => {
      window.dispatchEvent(new Event('beforeunload'));
      source.fail();
    });
    await flush();
    expect(events.map((e) => e.type)).not.toContain('push-failed');
    expect(proxy.count(GET)).toBe(1);
    // Should the page stay after all, polling carries on without push.
    expect(result.current.push).toBe('failed');
    window.dispatchEvent(new Event('pageshow'));
    await advance(2_000);
    expect(proxy.count(GET)).toBe(2);
  });

  it('reports an invalid event as invalid-response and falls back to polling', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => {
      source.open();
      source.send({ id: WEB_FORM_ID, status: 'DONE' });
    });
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.issues.length).toBeGreaterThan(0);
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    // The snapshot is untouched.
    expect(result.current.status).toBe('IN_PROGRESS');

    // The immediate poll answers properly, which supersedes the bad event.
    await flush();
    expect(proxy.count(GET)).toBe(2);
    expect(result.current.error).toBeNull();
  });

  it('keeps the summary a pushed snapshot carries', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const summary = { amount: { value: 250, currency: 'EUR' }, payee: 'Demo Shop' };
    act(() => {
      onlySource().open();
      onlySource().send({
        ...webForm({ status: 'COMPLETED', payload: { paymentId: 7 } }),
        summary,
      });
    });
    expect(result.current.webForm).toMatchObject({ status: 'COMPLETED', summary });
  });

  it('refuses a pushed snapshot whose summary is malformed, like any invalid event', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    const source = onlySource();
    act(() => {
      source.open();
      source.send({ ...webForm({ status: 'COMPLETED' }), summary: { payee: '' } });
    });
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.issues.join(' ')).toContain('summary');
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(result.current.status).toBe('IN_PROGRESS');
  });

  it('treats a message that is not JSON as invalid-response, not a crash', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    act(() => onlySource().send('<html>proxy error</html>'));
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.push).toBe('failed');
  });

  it('keeps a final status when a slower poll answers pending afterwards', async () => {
    const held = heldAnswer();
    proxy.answer(GET, held.answer);
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    act(() => onlySource().send(webForm({ status: 'COMPLETED', payload: { paymentId: 1 } })));
    expect(result.current.status).toBe('COMPLETED');

    held.release(webForm({ status: 'NOT_YET_OPENED' }));
    await flush();
    expect(proxy.count(GET)).toBe(1);
    expect(result.current.status).toBe('COMPLETED');
    expect(result.current.outcome?.kind).toBe('completed');
  });

  it('never moves back when pushed snapshots arrive out of order', async () => {
    proxy.answer(GET, webForm({ status: 'NOT_YET_OPENED' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    act(() => {
      onlySource().send(webForm({ status: 'IN_PROGRESS' }));
      onlySource().send(webForm({ status: 'NOT_YET_OPENED' }));
    });
    expect(result.current.status).toBe('IN_PROGRESS');
  });

  it('shares one EventSource among five components and closes it when the last unmounts', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    function Watcher() {
      const { status } = useWebFormStatus(WEB_FORM_ID);
      return <p>{status ?? 'loading'}</p>;
    }
    function Page({ watchers }: { watchers: number }) {
      return (
        <>
          {Array.from({ length: watchers }, (_, i) => (
            <Watcher key={i} />
          ))}
        </>
      );
    }
    const view = render(<Page watchers={5} />, { wrapper });
    await flush();
    const source = onlySource();

    view.rerender(<Page watchers={1} />);
    await flush();
    expect(source.readyState).not.toBe(FakeEventSource.CLOSED);

    view.rerender(<Page watchers={0} />);
    await flush();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('opens one EventSource under StrictMode', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper: Kit } = createKit();
    renderHook(() => useWebFormStatus(WEB_FORM_ID), {
      wrapper: ({ children }) => (
        <StrictMode>
          <Kit>{children}</Kit>
        </StrictMode>
      ),
    });
    await flush();
    expect(FakeEventSource.live).toHaveLength(1);
    expect(FakeEventSource.instances).toHaveLength(1);
    expect(proxy.count(GET)).toBe(1);
  });

  it('polls when push is turned off in the provider', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit({ push: false });
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await advance(4_000);
    expect(FakeEventSource.instances).toHaveLength(0);
    expect(result.current.push).toBe('off');
    expect(proxy.count(GET)).toBe(3);
  });
});
