import { act, cleanup, render, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useWebFormStatus } from '../../src/hooks/index.ts';
import { FakeProxy, httpError } from './support/fakeProxy.ts';
import { T0, WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { advance, createKit, flush, setVisibility, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const GET = `GET /api/webforms/${WEB_FORM_ID}`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => useFakeClock());
afterEach(() => {
  // Unmount before the clock turns real, so nothing polls into the next test.
  cleanup();
  proxy.reset();
  vi.useRealTimers();
  vi.restoreAllMocks();
  setVisibility('visible');
});

function gaps(times: number[]): number[] {
  return times.slice(1).map((t, i) => t - (times[i] ?? 0));
}

describe('useWebFormStatus: request cadence', () => {
  it('asks every 2 s while the web form is pending', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(result.current.status).toBe('IN_PROGRESS');
    expect(result.current.outcome).toEqual({ kind: 'pending', status: 'IN_PROGRESS' });

    await advance(10_000);
    expect(proxy.times(GET, T0)).toEqual([0, 2_000, 4_000, 6_000, 8_000, 10_000]);
  });

  it('makes one request stream for five components watching the same id', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    function Watcher({ name }: { name: string }) {
      const { status } = useWebFormStatus(WEB_FORM_ID);
      return (
        <p>
          {name}: {status ?? 'loading'}
        </p>
      );
    }
    const view = render(
      <>
        {['a', 'b', 'c', 'd', 'e'].map((name) => (
          <Watcher key={name} name={name} />
        ))}
      </>,
      { wrapper },
    );
    await flush();
    expect(view.getAllByText(/IN_PROGRESS/)).toHaveLength(5);

    await advance(10_000);
    expect(proxy.count(GET)).toBe(6);
  });

  it('never asks more than once a second, whatever the option says', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    renderHook(() => useWebFormStatus(WEB_FORM_ID, { intervalMs: 100 }), { wrapper });
    await flush();
    await advance(5_000);
    expect(gaps(proxy.times(GET, T0))).toEqual([1_000, 1_000, 1_000, 1_000, 1_000]);
  });

  it('stops for good at a final status', async () => {
    proxy.answer(
      GET,
      webForm({ status: 'IN_PROGRESS' }),
      webForm({ status: 'COMPLETED', payload: { paymentId: 42 } }),
    );
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    await advance(2_000);
    expect(result.current.isFinal).toBe(true);
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: 42,
    });
    const after = proxy.count(GET);

    await advance(5 * 60_000);
    setVisibility('hidden');
    setVisibility('visible');
    await advance(1_000);
    expect(proxy.count(GET)).toBe(after);
  });

  it('pauses while the tab is hidden and checks once on return', async () => {
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(proxy.count(GET)).toBe(1);

    setVisibility('hidden');
    await advance(60_000);
    expect(proxy.count(GET)).toBe(1);

    setVisibility('visible');
    await flush();
    expect(proxy.count(GET)).toBe(2);
    await advance(2_000);
    expect(proxy.count(GET)).toBe(3);
  });

  it('asks once more past expiresAt, then stops', async () => {
    proxy.answer(GET, webForm({ status: 'NOT_YET_OPENED', expiresInMs: 5_000 }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(result.current.isExpired).toBe(false);

    await advance(60_000);
    // 0, 2 and 4 s are before expiry; the answer at 6 s is the one more, and the last.
    expect(proxy.times(GET, T0)).toEqual([0, 2_000, 4_000, 6_000]);
    expect(result.current.isExpired).toBe(true);
    expect(result.current.expiresAt).toBe(T0 + 5_000);
  });
});

describe('useWebFormStatus: errors', () => {
  it.each([
    ['lowest', 0],
    ['highest', 0.9999],
  ])('backs off exponentially after 500s, with the jitter at its %s', async (_name, random) => {
    vi.spyOn(Math, 'random').mockReturnValue(random);
    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }), httpError(500));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();

    await advance(2_000 + 70_000);
    // The first failure came at 2 s; then the retries, each pause about twice the one before:
    // nominal 4, 8, 16 s, then the 30 s cap, each within ±20 %.
    const pauses = gaps(proxy.times(GET, T0).slice(1));
    const nominal = [4_000, 8_000, 16_000, 30_000];
    expect(pauses.length).toBeGreaterThanOrEqual(nominal.length);
    nominal.forEach((pause, i) => {
      expect(pauses[i]).toBeGreaterThanOrEqual(pause * 0.8);
      expect(pauses[i]).toBeLessThanOrEqual(pause * 1.2);
      if (i > 0) expect(pauses[i]).toBeGreaterThan(pauses[i - 1] ?? 0);
    });
    expect(result.current.error).toMatchObject({ kind: 'http', status: 500 });
    // The last good snapshot stays while the proxy fails.
    expect(result.current.status).toBe('IN_PROGRESS');
  });

  it('obeys Retry-After: no request before it', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    proxy.answer(
      GET,
      webForm({ status: 'IN_PROGRESS' }),
      httpError(503, { 'Retry-After': '20' }),
      webForm({ status: 'IN_PROGRESS' }),
    );
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    await advance(2_000);
    expect(result.current.error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 20_000 });

    await advance(19_999);
    expect(proxy.count(GET)).toBe(2);
    await advance(1);
    expect(proxy.count(GET)).toBe(3);
    expect(result.current.error).toBeNull();
  });

  it('reports an invalid proxy answer as invalid-response and keeps asking', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    proxy.answer(
      GET,
      { id: WEB_FORM_ID, status: 'SOMETHING_ELSE' },
      webForm({ status: 'IN_PROGRESS' }),
    );
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(result.current.webForm).toBeUndefined();
    expect(result.current.isLoading).toBe(false);
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.error?.issues.length).toBeGreaterThan(0);

    await advance(4_000);
    expect(result.current.error).toBeNull();
    expect(result.current.status).toBe('IN_PROGRESS');
  });

  it('stops polling on a 404 until refetch() asks again', async () => {
    proxy.answer(GET, httpError(404));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(result.current.error).toMatchObject({ kind: 'http', status: 404 });
    await advance(60_000);
    expect(proxy.count(GET)).toBe(1);

    proxy.answer(GET, webForm({ status: 'IN_PROGRESS' }));
    await act(() => result.current.refetch());
    await flush();
    expect(result.current.error).toBeNull();
    expect(proxy.count(GET)).toBe(2);
  });

  it('never moves a final status back when a late answer says pending', async () => {
    proxy.answer(GET, webForm({ status: 'ABORTED' }), webForm({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useWebFormStatus(WEB_FORM_ID), { wrapper });
    await flush();
    expect(result.current.status).toBe('ABORTED');

    await act(() => result.current.refetch());
    await flush();
    expect(proxy.count(GET)).toBe(2);
    expect(result.current.status).toBe('ABORTED');
    expect(result.current.outcome).toEqual({ kind: 'aborted' });
  });
});
