import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isWebFormProxyError, type Snapshot } from '../../src/index.ts';
import {
  createRedisBackend,
  type RedisBackend,
  type RedisBackendEvent,
} from '../../src/redis/index.ts';
import { eventually, sleep } from './eventually.ts';
import { startRedisServer, type RedisServer } from '../../src/testing/index.ts';

let redis: RedisServer;
const backends: RedisBackend[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});
afterAll(async () => {
  await redis.stop();
});

/** A backend on the test's Redis, each test under its own prefix. */
function backend(prefix: string, events?: RedisBackendEvent[], waitForConnectionMs?: number) {
  const created = createRedisBackend({
    url: redis.url,
    prefix,
    ...(waitForConnectionMs === undefined ? {} : { waitForConnectionMs }),
    onEvent: (event) => events?.push(event),
  });
  backends.push(created);
  return created;
}

async function rawClient() {
  const client = createClient({ url: redis.url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

const SNAPSHOT = {
  id: 'wf-1',
  url: 'https://webform.example.test/wf/wf-1',
  createdAt: '2026-12-02T10:00:00.000+0000',
  expiresAt: '2026-12-02T10:20:00.000+0000',
  type: 'BANK_CONNECTION_IMPORT',
  status: 'COMPLETED',
  payload: { bankConnectionId: 7 },
} as Snapshot;

describe('the Redis store', () => {
  it('keeps, reads and deletes values', async () => {
    const { store } = backend('kv:');
    expect(await store.get('owner:webform:a')).toBeUndefined();
    await store.set('owner:webform:a', '{"sessionId":"s1"}', 60_000);
    expect(await store.get('owner:webform:a')).toBe('{"sessionId":"s1"}');
    await store.set('owner:webform:a', '{"sessionId":"s2"}', 60_000);
    expect(await store.get('owner:webform:a')).toBe('{"sessionId":"s2"}');
    await store.delete('owner:webform:a');
    expect(await store.get('owner:webform:a')).toBeUndefined();
  });

  it('keeps every key under its prefix, with the expiry it was given', async () => {
    const { store } = backend('bank-a:');
    await store.set('callback:h1', 'x', 60_000);
    const raw = await rawClient();
    try {
      expect(await raw.get('bank-a:callback:h1')).toBe('x');
      expect(await raw.get('callback:h1')).toBeNull();
      const ttl = await raw.pTTL('bank-a:callback:h1');
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      await raw.close();
    }
  });

  it('forgets a value once its time is up', async () => {
    const { store } = backend('expiry:');
    await store.set('short', 'v', 100);
    await store.set('long', 'v', 60_000);
    await eventually(async () => expect(await store.get('short')).toBeUndefined());
    expect(await store.get('long')).toBe('v');
  });

  it('setIfAbsent keeps the first value only, until it expires', async () => {
    const { store } = backend('nx:');
    expect(await store.setIfAbsent('lock:order-1', 'a', 150)).toBe(true);
    expect(await store.setIfAbsent('lock:order-1', 'b', 150)).toBe(false);
    expect(await store.get('lock:order-1')).toBe('a');
    await eventually(async () =>
      expect(await store.setIfAbsent('lock:order-1', 'b', 60_000)).toBe(true),
    );
    expect(await store.get('lock:order-1')).toBe('b');
  });

  it('setIfAbsent is won by exactly one of many calls from two instances at once', async () => {
    const a = backend('race:');
    const b = backend('race:');
    await Promise.all([a.ready(), b.ready()]);
    for (let round = 0; round < 5; round++) {
      const key = `claim:outcome:${round}`;
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          (i % 2 === 0 ? a : b).store.setIfAbsent(key, `caller-${i}`, 60_000),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await b.store.get(key)).toBe(`caller-${winner}`);
    }
  });

  it("deleteIfValue releases one's own lock, never another's", async () => {
    const a = backend('cad:');
    const b = backend('cad:');
    await a.store.set('lease:x', 'instance-a', 60_000);
    expect(await b.store.deleteIfValue('lease:x', 'instance-b')).toBe(false);
    expect(await a.store.get('lease:x')).toBe('instance-a');
    expect(await a.store.deleteIfValue('lease:x', 'instance-a')).toBe(true);
    expect(await a.store.get('lease:x')).toBeUndefined();
    expect(await a.store.deleteIfValue('lease:x', 'instance-a')).toBe(false);
  });

  it("renewIfValue moves the expiry of one's own lease, never of another's or a lapsed one", async () => {
    const a = backend('renew:');
    const b = backend('renew:');
    await a.store.set('lease:y', 'instance-a', 300);
    expect(await b.store.renewIfValue('lease:y', 'instance-b', 60_000)).toBe(false);
    expect(await a.store.renewIfValue('lease:y', 'instance-a', 60_000)).toBe(true);
    // Past the first expiry the renewed lease is still there; another's renewal did not take it.
    await sleep(500);
    expect(await b.store.get('lease:y')).toBe('instance-a');

    await a.store.set('lease:z', 'instance-a', 100);
    await sleep(250);
    expect(await a.store.renewIfValue('lease:z', 'instance-a', 60_000)).toBe(false);
    expect(await b.store.setIfAbsent('lease:z', 'instance-b', 60_000)).toBe(true);
    expect(await a.store.renewIfValue('lease:z', 'instance-a', 60_000)).toBe(false);
    expect(await a.store.get('lease:z')).toBe('instance-b');
  });

  it('keeps set members until their own expiry, and the set itself no longer than its last', async () => {
    const { store } = backend('set:');
    const now = Date.now();
    await store.addMember('watched', 'webform:a', now + 60_000);
    await store.addMember('watched', 'webform:b', now + 150);
    await store.addMember('watched', 'task:c', now + 30_000);
    expect((await store.members('watched')).sort()).toEqual(['task:c', 'webform:a', 'webform:b']);

    await eventually(async () =>
      expect((await store.members('watched')).sort()).toEqual(['task:c', 'webform:a']),
    );
    await store.removeMember('watched', 'webform:a');
    expect(await store.members('watched')).toEqual(['task:c']);
    // Moving a member's expiry on.
    await store.addMember('watched', 'task:c', now + 90_000);
    expect(await store.members('watched')).toEqual(['task:c']);
    expect(await store.members('nothing-here')).toEqual([]);

    const raw = await rawClient();
    try {
      const ttl = await raw.pTTL('set:watched');
      // The key expires with its latest member (90 s), not never.
      expect(ttl).toBeGreaterThan(60_000);
      expect(ttl).toBeLessThanOrEqual(90_000);
      // Dropped members are gone from Redis too, not only from the answer.
      expect(await raw.zCard('set:watched')).toBe(1);
    } finally {
      await raw.close();
    }
  });

  it('refuses a bad url or option with a clear error', () => {
    expect(() => createRedisBackend({ url: 'http://127.0.0.1:6379' })).toThrow(
      /url must be a redis:\/\/ or rediss:\/\/ URL/,
    );
    expect(() => createRedisBackend({ url: redis.url, waitForConnectionMs: 0 })).toThrow(
      /waitForConnectionMs must be a positive number/,
    );
  });
});

describe('the Redis event bus', () => {
  it('carries a snapshot from one instance to the listeners of another, parsed', async () => {
    const a = backend('bus:');
    const b = backend('bus:');
    await Promise.all([a.ready(), b.ready()]);
    const heard: unknown[] = [];
    const heardToo: unknown[] = [];
    const stop = b.eventBus.subscribe('webform:wf-1', (snapshot) => heard.push(snapshot));
    b.eventBus.subscribe('webform:wf-1', (snapshot) => heardToo.push(snapshot));
    b.eventBus.subscribe('webform:other', () => heard.push('wrong topic'));
    // SUBSCRIBE takes a round trip: publish until it is heard.
    await eventually(async () => {
      await a.eventBus.publish('webform:wf-1', SNAPSHOT);
      expect(heard.length).toBeGreaterThan(0);
    });
    expect(heard[0]).toEqual(SNAPSHOT);
    expect(heardToo[0]).toEqual(SNAPSHOT);
    expect(heard).not.toContain('wrong topic');

    stop();
    const count = heard.length;
    await a.eventBus.publish('webform:wf-1', SNAPSHOT);
    await eventually(() => expect(heardToo.length).toBeGreaterThan(count));
    await sleep(100);
    expect(heard).toHaveLength(count);
  });

  it('ignores what is not JSON on its channels', async () => {
    const a = backend('noise:');
    await a.ready();
    const heard: unknown[] = [];
    a.eventBus.subscribe('webform:wf-1', (snapshot) => heard.push(snapshot));
    const raw = await rawClient();
    try {
      await eventually(async () => {
        await raw.publish('noise:webform:wf-1', 'not json {');
        await a.eventBus.publish('webform:wf-1', SNAPSHOT);
        expect(heard.length).toBeGreaterThan(0);
      });
      expect(heard.every((snapshot) => typeof snapshot === 'object')).toBe(true);
    } finally {
      await raw.close();
    }
  });
});

describe('Redis out of reach', () => {
  it('refuses store calls with 503 STORE_UNAVAILABLE, reports it once, and recovers', async () => {
    const events: RedisBackendEvent[] = [];
    const a = backend('down:', events, 200);
    const b = backend('down:', undefined, 200);
    await Promise.all([a.ready(), b.ready()]);
    await a.store.set('owner:webform:a', 'kept', 60_000);
    const heard: unknown[] = [];
    b.eventBus.subscribe('webform:wf-1', (snapshot) => heard.push(snapshot));

    await redis.stop();
    const error: unknown = await a.store.get('owner:webform:a').catch((e: unknown) => e);
    expect(isWebFormProxyError(error)).toBe(true);
    expect(error).toMatchObject({
      status: 503,
      code: 'STORE_UNAVAILABLE',
      message: 'The proxy cannot reach its store right now; try again shortly',
      headers: { 'retry-after': '5' },
    });
    await expect(a.store.setIfAbsent('lock:x', 'a', 1000)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    await expect(a.eventBus.publish('webform:wf-1', SNAPSHOT)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    // Several failed reconnections meanwhile, one report per connection.
    await sleep(500);
    const errors = events.filter((event) => event.state === 'error');
    expect(errors.map((event) => event.connection).sort()).toEqual(['commands', 'subscriber']);

    await redis.start();
    // A fresh Redis: what the old one held is gone, but everything works again.
    await eventually(
      async () => expect(await a.store.get('owner:webform:a')).toBeUndefined(),
      10_000,
    );
    expect(await a.store.setIfAbsent('lock:x', 'a', 60_000)).toBe(true);
    expect(events.filter((event) => event.state === 'ready').length).toBeGreaterThanOrEqual(3);
    // The subscriber subscribed again by itself.
    await eventually(async () => {
      await a.eventBus.publish('webform:wf-1', SNAPSHOT);
      expect(heard.length).toBeGreaterThan(0);
    }, 10_000);
  }, 30_000);

  it('starts while Redis is down, refusing calls until it comes up', async () => {
    await redis.stop();
    const a = backend('late:', undefined, 200);
    await expect(a.store.get('x')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await redis.start();
    await a.ready();
    await a.store.set('x', 'v', 60_000);
    expect(await a.store.get('x')).toBe('v');
  }, 20_000);
});
