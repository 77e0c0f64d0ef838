import { WebFormProxyError } from './WebFormProxyError.ts';

/**
 * Where the proxy keeps what outlives one request: which session owns which web form or task,
 * where each callback handle points, what each created flow is for (its reference and summary),
 * which flows are still watched, and which outcomes were delivered. Values are short JSON
 * strings; every entry expires.
 *
 * {@link createMemoryStore} serves one process. Several instances must share one store, because
 * a callback or a browser's next request may reach another instance than the one that created the
 * web form, and a restarted process must find the flows it was watching. Each method names the
 * Redis command that implements it atomically across instances.
 *
 * The first three methods are required. The others are optional: without them the proxy makes
 * the same steps out of `get`, `set` and `delete`, atomically within its own process only, which
 * is right for a single instance and wrong for several (two instances could then both create a
 * web form for one reference, or both deliver one outcome).
 */
export interface ProxyStore {
  /** The value under `key`, if it has not expired. Redis: `GET key`. */
  get(key: string): Promise<string | undefined> | string | undefined;
  /** Keeps `value` under `key` for `ttlMs`. Redis: `SET key value PX ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void> | void;
  /** Redis: `DEL key`. */
  delete(key: string): Promise<void> | void;
  /**
   * Keeps `value` under `key` for `ttlMs` only if `key` holds nothing, and answers whether it did:
   * the one atomic step behind the lock of a reference, the claim of an outcome delivery and the
   * lease of a poll. Redis: `SET key value NX PX ttlMs` (answers `OK`, or nil when the key exists).
   */
  setIfAbsent?(key: string, value: string, ttlMs: number): Promise<boolean> | boolean;
  /**
   * Deletes `key` only if it still holds `value`, and answers whether it did: an instance releases
   * its own lock or lease, never one another instance took after it expired. Redis: `EVAL "if
   * redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0" 1
   * key value`.
   */
  deleteIfValue?(key: string, value: string): Promise<boolean> | boolean;
  /**
   * Keeps `key` for another `ttlMs` only if it still holds `value`, and answers whether it did:
   * the holder of a lease renews it, and one that lapsed and was taken by another instance stays
   * that instance's. Redis: `EVAL "if redis.call('GET', KEYS[1]) == ARGV[1] then return
   * redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0" 1 key value ttlMs`.
   */
  renewIfValue?(key: string, value: string, ttlMs: number): Promise<boolean> | boolean;
  /**
   * Adds `member` to the set under `key`, or moves its expiry, until `expiresAt` (ms since the
   * epoch): the index of the flows still watched. Redis: `ZADD key expiresAt member`.
   */
  addMember?(key: string, member: string, expiresAt: number): Promise<void> | void;
  /** Removes `member` from the set under `key`. Redis: `ZREM key member`. */
  removeMember?(key: string, member: string): Promise<void> | void;
  /**
   * The members of the set under `key` whose expiry has not passed, dropping the others, so the
   * set never grows without bound. Redis: `ZREMRANGEBYSCORE key -inf <now>`, then
   * `ZRANGE key 0 -1`.
   */
  members?(key: string): Promise<string[]> | string[];
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
/**
 * An in-memory {@link ProxyStore}, with every optional method (atomic, since it runs in one
 * process). Expired entries are dropped when read, and swept at most once a minute on writes, so
 * memory follows the number of live flows without a timer. It holds at most `maxEntries`: a new
 * key past that (after sweeping what expired) is refused with `503 STORE_FULL` and `Retry-After`,
 * before finAPI is asked to create anything, rather than growing until the process runs out of
 * memory and loses every flow.
 *
 * @example
 * const store = createMemoryStore({ maxEntries: 200_000 });
 * store.set('owner:webform:abc', '{"sessionId":"..."}', 60_000);
 * store.setIfAbsent('lock:order-1042', 'me', 30_000); // true, then false until it expires
 */
export function createMemoryStore(
  nowOrOptions: (() => number) | MemoryStoreOptions = {},
): Required<ProxyStore> {
  const options = typeof nowOrOptions === 'function' ? { now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_STORE_ENTRIES;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new TypeError('createMemoryStore: maxEntries must be a whole number, at least 1');
  }
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const sets = new Map<string, Map<string, number>>();
  let lastSweep = now();
  const sweep = (at: number) => {
    lastSweep = at;
    for (const [k, entry] of entries) if (entry.expiresAt <= at) entries.delete(k);
  };

  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const put = (key: string, value: string, ttlMs: number) => {
    const at = now();
    if (at - lastSweep >= 60_000) sweep(at);
    if (entries.size >= maxEntries && !entries.has(key)) {
      // A full store sweeps at most once a second, so refusals stay cheap.
      if (at - lastSweep >= 1000) sweep(at);
      if (entries.size >= maxEntries) throw storeFull();
    }
    entries.set(key, { value, expiresAt: at + ttlMs });
  };

  return {
    get: (key) => live(key)?.value,
    set: put,
    delete(key) {
      entries.delete(key);
    },
    setIfAbsent(key, value, ttlMs) {
      if (live(key) !== undefined) return false;
      put(key, value, ttlMs);
      return true;
    },
    deleteIfValue(key, value) {
      if (live(key)?.value !== value) return false;
      entries.delete(key);
      return true;
    },
    renewIfValue(key, value, ttlMs) {
      const entry = live(key);
      if (entry?.value !== value) return false;
      entry.expiresAt = now() + ttlMs;
      return true;
    },
    addMember(key, member, expiresAt) {
      let set = sets.get(key);
      if (set === undefined) sets.set(key, (set = new Map()));
      set.set(member, expiresAt);
    },
    removeMember(key, member) {
      sets.get(key)?.delete(member);
    },
    members(key) {
      const set = sets.get(key);
      if (set === undefined) return [];
      const at = now();
      for (const [member, expiresAt] of set) if (expiresAt <= at) set.delete(member);
      return [...set.keys()];
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
