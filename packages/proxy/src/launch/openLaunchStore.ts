import type { EventBus } from '../EventBus.ts';
import type { ProxyStore } from '../ProxyStore.ts';
import type * as RedisEntry from '../redis/index.ts';
import type { RedisBackendEvent } from '../redis/RedisBackendEvent.ts';

/** Where a launched proxy keeps its flows: in memory, or on the Redis of `REDIS_URL`. */
export interface LaunchStore {
  /** For `createWebFormProxy`; both undefined in memory. */
  store: ProxyStore | undefined;
  eventBus: EventBus | undefined;
  /** For the start lines, e.g. `Redis at redis://:***@10.0.0.5:6379` (never a password). */
  description: string;
  notes: string[];
  close(): Promise<void>;
}

/** How long the launcher waits for Redis before it starts anyway (and answers 503 meanwhile). */
const FIRST_CONNECTION_WAIT_MS = 3000;

/**
 * The store and event bus for `REDIS_URL`, or the in-memory ones without it. The Redis backend is
 * loaded only then, so a launch without Redis needs no `redis` package. An unreachable Redis
 * does not stop the start: the proxy answers `503 STORE_UNAVAILABLE` until it is reachable,
 * and a note says so.
 *
 * @example
 * const launchStore = await openLaunchStore(launch.redisUrl);
 * const server = await startProxyServer({ ...options, store: launchStore.store, eventBus: launchStore.eventBus });
 */
export async function openLaunchStore(
  redisUrl: string | undefined,
  onEvent?: (event: RedisBackendEvent) => void,
): Promise<LaunchStore> {
  if (redisUrl === undefined) {
    return {
      store: undefined,
      eventBus: undefined,
      description: 'memory (this process only)',
      notes: [],
      close: async () => {},
    };
  }
  let redis: typeof RedisEntry;
  try {
    redis = await import('../redis/index.ts');
  } catch (cause) {
    throw new Error(
      'REDIS_URL is set but the redis package (node-redis) is not installed; install it: npm install redis',
      { cause },
    );
  }
  const backend = redis.createRedisBackend({ url: redisUrl, ...(onEvent ? { onEvent } : {}) });
  const description = `Redis at ${withoutPassword(redisUrl)}`;
  const notes: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const connected = await Promise.race([
    backend.ready().then(() => true),
    new Promise<false>(
      (resolve) => (timer = setTimeout(() => resolve(false), FIRST_CONNECTION_WAIT_MS)),
    ),
  ]);
  clearTimeout(timer);
  if (!connected) {
    notes.push(
      `${description} is not reachable yet: requests get 503 STORE_UNAVAILABLE until it is`,
    );
  }
  return {
    store: backend.store,
    eventBus: backend.eventBus,
    description,
    notes,
    close: () => backend.close(),
  };
}

function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password !== '') parsed.password = '***';
  return parsed.toString().replace(/\/$/, '');
}
