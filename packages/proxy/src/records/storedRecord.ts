import type { ProxyStore } from '../ProxyStore.ts';

/** Ownership and callback records live a day: far beyond a web form's 20 minutes. */
export const RECORD_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A JSON object kept in the store, or `undefined` when there is none. A store may be shared
 * across a network (Redis), so what it holds is not trusted to be an object: anything else reads
 * as no record, and each reader checks the fields it uses.
 */
export async function readRecord(
  store: ProxyStore,
  key: string,
): Promise<Record<string, unknown> | undefined> {
  const value = await store.get(key);
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object'
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps `record` under `key` for `ttlMs` ({@link RECORD_TTL_MS} by default). */
export async function writeRecord(
  store: ProxyStore,
  key: string,
  record: object,
  ttlMs: number = RECORD_TTL_MS,
): Promise<void> {
  await store.set(key, JSON.stringify(record), ttlMs);
}
