import type { ResourceName } from '@webform-kit/core';
import type { ProxyStore } from '../ProxyStore.ts';
import { readRecord, writeRecord } from './storedRecord.ts';

/** Which web form or task a reference of the app's (an order id) points at, per kind. */
export interface ReferenceRecord {
  name: ResourceName;
  id: string;
}

/** The store key of a `(kind, reference)`, also the name of its lock. */
export const referenceKey = (kind: string, reference: string) => `reference:${kind}:${reference}`;

/** The flow a `(kind, reference)` points at, if the proxy still remembers it. */
export async function readReferenceRecord(
  store: ProxyStore,
  kind: string,
  reference: string,
): Promise<ReferenceRecord | undefined> {
  const record = await readRecord(store, referenceKey(kind, reference));
  if (record === undefined) return undefined;
  const { name, id } = record;
  if ((name !== 'web-form' && name !== 'task') || typeof id !== 'string') return undefined;
  return { name, id };
}

/** Points a `(kind, reference)` at a flow for `ttlMs` (`referenceTtlMs`). */
export async function writeReferenceRecord(
  store: ProxyStore,
  kind: string,
  reference: string,
  record: ReferenceRecord,
  ttlMs: number,
): Promise<void> {
  await writeRecord(store, referenceKey(kind, reference), record, ttlMs);
}
