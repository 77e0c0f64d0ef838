import { createNonce, mergeTask, mergeWebForm } from '@webform-kit/core';
import type { ProxyClient, Task, WebForm, WebFormKind } from '@webform-kit/core';
import type { QueryClient } from '@tanstack/react-query';
import { checkReturnConfig } from './buildWebFormUrl.ts';
import type { ReturnConfig } from './buildWebFormUrl.ts';
import { saveFlowRecord } from './flowStorage.ts';
import type { FlowRecord } from './flowStorage.ts';
import type { FlowKind, FlowRequest, OpenIn } from './flowTypes.ts';
import { statusQueryKey } from './snapshotModel.ts';
import type { WebFormKitEventInput } from './webFormKitEvent.ts';

export interface CreateFlowArgs extends ReturnConfig {
  queryClient: QueryClient;
  client: ProxyClient;
  kind: FlowKind;
  request: FlowRequest<FlowKind>;
  storageKey: string;
  maxAgeMs: number;
  openIn: OpenIn;
  emit: (event: WebFormKitEventInput) => void;
}

// Creations in flight, per QueryClient and storage key. A second mount that starts while the
// first one's POST is on its way (StrictMode, a remount during a route change) joins it instead
// of creating a second web form.
const inflight = new WeakMap<QueryClient, Map<string, Promise<FlowRecord>>>();

async function run(args: CreateFlowArgs): Promise<FlowRecord> {
  const { queryClient, client, kind, storageKey, maxAgeMs, openIn, emit } = args;
  const state = createNonce();
  // A refused returnTo is the integrator's to fix; finding out before creating anything keeps
  // finAPI free of web forms nobody can use.
  checkReturnConfig(args, state);

  let record: FlowRecord;
  const base = { v: 1, state, startedAt: Date.now(), openIn, opened: false } as const;
  if (kind === 'background-update') {
    const task = await client.createBackgroundUpdate(
      args.request as FlowRequest<'background-update'>,
    );
    queryClient.setQueryData<Task>(statusQueryKey('task', task.id), (older) =>
      mergeTask(older, task),
    );
    record = { ...base, id: task.id, resource: 'task', kind };
  } else {
    const webForm = await client.createWebForm(kind, args.request as FlowRequest<WebFormKind>);
    queryClient.setQueryData<WebForm>(statusQueryKey('web-form', webForm.id), (older) =>
      mergeWebForm(older, webForm),
    );
    record = { ...base, id: webForm.id, resource: 'web-form', kind };
  }
  saveFlowRecord(storageKey, record, { crossTab: true, maxAgeMs });
  emit({ type: 'created', resource: record.resource, id: record.id, kind });
  return record;
}

/**
 * Creates the flow's web form or task through the proxy, seeds the status cache with the answer
 * and stores the record that lets the flow resume. Joins a creation already in flight for the
 * same storage key.
 */
export function createFlow(args: CreateFlowArgs): Promise<FlowRecord> {
  let byKey = inflight.get(args.queryClient);
  if (byKey === undefined) {
    byKey = new Map();
    inflight.set(args.queryClient, byKey);
  }
  const pending = byKey.get(args.storageKey);
  if (pending !== undefined) return pending;
  const map = byKey;
  const created = run(args).finally(() => {
    if (map.get(args.storageKey) === created) map.delete(args.storageKey);
  });
  map.set(args.storageKey, created);
  return created;
}

/** Lets the next {@link createFlow} start afresh (after cancel or restart). */
export function forgetCreation(queryClient: QueryClient, storageKey: string): void {
  inflight.get(queryClient)?.delete(storageKey);
}
