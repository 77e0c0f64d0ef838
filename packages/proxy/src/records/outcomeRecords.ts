import type { ResourceName } from '@webform-kit/core';
import type { ProxyStore } from '../ProxyStore.ts';
import { readRecord, writeRecord } from './storedRecord.ts';

/*
 * The store's part in delivering each outcome once: a delivered marker (never delivered again),
 * a lease (the instance delivering it now, so two instances seeing the same final snapshot call
 * the hook once) and the retry state (so a restarted process carries on the backoff).
 */

export const deliveredKey = (name: ResourceName, id: string) => `outcome-delivered:${name}:${id}`;
export const deliveryLeaseKey = (name: ResourceName, id: string) => `outcome-lease:${name}:${id}`;
const retryKey = (name: ResourceName, id: string) => `outcome-retry:${name}:${id}`;

/** How far the retries of a failing `onOutcome` have come. */
export interface RetryState {
  /** Tries made so far. */
  attempts: number;
  /** When the first try was made (ms since the epoch). */
  firstAt: number;
  /** When the next try is due. */
  nextAt: number;
}

export async function wasDelivered(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<boolean> {
  return (await store.get(deliveredKey(name, id))) !== undefined;
}

/** Records that the outcome was delivered (or given up on), so it is never delivered again. */
export async function markDelivered(
  store: ProxyStore,
  name: ResourceName,
  id: string,
  record: { at: number; gaveUp: boolean },
  ttlMs: number,
): Promise<void> {
  await writeRecord(store, deliveredKey(name, id), record, ttlMs);
}

export async function readRetryState(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<RetryState | undefined> {
  const record = await readRecord(store, retryKey(name, id));
  if (record === undefined) return undefined;
  const { attempts, firstAt, nextAt } = record;
  if (typeof attempts !== 'number' || typeof firstAt !== 'number' || typeof nextAt !== 'number') {
    return undefined;
  }
  return { attempts, firstAt, nextAt };
}

export async function writeRetryState(
  store: ProxyStore,
  name: ResourceName,
  id: string,
  state: RetryState,
  ttlMs: number,
): Promise<void> {
  await writeRecord(store, retryKey(name, id), state, ttlMs);
}

export async function deleteRetryState(
  store: ProxyStore,
  name: ResourceName,
  id: string,
): Promise<void> {
  await store.delete(retryKey(name, id));
}
