import { createClient } from 'redis';
import type { EventBus } from '../EventBus.ts';
import { createRedisEventBus } from './createRedisEventBus.ts';
import { createRedisStore, type RedisClient, type RedisStore } from './createRedisStore.ts';
import type { RedisBackendEvent } from './RedisBackendEvent.ts';

export interface RedisBackendOptions {
  /** The Redis server, e.g. `redis://127.0.0.1:6379` or `rediss://user:pass@host:6380/2`. */
  url: string;
  /**
   * Put before every key and channel, so several apps (or several proxies for different banks)
   * can share one Redis. `webform-kit:` by default.
   */
  prefix?: string;
  /**
   * How long a store call waits for a lost connection to come back before it is refused with
   * `503 STORE_UNAVAILABLE`. 1000 by default.
   */
  waitForConnectionMs?: number;
  /** How long one Redis command may take. 2000 by default. */
  commandTimeoutMs?: number;
  /** Connection changes, for logs and health checks; see {@link RedisBackendEvent}. */
  onEvent?: (event: RedisBackendEvent) => void;
  /** The clock for the expiry of set members. `Date.now` by default. */
  now?: () => number;
}

/** What {@link createRedisBackend} returns: the two options of `createWebFormProxy`, and more. */
export interface RedisBackend {
  /** A `ProxyStore` with every method, atomic in Redis. */
  store: RedisStore;
  eventBus: EventBus;
  /** Resolves once both connections are up for the first time (the store works before, too). */
  ready(): Promise<void>;
  /** Drops every subscription and closes both connections. */
  close(): Promise<void>;
}

export const DEFAULT_REDIS_PREFIX = 'webform-kit:';
export const DEFAULT_WAIT_FOR_CONNECTION_MS = 1000;
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 2000;

/** Reconnection attempts back off from 50 ms to at most 2 s, so Redis's return is seen fast. */
const MAX_RECONNECT_DELAY_MS = 2000;

/**
 * The store and event bus for several proxy instances on one Redis: any instance serves any
 * request, a callback on one reaches the streams of all, `onOutcome` runs once across them and a
 * restart of every instance loses no flow. Two connections: one for commands and `PUBLISH`, a
 * duplicate for `SUBSCRIBE`. Both reconnect by themselves; while Redis is out of reach, store
 * calls are refused with `503 STORE_UNAVAILABLE` and `Retry-After` (never a crash), and service
 * is full again once it is back.
 *
 * @example
 * import { createWebFormProxy } from '@webform-kit/proxy';
 * import { createRedisBackend } from '@webform-kit/proxy/redis';
 *
 * const redis = createRedisBackend({ url: process.env.REDIS_URL! });
 * const proxy = createWebFormProxy({ ...options, store: redis.store, eventBus: redis.eventBus });
 * process.on('SIGTERM', () => { proxy.close(); void redis.close(); });
 */
export function createRedisBackend(options: RedisBackendOptions): RedisBackend {
  const url = checkUrl(options.url);
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  if (typeof prefix !== 'string')
    throw new TypeError('createRedisBackend: prefix must be a string');
  const waitForConnectionMs = positive(
    'waitForConnectionMs',
    options.waitForConnectionMs ?? DEFAULT_WAIT_FOR_CONNECTION_MS,
  );
  const commandTimeoutMs = positive(
    'commandTimeoutMs',
    options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  );
  const report = (event: RedisBackendEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A failing logger must not break the connection it reports on.
    }
  };

  const client: RedisClient = createClient({
    url,
    // Refused at once while reconnecting (after the short wait in the store) rather than queued
    // without bound: a request learns 503 in a second, not when its browser has given up.
    disableOfflineQueue: true,
    commandOptions: { timeout: commandTimeoutMs },
    socket: {
      connectTimeout: commandTimeoutMs,
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
  // Subscriptions are queued while offline: they are sent when the connection is back.
  const subscriber: RedisClient = client.duplicate({
    disableOfflineQueue: false,
    commandOptions: {},
  });
  watch(client, 'commands', report);
  watch(subscriber, 'subscriber', report);

  const connecting = Promise.all([connect(client), connect(subscriber)]).then(() => undefined);
  connecting.catch(() => undefined);

  const bus = createRedisEventBus(client, subscriber, { prefix, waitForConnectionMs });
  let closing: Promise<void> | undefined;
  return {
    store: createRedisStore(client, { prefix, waitForConnectionMs, now: options.now ?? Date.now }),
    eventBus: { publish: bus.publish, subscribe: bus.subscribe },
    ready: () => connecting,
    close() {
      closing ??= (async () => {
        await bus.unsubscribeAll();
        await Promise.all([shut(client), shut(subscriber)]);
      })();
      return closing;
    },
  };
}

/**
 * node-redis emits `error` for every failed attempt; unheard, Node would throw it and end the
 * process. Each change of state is reported once.
 */
function watch(
  client: RedisClient,
  connection: 'commands' | 'subscriber',
  report: (event: RedisBackendEvent) => void,
) {
  let state: 'ready' | 'error' | undefined;
  client.on('error', (error: unknown) => {
    if (state === 'error') return;
    state = 'error';
    report({ type: 'redis-connection', connection, state: 'error', error });
  });
  client.on('ready', () => {
    if (state === 'ready') return;
    state = 'ready';
    report({ type: 'redis-connection', connection, state: 'ready' });
  });
}

/** Starts connecting; resolves when the first connection is up, however many tries it takes. */
async function connect(client: RedisClient): Promise<void> {
  const ready = whenUp(client);
  // Rejects if the first try fails and the client then keeps trying on its own; `ready` waits.
  await client.connect().catch(() => undefined);
  await ready;
}

function whenUp(client: RedisClient): Promise<void> {
  return client.isReady
    ? Promise.resolve()
    : new Promise((resolve) => client.once('ready', () => resolve()));
}

async function shut(client: RedisClient): Promise<void> {
  if (client.isReady) {
    await client.close().catch(() => client.destroy());
  } else if (client.isOpen) {
    client.destroy();
  }
}

function checkUrl(url: unknown): string {
  if (typeof url !== 'string' || !/^rediss?:\/\//.test(url)) {
    throw new TypeError(
      'createRedisBackend: url must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    );
  }
  try {
    new URL(url);
  } catch {
    throw new TypeError(`createRedisBackend: url is not a valid URL: ${url}`);
  }
  return url;
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`createRedisBackend: ${name} must be a positive number of milliseconds`);
  }
  return value;
}
