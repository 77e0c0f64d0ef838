import type { createClient } from 'redis';
import type { CompleteStore } from '../records/completeStore.ts';
import { storeUnavailable } from './storeUnavailable.ts';

/** A `ProxyStore` with every method, each answering a promise. */
export type RedisStore = CompleteStore;

/** A node-redis client, as {@link createRedisBackend} makes it. */
export type RedisClient = ReturnType<typeof createClient>;

export interface RedisStoreOptions {
  /** Put before every key, so the proxy can share a Redis with others. */
  prefix: string;
  /** How long a call waits for the connection to come (back) up before it is refused. */
  waitForConnectionMs: number;
  now: () => number;
}

// The scripts run atomically in Redis: no other client's command runs between their steps.
const DELETE_IF_VALUE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

const RENEW_IF_VALUE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

// The set's own key expires with its last member, so an index nobody reads still goes away.
const ADD_MEMBER = `redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIREAT', KEYS[1], last[2])
return 1`;

const MEMBERS = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
return redis.call('ZRANGE', KEYS[1], 0, -1)`;

/**
 * A `ProxyStore` with every method, each one Redis command or script, so each step is
 * atomic across every instance sharing the Redis. Every call rejects with
 * `503 STORE_UNAVAILABLE` while Redis cannot be reached (after waiting `waitForConnectionMs` for
 * a reconnection), and works again once the client has reconnected.
 *
 * @example
 * const store = createRedisStore(client, { prefix: 'webform-kit:', waitForConnectionMs: 1000, now: Date.now });
 * await store.setIfAbsent('lock:order-1042', 'me', 30_000); // true on one instance only
 */
export function createRedisStore(client: RedisClient, options: RedisStoreOptions): RedisStore {
  const key = (name: string) => `${options.prefix}${name}`;

  const run = async <T>(command: () => Promise<T>): Promise<T> => {
    await whenReady(client, options.waitForConnectionMs);
    try {
      return await command();
    } catch (error) {
      throw storeUnavailable(error);
    }
  };

  return {
    get: (name) => run(async () => (await client.get(key(name))) ?? undefined),
    set: (name, value, ttlMs) =>
      run(async () => {
        await client.set(key(name), value, { expiration: { type: 'PX', value: px(ttlMs) } });
      }),
    delete: (name) =>
      run(async () => {
        await client.del(key(name));
      }),
    setIfAbsent: (name, value, ttlMs) =>
      run(async () => {
        const reply = await client.set(key(name), value, {
          expiration: { type: 'PX', value: px(ttlMs) },
          condition: 'NX',
        });
        return reply === 'OK';
      }),
    deleteIfValue: (name, value) =>
      run(async () => {
        const deleted = await client.eval(DELETE_IF_VALUE, {
          keys: [key(name)],
          arguments: [value],
        });
        return deleted === 1;
      }),
    renewIfValue: (name, value, ttlMs) =>
      run(async () => {
        const renewed = await client.eval(RENEW_IF_VALUE, {
          keys: [key(name)],
          arguments: [value, String(px(ttlMs))],
        });
        return renewed === 1;
      }),
    addMember: (name, member, expiresAt) =>
      run(async () => {
        await client.eval(ADD_MEMBER, {
          keys: [key(name)],
          arguments: [String(Math.ceil(expiresAt)), member],
        });
      }),
    removeMember: (name, member) =>
      run(async () => {
        await client.zRem(key(name), member);
      }),
    members: (name) =>
      run(async () => {
        const members = await client.eval(MEMBERS, {
          keys: [key(name)],
          arguments: [String(Math.floor(options.now()))],
        });
        return Array.isArray(members) ? members.map(String) : [];
      }),
  };
}

/** `PX` takes a whole number of milliseconds, at least 1. */
function px(ttlMs: number): number {
  return Math.max(1, Math.ceil(ttlMs));
}

/**
 * Resolves once `client` is connected, at once when it is. A call made while it reconnects
 * waits a little (a blip costs a short delay, not an error), then is refused.
 */
export function whenReady(client: RedisClient, waitMs: number): Promise<void> {
  if (client.isReady) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      client.off('ready', done);
      resolve();
    };
    const timer = setTimeout(() => {
      client.off('ready', done);
      reject(storeUnavailable(new Error(`Redis was not reachable within ${waitMs} ms`)));
    }, waitMs);
    client.on('ready', done);
  });
}
