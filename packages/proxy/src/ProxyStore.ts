import { WebFormProxyError } from './WebFormProxyError.ts';

/**
 * Where the proxy keeps which session owns which web form or task, and where each callback
 * handle points. Values are short JSON strings; every entry expires after `ttlMs`.
 *
 * {@link createMemoryStore} serves one process. Several instances must share it (Redis
 * `SET key value PX ttlMs` / `GET` / `DEL`), because a callback or a browser's next request may
 * reach another instance than the one that created the web form.
 */
export interface ProxyStore {
  get(key: string): Promise<string | undefined> | string | undefined;
  set(key: string, value: string, ttlMs: number): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

export interface MemoryStoreOptions {
  /** The clock. `Date.now` by default. */
  now?: () => number;
  /** Entries at most (about two per web form or task). 100000 by default. */
  maxEntries?: number;
}

/** About 50000 flows in a day, some 40 MB: far above one process's honest load. */
export const DEFAULT_MAX_STORE_ENTRIES = 100_000;

/**
 * An in-memory {@link ProxyStore}. Expired entries are dropped when read, and swept at most once
 * a minute on writes, so memory follows the number of live flows without a timer. It holds at
 * most `maxEntries`: a new key past that (after sweeping what expired) is refused with
 * `503 STORE_FULL` and `Retry-After`, before finAPI is asked to create anything, rather than
 * growing until the process runs out of memory and loses every flow.
 *
 * @example
 * const store = createMemoryStore({ maxEntries: 200_000 });
 * store.set('owner:webform:abc', '{"sessionId":"..."}', 60_000);
 */
export function createMemoryStore(
  nowOrOptions: (() => number) | MemoryStoreOptions = {},
): ProxyStore {
  const options = typeof nowOrOptions === 'function' ? { now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_STORE_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError('createMemoryStore: maxEntries must be a whole number, at least 1');
  }
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let lastSweep = now();
  const sweep = (at: number) => {
    lastSweep = at;
    for (const [k, entry] of entries) if (entry.expiresAt <= at) entries.delete(k);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, ttlMs) {
      const at = now();
      if (at - lastSweep >= 60_000) sweep(at);
      if (entries.size >= maxEntries && !entries.has(key)) {
        // A full store sweeps at most once a second, so refusals stay cheap.
        if (at - lastSweep >= 1000) sweep(at);
        if (entries.size >= maxEntries) throw storeFull();
      }
      entries.set(key, { value, expiresAt: at + ttlMs });
    },
    delete(key) {
      entries.delete(key);
    },
  };
}

function storeFull(): WebFormProxyError {
  return new WebFormProxyError(
    503,
    'STORE_FULL',
    'The proxy is holding as many flows as it can; try again later',
    { 'retry-after': '60' },
  );
}
