import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/index.ts';
import { createBrowser, createTestProxy, IMPORT_BODY } from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';
const FINAPI_CREATE = '/api/webForms/bankConnectionImport';

function createWithoutCookie(proxy: (request: Request) => Promise<Response>, client?: string) {
  return createBrowser(proxy).request('POST', CREATE, {
    body: IMPORT_BODY,
    headers: client === undefined ? {} : { 'x-test-client': client },
  });
}

describe('issue 13.1: clients without an established session', () => {
  it('attack: 200 concurrent cookie-less creates from one client get a burst of 10 web forms, not 200', async () => {
    const { proxy, finapi } = createTestProxy({ now: () => 1_000_000 });

    const responses = await Promise.all(
      Array.from({ length: 200 }, () => createWithoutCookie(proxy)),
    );

    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(190);
    expect(finapi.count('POST', FINAPI_CREATE)).toBe(10);
    const limited = responses.find((response) => response.status === 429);
    expect(limited?.headers.get('retry-after')).toBe('1');
    expect(await limited?.json()).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('attack: dropping the cookie buys no fresh bucket; the bucket refills at one a second', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    for (let i = 0; i < 10; i++) expect((await createWithoutCookie(proxy)).status).toBe(201);
    expect((await createWithoutCookie(proxy)).status).toBe(429);

    clock += 1000;
    expect((await createWithoutCookie(proxy)).status).toBe(201);
    expect((await createWithoutCookie(proxy)).status).toBe(429);
    expect(finapi.count('POST', FINAPI_CREATE)).toBe(11);
  });

  it('attack: cookie-less reads and streams take from the same bucket as creates', async () => {
    const { proxy } = createTestProxy({ now: () => 1_000_000 });
    const id = '00000000-0000-4000-8000-000000000000';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await createBrowser(proxy).request('GET', `/api/webforms/${id}`)).status);
      statuses.push((await createBrowser(proxy).request('GET', `/api/tasks/${id}/events`)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404, 404, 404, 404, 429, 429]);
  });

  it('attack: clientKey gives each client its own bucket, and clients it cannot key share one', async () => {
    const { proxy } = createTestProxy({
      now: () => 1_000_000,
      anonymousRateLimit: { burst: 2, perSecond: 1 },
      clientKey: (request) => request.headers.get('x-test-client') ?? undefined,
    });
    const statusesOf = async (client?: string) => [
      (await createWithoutCookie(proxy, client)).status,
      (await createWithoutCookie(proxy, client)).status,
      (await createWithoutCookie(proxy, client)).status,
    ];
    expect(await statusesOf('alice')).toEqual([201, 201, 429]);
    expect(await statusesOf('bob')).toEqual([201, 201, 429]);
    // No key: the shared bucket of unknown clients, also for an empty key.
    expect((await createWithoutCookie(proxy)).status).toBe(201);
    expect(await statusesOf('')).toEqual([201, 429, 429]);
  });

  it('a throwing clientKey puts the request with the unknown clients and is reported', async () => {
    const { proxy, events } = createTestProxy({
      now: () => 1_000_000,
      anonymousRateLimit: { burst: 1, perSecond: 1 },
      clientKey: () => {
        throw new Error('no header');
      },
    });
    expect((await createWithoutCookie(proxy)).status).toBe(201);
    expect((await createWithoutCookie(proxy)).status).toBe(429);
    expect(events.filter((event) => event.type === 'error')).toHaveLength(2);
  });

  it("needs no request before the create: a new browser's first request creates", async () => {
    const { proxy } = createTestProxy();
    const browser = createBrowser(proxy);
    expect((await browser.request('POST', CREATE, { body: IMPORT_BODY })).status).toBe(201);
    expect(browser.cookie).toBeDefined();
  });

  it('an established session keeps its own bucket while cookie-less clients are limited', async () => {
    const { proxy } = createTestProxy({ now: () => 1_000_000 });
    const customer = createBrowser(proxy);
    expect((await customer.request('POST', CREATE, { body: IMPORT_BODY })).status).toBe(201);
    for (let i = 0; i < 12; i++) await createWithoutCookie(proxy);
    expect((await createWithoutCookie(proxy)).status).toBe(429);
    expect((await customer.request('POST', CREATE, { body: IMPORT_BODY })).status).toBe(201);
  });

  it('can be turned off', async () => {
    const { proxy } = createTestProxy({ now: () => 1_000_000, anonymousRateLimit: false });
    for (let i = 0; i < 30; i++) expect((await createWithoutCookie(proxy)).status).toBe(201);
  });
});

describe('issue 13.1: the memory store is bounded', () => {
  it('attack: creations filling the store get 503 STORE_FULL with Retry-After before finAPI is asked, not growth', async () => {
    let clock = 1_000_000;
    // Each creation keeps three entries: its callback handle (before finAPI), its owner and its
    // flow record.
    const store = createMemoryStore({ now: () => clock, maxEntries: 9 });
    const { proxy, finapi } = createTestProxy({ now: () => clock, store });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await createWithoutCookie(proxy)).status);
    expect(statuses).toEqual([201, 201, 201, 503, 503]);
    expect(finapi.count('POST', FINAPI_CREATE)).toBe(3);

    const refused = await createWithoutCookie(proxy);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toEqual({
      code: 'STORE_FULL',
      message: 'The proxy is holding as many flows as it can; try again later',
    });

    // Once the records expire (a day), there is room again.
    clock += 24 * 60 * 60 * 1000;
    expect((await createWithoutCookie(proxy)).status).toBe(201);
  });

  it('keeps overwriting the keys it holds when full', () => {
    const store = createMemoryStore({ maxEntries: 1 });
    store.set('a', '1', 60_000);
    store.set('a', '2', 60_000);
    expect(store.get('a')).toBe('2');
    expect(() => store.set('b', '1', 60_000)).toThrow(/as many flows/);
  });

  it('still takes the clock as its only argument', () => {
    let clock = 0;
    const store = createMemoryStore(() => clock);
    store.set('a', '1', 1000);
    clock = 1000;
    expect(store.get('a')).toBeUndefined();
  });
});
