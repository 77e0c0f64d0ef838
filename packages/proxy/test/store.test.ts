import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore, type ProxyStore } from '../src/index.ts';
import { completeStore } from '../src/records/completeStore.ts';
import { advanceUntilSettled, createBrowser, createTestProxy } from './helpers.ts';
import { checkoutPrepare } from './orderBook.ts';

afterEach(() => {
  vi.useRealTimers();
});

/** A store with only today's three methods, answering asynchronously as a network store would. */
function plainStore(): ProxyStore & { keys(): string[] } {
  const memory = createMemoryStore();
  const later = () => new Promise((resolve) => setImmediate(resolve));
  const keys = new Set<string>();
  return {
    async get(key) {
      await later();
      return memory.get(key);
    },
    async set(key, value, ttlMs) {
      await later();
      keys.add(key);
      memory.set(key, value, ttlMs);
    },
    async delete(key) {
      await later();
      keys.delete(key);
      memory.delete(key);
    },
    keys: () => [...keys],
  };
}

describe('createMemoryStore', () => {
  it('sets a key only if it is absent, until it expires', () => {
    let clock = 0;
    const store = createMemoryStore(() => clock);
    expect(store.setIfAbsent('lock', 'a', 1000)).toBe(true);
    expect(store.setIfAbsent('lock', 'b', 1000)).toBe(false);
    expect(store.get('lock')).toBe('a');
    clock = 1000;
    expect(store.setIfAbsent('lock', 'b', 1000)).toBe(true);
    expect(store.get('lock')).toBe('b');
  });

  it('deletes a key only while it holds the given value', () => {
    const store = createMemoryStore();
    store.set('lease', 'mine', 1000);
    expect(store.deleteIfValue('lease', 'theirs')).toBe(false);
    expect(store.get('lease')).toBe('mine');
    expect(store.deleteIfValue('lease', 'mine')).toBe(true);
    expect(store.get('lease')).toBeUndefined();
  });

  it("renews a key's expiry only while it holds the given value", () => {
    let clock = 0;
    const store = createMemoryStore(() => clock);
    store.set('lease', 'mine', 1000);
    clock = 900;
    expect(store.renewIfValue('lease', 'theirs', 1000)).toBe(false);
    expect(store.renewIfValue('lease', 'mine', 1000)).toBe(true);
    clock = 1800;
    expect(store.get('lease')).toBe('mine');
    clock = 1900;
    expect(store.get('lease')).toBeUndefined();
    expect(store.renewIfValue('lease', 'mine', 1000)).toBe(false);
    expect(store.get('lease')).toBeUndefined();
  });

  it('keeps set members until their expiry, and moves it when added again', () => {
    let clock = 0;
    const store = createMemoryStore(() => clock);
    store.addMember('watched', 'web-form:a', 1000);
    store.addMember('watched', 'web-form:b', 2000);
    store.addMember('watched', 'web-form:a', 3000);
    clock = 2000;
    expect(store.members('watched')).toEqual(['web-form:a']);
    store.removeMember('watched', 'web-form:a');
    expect(store.members('watched')).toEqual([]);
    expect(store.members('nothing')).toEqual([]);
  });
});

describe('a store with only get, set and delete', () => {
  it('gets the optional steps made atomic within the process', async () => {
    const store = completeStore(plainStore());
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, i) => store.setIfAbsent('lock', `holder-${i}`, 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const holder = `holder-${claims.indexOf(true)}`;
    expect(await store.deleteIfValue('lock', 'holder-x')).toBe(false);
    expect(await store.renewIfValue('lock', 'holder-x', 60_000)).toBe(false);
    expect(await store.renewIfValue('lock', holder, 60_000)).toBe(true);
    expect(await store.get('lock')).toBe(holder);
    expect(await store.deleteIfValue('lock', holder)).toBe(true);
    expect(await store.get('lock')).toBeUndefined();
  });

  it('keeps a set as one value, members added concurrently all kept', async () => {
    const plain = plainStore();
    const store = completeStore(plain, () => 0);
    await Promise.all(
      Array.from({ length: 5 }, (_, i) => store.addMember('watched', `web-form:${i}`, 1000 + i)),
    );
    expect((await store.members('watched')).sort()).toEqual([
      'web-form:0',
      'web-form:1',
      'web-form:2',
      'web-form:3',
      'web-form:4',
    ]);
    await store.removeMember('watched', 'web-form:2');
    expect(await store.members('watched')).toHaveLength(4);
    expect(plain.keys()).toEqual(['watched']);
  });

  it('drops members past their expiry, and the key with the last one', async () => {
    let clock = 0;
    const plain = plainStore();
    const store = completeStore(plain, () => clock);
    await store.addMember('watched', 'task:a', 500);
    await store.addMember('watched', 'task:b', 1500);
    clock = 1000;
    expect(await store.members('watched')).toEqual(['task:b']);
    await store.removeMember('watched', 'task:b');
    expect(plain.keys()).toEqual([]);
  });

  it('serves the proxy on one instance: one creation per reference, one outcome', async () => {
    const outcomes: string[] = [];
    const t = createTestProxy({
      store: plainStore(),
      prepare: checkoutPrepare,
      rateLimit: false,
      onOutcome: (event) => void outcomes.push(event.id),
    });
    const browser = createBrowser(t.proxy);
    const pay = () =>
      browser.request('POST', '/api/webforms/standalone-payment', { body: { orderId: 'order-a' } });
    const answers = await Promise.all([pay(), pay(), pay()]);
    const ids = await Promise.all(
      answers.map(async (a) => ((await a.json()) as { id: string }).id),
    );
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(new Set(ids).size).toBe(1);
    expect(t.finapi.count('POST', '/api/webForms/standalonePayment')).toBe(1);

    const id = ids[0] ?? '';
    t.finapi.setWebForm(id, { status: 'COMPLETED', payload: { paymentId: 1 } });
    const url = (
      t.finapi.requests.find((r) => r.method === 'POST')?.body as {
        callbacks: { finalised: string };
      }
    ).callbacks.finalised;
    const callback = () =>
      t.proxy(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: id, status: 'COMPLETED' }),
        }),
      );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await advanceUntilSettled(Promise.all([callback(), callback()]));
    await advanceUntilSettled(new Promise((resolve) => setTimeout(resolve, 1000)));
    expect(outcomes).toEqual([id]);
    t.proxy.close();
  });
});
