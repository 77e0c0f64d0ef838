import type { WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '../src/createRateLimiter.ts';
import { advanceUntilSettled, createBrowser, createTestProxy, IMPORT_BODY } from './helpers.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('rate limiting per session', () => {
  it('answers 429 RATE_LIMITED with Retry-After once the burst is spent', async () => {
    const { proxy } = createTestProxy();
    const browser = createBrowser(proxy);
    const webForm = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;

    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 10; i++) {
      const response = await browser.request('GET', `/api/webforms/${webForm.id}`);
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
    }

    // The creation started the session (the client's bucket); the session's burst of 8 went to
    // eight reads.
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    expect(limited?.headers.get('retry-after')).toBe('1');
    expect(await limited?.json()).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many requests; try again in 1 s',
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect((await browser.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(200);
  });

  it('does not throttle a client polling once a second from a couple of components', async () => {
    const { proxy } = createTestProxy();
    const browser = createBrowser(proxy);
    const create = () =>
      browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY });
    const a = (await (await create()).json()) as WebForm;
    const b = (await (await create()).json()) as WebForm;

    for (let second = 0; second < 120; second++) {
      expect((await browser.request('GET', `/api/webforms/${a.id}`)).status).toBe(200);
      expect((await browser.request('GET', `/api/webforms/${b.id}`)).status).toBe(200);
      await vi.advanceTimersByTimeAsync(1000);
    }
  });

  it('limits each session on its own', async () => {
    const { proxy } = createTestProxy({ rateLimit: { burst: 2, perSecond: 1 } });
    const greedy = createBrowser(proxy);
    const id = '00000000-0000-4000-8000-000000000000';
    // The first request starts the session; the next two spend its bucket.
    await greedy.request('GET', `/api/webforms/${id}`);
    await greedy.request('GET', `/api/webforms/${id}`);
    await greedy.request('GET', `/api/webforms/${id}`);
    expect((await greedy.request('GET', `/api/webforms/${id}`)).status).toBe(429);

    expect((await createBrowser(proxy).request('GET', `/api/webforms/${id}`)).status).toBe(404);
  });

  it('counts opening an event stream, and leaves callbacks alone', async () => {
    const { proxy, finapi } = createTestProxy({ rateLimit: { burst: 1, perSecond: 0.5 } });
    const browser = createBrowser(proxy);
    const webForm = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;
    // The creation started the session; a read spends its one token.
    expect((await browser.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(200);
    const stream = await browser.request('GET', `/api/webforms/${webForm.id}/events`);
    expect(stream.status).toBe(429);
    expect(stream.headers.get('retry-after')).toBe('2');

    const sent = finapi.requests[0]?.body as { callbacks: { finalised: string } };
    await vi.advanceTimersByTimeAsync(1000);
    const callbacks = Array.from({ length: 5 }, () =>
      proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          body: JSON.stringify({ webFormId: webForm.id, status: 'NOT_YET_OPENED' }),
        }),
      ),
    );
    for (const response of await advanceUntilSettled(Promise.all(callbacks))) {
      expect(response.status).toBe(204);
    }
  });

  it('can be turned off', async () => {
    const { proxy } = createTestProxy({ rateLimit: false });
    const browser = createBrowser(proxy);
    for (let i = 0; i < 50; i++) {
      expect(
        (await browser.request('GET', '/api/webforms/00000000-0000-4000-8000-000000000000')).status,
      ).toBe(404);
    }
  });
});

describe('createRateLimiter', () => {
  it('refills at perSecond up to burst and says how long to wait', () => {
    let clock = 0;
    const limiter = createRateLimiter({ burst: 3, perSecond: 2 }, () => clock);
    expect([limiter.take('s'), limiter.take('s'), limiter.take('s'), limiter.take('s')]).toEqual([
      0, 0, 0, 1,
    ]);
    clock += 500;
    expect(limiter.take('s')).toBe(0);
    expect(limiter.take('s')).toBe(1);
    clock += 60_000;
    expect([limiter.take('s'), limiter.take('s'), limiter.take('s'), limiter.take('s')]).toEqual([
      0, 0, 0, 1,
    ]);
  });

  it('refuses nonsensical settings', () => {
    expect(() => createRateLimiter({ burst: 0 })).toThrow(TypeError);
    expect(() => createRateLimiter({ perSecond: 0 })).toThrow(TypeError);
  });
});
