import type { ProxyStore } from '../ProxyStore.ts';

/** A store with every method, as the proxy uses it; see {@link completeStore}. */
export interface CompleteStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  deleteIfValue(key: string, value: string): Promise<boolean>;
  renewIfValue(key: string, value: string, ttlMs: number): Promise<boolean>;
  addMember(key: string, member: string, expiresAt: number): Promise<void>;
  removeMember(key: string, member: string): Promise<void>;
  members(key: string): Promise<string[]>;
}

/** A set kept as one JSON value, for stores without the set methods. */
type StoredSet = Record<string, number>;

/**
 * The app's {@link ProxyStore} with every method, all answering promises. Optional methods the
 * store has are used as they are (atomic in the store, across instances). For those it lacks,
 * the documented single-process fallback: the same step made of `get`, `set` and `delete`, with
 * the steps on one key run one after the other within this process, so it is atomic here (one
 * instance) and not across instances. A set without `addMember` is one JSON value under its key.
 *
 * @example
 * const store = completeStore({ get, set, delete: del }); // a plain key-value store
 * await store.setIfAbsent('lock:x', 'me', 30_000); // true once, false until released
 */
export function completeStore(store: ProxyStore, now: () => number = Date.now): CompleteStore {
  // The tail of the work queued on each key; a key's steps run in the order they were asked.
  const queues = new Map<string, Promise<unknown>>();
  const serially = <T>(key: string, step: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const result = previous.then(step, step);
    const tail = result.catch(() => undefined);
    queues.set(key, tail);
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return result;
  };

  const get = async (key: string) => (await store.get(key)) ?? undefined;
  const set = async (key: string, value: string, ttlMs: number) => {
    await store.set(key, value, ttlMs);
  };
  const del = async (key: string) => {
    await store.delete(key);
  };
  const readSet = async (key: string): Promise<StoredSet> => {
    const raw = await get(key);
    if (raw === undefined) return {};
    try {
      const parsed: unknown = JSON.parse(raw);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
      const set: StoredSet = {};
      for (const [member, expiresAt] of Object.entries(parsed)) {
        if (typeof expiresAt === 'number') set[member] = expiresAt;
      }
      return set;
    } catch {
      return {};
    }
  };
  const writeSet = async (key: string, members: StoredSet) => {
    const at = now();
    const live = Object.entries(members).filter(([, expiresAt]) => expiresAt > at);
    if (live.length === 0) return del(key);
    const last = Math.max(...live.map(([, expiresAt]) => expiresAt));
    return set(key, JSON.stringify(Object.fromEntries(live)), last - at);
  };

  return {
    get,
    set,
    delete: del,
    setIfAbsent: store.setIfAbsent
      ? async (key, value, ttlMs) => Boolean(await store.setIfAbsent?.(key, value, ttlMs))
      : (key, value, ttlMs) =>
          serially(key, async () => {
            if ((await get(key)) !== undefined) return false;
            await set(key, value, ttlMs);
            return true;
          }),
    deleteIfValue: store.deleteIfValue
      ? async (key, value) => Boolean(await store.deleteIfValue?.(key, value))
      : (key, value) =>
          serially(key, async () => {
            if ((await get(key)) !== value) return false;
            await del(key);
            return true;
          }),
    renewIfValue: store.renewIfValue
      ? async (key, value, ttlMs) => Boolean(await store.renewIfValue?.(key, value, ttlMs))
      : (key, value, ttlMs) =>
          serially(key, async () => {
            if ((await get(key)) !== value) return false;
            await set(key, value, ttlMs);
            return true;
          }),
    addMember: store.addMember
      ? async (key, member, expiresAt) => {
          await store.addMember?.(key, member, expiresAt);
        }
      : (key, member, expiresAt) =>
          serially(key, async () => {
            const members = await readSet(key);
            members[member] = expiresAt;
            await writeSet(key, members);
          }),
    removeMember: store.removeMember
      ? async (key, member) => {
          await store.removeMember?.(key, member);
        }
      : (key, member) =>
          serially(key, async () => {
            const members = await readSet(key);
            if (!Object.hasOwn(members, member)) return;
            await writeSet(
              key,
              Object.fromEntries(Object.entries(members).filter(([name]) => name !== member)),
            );
          }),
    members: store.members
      ? async (key) => [...((await store.members?.(key)) ?? [])]
      : (key) =>
          serially(key, async () => {
            const at = now();
            return Object.entries(await readSet(key))
              .filter(([, expiresAt]) => expiresAt > at)
              .map(([member]) => member);
          }),
  };
}
