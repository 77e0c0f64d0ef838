import type { QueryClient } from '@tanstack/query-core';
import { createNonce } from '../createNonce.ts';
import type { ProxyClient } from '../createProxyClient.ts';
import { taskResource } from '../resources/taskResource.ts';
import { webFormResource } from '../resources/webFormResource.ts';
import type { WebFormKind } from '../webFormKind.ts';
import { checkReturnConfig } from './buildWebFormUrl.ts';
import type { ReturnConfig } from './buildWebFormUrl.ts';
import type { FlowRecord } from './FlowRecord.ts';
import type { FlowKind, FlowRequest, OpenIn } from './flowTypes.ts';
import { statusQueryKey } from './statusQuery.ts';

export interface CreateFlowArgs extends ReturnConfig {
  queryClient: QueryClient;
  client: ProxyClient;
  kind: FlowKind;
  request: FlowRequest<FlowKind>;
  storageKey: string;
  openIn: OpenIn;
  /** The app's page, whose origin return URLs may point at by default. */
  pageHref: string;
  now: () => number;
}

/** A created flow; `fresh` for the caller that started the creation, not for those who joined it. */
export interface CreatedFlow {
  record: FlowRecord;
  fresh: boolean;
}

// Creations in flight, per QueryClient and storage key. A second engine that starts while the
// first one's POST is on its way (StrictMode, a remount during a route change) joins it instead
// of creating a second web form.
const inflight = new WeakMap<QueryClient, Map<string, Promise<FlowRecord>>>();

async function run(args: CreateFlowArgs): Promise<FlowRecord> {
  const { queryClient, client, kind, openIn } = args;
  const state = createNonce();
  // A refused returnTo is the integrator's to fix; finding out before creating anything keeps
  // finAPI free of web forms nobody can use.
  checkReturnConfig(args, state, args.pageHref);

  const base = { v: 1, state, startedAt: args.now(), openIn, opened: false } as const;
  if (kind === 'background-update') {
    const task = await client.createBackgroundUpdate(
      args.request as FlowRequest<'background-update'>,
    );
    queryClient.setQueryData(statusQueryKey('task', task.id), (older: typeof task | undefined) =>
      taskResource.merge(older, task),
    );
    return { ...base, id: task.id, resource: 'task', kind };
  }
  const webForm = await client.createWebForm(kind, args.request as FlowRequest<WebFormKind>);
  queryClient.setQueryData(
    statusQueryKey('web-form', webForm.id),
    (older: typeof webForm | undefined) => webFormResource.merge(older, webForm),
  );
  return { ...base, id: webForm.id, resource: 'web-form', kind };
}

/**
 * Creates the flow's web form or task through the proxy and seeds the status cache with the
 * answer. Joins a creation already in flight for the same storage key.
 */
export function createFlow(args: CreateFlowArgs): Promise<CreatedFlow> {
  let byKey = inflight.get(args.queryClient);
  if (byKey === undefined) {
    byKey = new Map();
    inflight.set(args.queryClient, byKey);
  }
  const pending = byKey.get(args.storageKey);
  if (pending !== undefined) return pending.then((record) => ({ record, fresh: false }));
  const map = byKey;
  const created = run(args).finally(() => {
    if (map.get(args.storageKey) === created) map.delete(args.storageKey);
  });
  map.set(args.storageKey, created);
  return created.then((record) => ({ record, fresh: true }));
}

/** Lets the next {@link createFlow} start afresh (after cancel or restart). */
export function forgetCreation(queryClient: QueryClient, storageKey: string): void {
  inflight.get(queryClient)?.delete(storageKey);
}
