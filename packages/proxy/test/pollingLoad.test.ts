import type { WebForm } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_STREAMS_PER_SESSION, EXPIRY_GRACE_MS } from '../src/index.ts';
import {
  advanceUntilSettled,
  createBrowser,
  createTestProxy,
  IMPORT_BODY,
  readSse,
  type Browser,
} from './helpers.ts';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

const MINUTE = 60_000;

async function create(browser: Browser): Promise<WebForm> {
  const response = await advanceUntilSettled(
    browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as WebForm;
}

async function openStream(browser: Browser, id: string) {
  const response = await advanceUntilSettled(browser.request('GET', `/api/webforms/${id}/events`));
  expect(response.status).toBe(200);
  const stream = readSse(response);
  await stream.next();
  return stream;
}

/** finAPI reads of one waiting web form per minute, over ten minutes, as the proxy makes them. */
async function readsPerMinute(registerCallbacks: boolean, withStream: boolean) {
  const t = createTestProxy({ registerCallbacks, rateLimit: false });
  const browser = createBrowser(t.proxy);
  const webForm = await create(browser);
  const stream = withStream ? await openStream(browser, webForm.id) : undefined;
  const reads = () => t.finapi.count('GET', `/api/webForms/${webForm.id}`);
  const before = reads();
  await vi.advanceTimersByTimeAsync(10 * MINUTE);
  const perMinute = (reads() - before) / 10;
  await stream?.cancel();
  t.proxy.close();
  return perMinute;
}

describe('finAPI reads per waiting web form', () => {
  it('with callbacks on: one a minute, stream open or not (the safety poll)', async () => {
    expect(await readsPerMinute(true, true)).toBe(1);
    expect(await readsPerMinute(true, false)).toBe(1);
  });

  it('with callbacks off: every 2 s while a stream is open, one a minute without', async () => {
    expect(await readsPerMinute(false, true)).toBe(30);
    expect(await readsPerMinute(false, false)).toBe(1);
  });

  it('polls streams at pollIntervalMs once a poll found a change no callback announced, until one arrives', async () => {
    const t = createTestProxy({ rateLimit: false });
    const browser = createBrowser(t.proxy);
    const lost = await create(browser);
    const watched = await create(browser);
    const later = await create(browser);
    const stream = await openStream(browser, watched.id);
    const reads = () => t.finapi.count('GET', `/api/webForms/${watched.id}`);
    const callbackUrls = t.finapi.requests
      .filter((r) => r.method === 'POST')
      .map((r) => (r.body as { callbacks: { finalised: string } }).callbacks.finalised);

    // One form ends and its callback never comes: the safety poll finds it at a minute, and
    // ten seconds later the callbacks look lost.
    t.finapi.finishWebForm(lost.id, 'COMPLETED');
    await vi.advanceTimersByTimeAsync(MINUTE + 10_000);
    let before = reads();
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(reads() - before).toBeGreaterThanOrEqual(29);
    expect(reads() - before).toBeLessThanOrEqual(31);

    // A callback arrives again (another form's): back to the slow pace.
    t.finapi.finishWebForm(later.id, 'ABORTED');
    const response = await advanceUntilSettled(
      t.proxy(
        new Request(callbackUrls[2] ?? '', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: later.id, status: 'ABORTED' }),
        }),
      ),
    );
    expect(response.status).toBe(204);
    await vi.advanceTimersByTimeAsync(2000);
    before = reads();
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(reads() - before).toBeLessThanOrEqual(5);
    await stream.cancel();
    t.proxy.close();
  });

  it('does not count a poll that lands just before the callback as a lost callback', async () => {
    const t = createTestProxy({ rateLimit: false });
    const browser = createBrowser(t.proxy);
    const ending = await create(browser);
    const watched = await create(browser);
    const stream = await openStream(browser, watched.id);
    const url = (
      t.finapi.requests.find((r) => r.method === 'POST')?.body as {
        callbacks: { finalised: string };
      }
    ).callbacks.finalised;

    t.finapi.finishWebForm(ending.id, 'COMPLETED');
    await vi.advanceTimersByTimeAsync(MINUTE);
    // The safety poll found it first; finAPI's callback follows a few seconds later.
    await vi.advanceTimersByTimeAsync(3000);
    await advanceUntilSettled(
      t.proxy(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: ending.id, status: 'COMPLETED' }),
        }),
      ),
    );
    const before = t.finapi.count('GET', `/api/webForms/${watched.id}`);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(t.finapi.count('GET', `/api/webForms/${watched.id}`) - before).toBeLessThanOrEqual(2);
    await stream.cancel();
    t.proxy.close();
  });

  it('never polls faster than once a second, whatever unattendedPollMs says', async () => {
    const t = createTestProxy({ rateLimit: false, unattendedPollMs: 10 });
    const webForm = await create(createBrowser(t.proxy));
    const before = t.finapi.count('GET', `/api/webForms/${webForm.id}`);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(t.finapi.count('GET', `/api/webForms/${webForm.id}`) - before).toBe(60);
    t.proxy.close();
  });

  it('stops watching a form at its expiry plus the grace, after one last look', async () => {
    const t = createTestProxy({ rateLimit: false });
    const webForm = await create(createBrowser(t.proxy));
    const reads = () => t.finapi.count('GET', `/api/webForms/${webForm.id}`);
    const deadline = Date.parse(webForm.expiresAt.replace('+0000', 'Z')) + EXPIRY_GRACE_MS;

    await vi.advanceTimersByTimeAsync(deadline - Date.now());
    const atDeadline = reads();
    expect(atDeadline).toBeGreaterThanOrEqual(25);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(reads()).toBe(atDeadline);
  });
});

