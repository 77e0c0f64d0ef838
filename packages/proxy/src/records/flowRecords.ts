import { FlowSummarySchema, type FlowSummary, type ResourceName } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import type { ProxyStore } from '../ProxyStore.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { readRecord, writeRecord } from './storedRecord.ts';

/** What the proxy keeps of each web form or task it created: what it is for, and how it ended. */
export interface FlowRecord {
  name: ResourceName;
  id: string;
  /** The proxy's kebab-case kind: `standalone-payment`, `background-update`. */
  kind: string;
  /** The session that created it. */
  sessionId: string;
  /** The app's key for what the flow is for (an order id), from `prepare`. */
  reference?: string | undefined;
  /** What the screens may show, from `prepare`. */
  summary?: FlowSummary | undefined;
  /** Whether finAPI was given callbacks for it. */
  callbacks: boolean;
  /** Until when it is watched, in ms since the epoch: its expiry plus a grace period. */
  watchUntil: number;
  /** Its final snapshot, once the proxy has seen one. */
  final?: Snapshot | undefined;
}

const flowKey = (name: ResourceName, id: string) => `flow:${name}:${id}`;

/**
 * The flow record of a web form or task the proxy created, if it keeps one. What the store holds
 * is checked like anything from outside: a field that does not pass reads as absent, a record
 * without its required fields as no record.
 */
export async function readFlowRecord(
  store: ProxyStore,
  resource: ProxyResource,
  id: string,
): Promise<FlowRecord | undefined> {
  const record = await readRecord(store, flowKey(resource.name, id));
  if (record === undefined) return undefined;
  const { kind, sessionId, reference, summary, callbacks, watchUntil, final } = record;
  if (typeof kind !== 'string' || typeof sessionId !== 'string' || typeof watchUntil !== 'number') {
    return undefined;
  }
  const parsedSummary = summary === undefined ? undefined : FlowSummarySchema.safeParse(summary);
  const parsedFinal = final === undefined ? undefined : resource.schema.safeParse(final);
  return {
    name: resource.name,
    id,
    kind,
    sessionId,
    reference: typeof reference === 'string' ? reference : undefined,
    summary: parsedSummary?.success ? parsedSummary.data : undefined,
    callbacks: callbacks === true,
    watchUntil,
    final:
      parsedFinal?.success && parsedFinal.data.id === id && resource.isFinal(parsedFinal.data)
        ? parsedFinal.data
        : undefined,
  };
}

/** Keeps a flow record for `ttlMs`. */
export async function writeFlowRecord(
  store: ProxyStore,
  record: FlowRecord,
  ttlMs: number,
): Promise<void> {
  const { name, id, ...fields } = record;
  await writeRecord(store, flowKey(name, id), fields, ttlMs);
}
