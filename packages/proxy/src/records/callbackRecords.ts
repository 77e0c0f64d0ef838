import type { ResourceName } from '@webform-kit/core';
import type { ProxyStore } from '../ProxyStore.ts';
import { readRecord, writeRecord } from './storedRecord.ts';

/** Where a callback handle points. `id` is unset while finAPI has not yet answered the creation. */
export interface CallbackRecord {
  name: ResourceName;
  sessionId: string;
  id?: string | undefined;
  /** The id a callback named before the creation's answer arrived. */
  pendingId?: string | undefined;
}

const callbackKey = (handle: string) => `callback:${handle}`;

/** The record a callback handle points to, if it is one the proxy handed out and still keeps. */
export async function readCallbackRecord(
  store: ProxyStore,
  handle: string,
): Promise<CallbackRecord | undefined> {
  const record = await readRecord(store, callbackKey(handle));
  if (record === undefined) return undefined;
  const { name, sessionId, id, pendingId } = record;
  if ((name !== 'web-form' && name !== 'task') || typeof sessionId !== 'string') return undefined;
  return {
    name,
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
  await writeRecord(store, callbackKey(handle), record);
}

export async function deleteCallbackRecord(store: ProxyStore, handle: string): Promise<void> {
  await store.delete(callbackKey(handle));
}