describe('event stream limits', () => {
  it(`lets a session hold ${DEFAULT_MAX_STREAMS_PER_SESSION} streams, then answers 429 TOO_MANY_STREAMS with Retry-After`, async () => {
    const t = createTestProxy({ rateLimit: false });
    const browser = createBrowser(t.proxy);
    const webForm = await create(browser);
    const streams = [];
    for (let i = 0; i < DEFAULT_MAX_STREAMS_PER_SESSION; i++) {
      streams.push(await openStream(browser, webForm.id));
    }

    const refused = await advanceUntilSettled(
      browser.request('GET', `/api/webforms/${webForm.id}/events`),
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(await refused.json()).toMatchObject({ code: 'TOO_MANY_STREAMS' });

    // Another session is not held back; and a stream that ends frees its place.
    const other = createBrowser(t.proxy);
    const own = await create(other);
    await (await openStream(other, own.id)).cancel();
    await streams[0]?.cancel();
    await vi.advanceTimersByTimeAsync(0);
    const again = await openStream(browser, webForm.id);
    for (const stream of [...streams.slice(1), again]) await stream.cancel();
  });

  it('takes maxStreamsPerSession as the cap', async () => {
    const t = createTestProxy({ rateLimit: false, maxStreamsPerSession: 1 });
    const browser = createBrowser(t.proxy);
    const webForm = await create(browser);
    const stream = await openStream(browser, webForm.id);
    const refused = await advanceUntilSettled(
      browser.request('GET', `/api/webforms/${webForm.id}/events`),
    );
    expect(refused.status).toBe(429);
    await stream.cancel();
  });

  it('ends a stream at the form’s expiry plus the grace, final or not', async () => {
    const t = createTestProxy({ rateLimit: false, maxStreamsPerSession: 1 });
    const browser = createBrowser(t.proxy);
    const webForm = await create(browser);
    const stream = await openStream(browser, webForm.id);
    const deadline = Date.parse(webForm.expiresAt.replace('+0000', 'Z')) + EXPIRY_GRACE_MS;
    const second = () =>
      advanceUntilSettled(browser.request('GET', `/api/webforms/${webForm.id}/events`), 1);

    // A second before the deadline the stream still holds the session's one place...
    await vi.advanceTimersByTimeAsync(deadline - Date.now() - 1000);
    expect((await second()).status).toBe(429);
    // ...and past it, the stream has ended (after keep-alives only).
    await vi.advanceTimersByTimeAsync(2000);
    let item = await stream.next();
    while ('comment' in item) item = await stream.next();
    expect(item).toEqual({ end: true });
    const late = await second();
    expect(late.status).toBe(200);
    await late.body?.cancel();
  });
});
