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

/**
 * An in-memory {@link ProxyStore}. Expired entries are dropped when read, and swept at most once
 * a minute on writes, so memory follows the number of live flows without a timer.
 *
 * @example
 * const store = createMemoryStore();
 * store.set('owner:webform:abc', '{"sessionId":"..."}', 60_000);
 */
export function createMemoryStore(now: () => number = Date.now): ProxyStore {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  let lastSweep = now();
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
      entries.set(key, { value, expiresAt: at + ttlMs });
      if (at - lastSweep >= 60_000) {
        lastSweep = at;
        for (const [k, entry] of entries) if (entry.expiresAt <= at) entries.delete(k);
      }
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
