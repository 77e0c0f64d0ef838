import type { ResourceName } from '@webform-kit/core';
import type { ProxyStore } from '../ProxyStore.ts';
import { readRecord, RECORD_TTL_MS, writeRecord } from './storedRecord.ts';

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

const heardKey = (name: ResourceName, id: string) => `callback-heard:${name}:${id}`;

/**
 * Records that a verified callback about a web form or task arrived (on any instance), so that a
 * poll finding the change it announced can tell an announced change from a lost callback.
 */
export async function markCallbackHeard(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<void> {
  await store.set(heardKey(name, id), '1', RECORD_TTL_MS);
}

/** Whether a verified callback about the web form or task has arrived. */
export async function wasCallbackHeard(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<boolean> {
  return (await store.get(heardKey(name, id))) !== undefined;
}
