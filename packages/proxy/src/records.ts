import type { ProxyStore } from './ProxyStore.ts';
import type { ResourceType } from './resources.ts';

/** Ownership and callback records live a day: far beyond a web form's 20 minutes. */
export const RECORD_TTL_MS = 24 * 60 * 60 * 1000;

/** Where a callback handle points. `id` is unset while finAPI has not yet answered the creation. */
export interface CallbackRecord {
  type: ResourceType;
  sessionId: string;
  id?: string | undefined;
  /** The id a callback named before the creation's answer arrived. */
  pendingId?: string | undefined;
}

function parse(value: string | undefined): Record<string, unknown> | undefined {
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

const ownerKey = (type: ResourceType, id: string) => `owner:${type}:${id}`;
const callbackKey = (handle: string) => `callback:${handle}`;

/** The session that owns a web form or task, if any. */
export async function ownerOf(
  store: ProxyStore,
  type: ResourceType,
  id: string,
): Promise<string | undefined> {
  const record = parse(await store.get(ownerKey(type, id)));
  return typeof record?.sessionId === 'string' ? record.sessionId : undefined;
}

export async function setOwner(
  store: ProxyStore,
  type: ResourceType,
  id: string,
  sessionId: string,
): Promise<void> {
  await store.set(ownerKey(type, id), JSON.stringify({ sessionId }), RECORD_TTL_MS);
}

/** Gives a session a resource nobody owns yet (a task's web form); never takes one away. */
export async function grantIfUnowned(
  store: ProxyStore,
  type: ResourceType,
  id: string,
  sessionId: string,
): Promise<void> {
  if ((await ownerOf(store, type, id)) === undefined) await setOwner(store, type, id, sessionId);
}

export async function deleteOwner(
  store: ProxyStore,
  type: ResourceType,
  id: string,
): Promise<void> {
  await store.delete(ownerKey(type, id));
}

export async function readCallbackRecord(
  store: ProxyStore,
  handle: string,
): Promise<CallbackRecord | undefined> {
  const record = parse(await store.get(callbackKey(handle)));
  if (record === undefined) return undefined;
  const { type, sessionId, id, pendingId } = record;
  if ((type !== 'webform' && type !== 'task') || typeof sessionId !== 'string') return undefined;
  return {
    type,
    sessionId,
    id: typeof id === 'string' ? id : undefined,
    pendingId: typeof pendingId === 'string' ? pendingId : undefined,
  };
}

export async function writeCallbackRecord(
  store: ProxyStore,
  handle: string,
  record: CallbackRecord,
): Promise<void> {
  await store.set(callbackKey(handle), JSON.stringify(record), RECORD_TTL_MS);
}

export async function deleteCallbackRecord(store: ProxyStore, handle: string): Promise<void> {
  await store.delete(callbackKey(handle));
}
