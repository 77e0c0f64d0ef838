import type { QueryClient } from '@tanstack/query-core';
import { createNonce } from '../createNonce.ts';
import { taskResource } from '../resources/taskResource.ts';
import { webFormResource } from '../resources/webFormResource.ts';
import type { WebFormKind } from '../webFormKind.ts';
import { checkReturnConfig } from './buildWebFormUrl.ts';
import type { FlowRecord } from './FlowRecord.ts';
import type { Task } from '../schemas/task.ts';
import type { WebForm } from '../schemas/webForm.ts';
import type { FlowKit } from './FlowKit.ts';
import type { FlowRequest } from './flowTypes.ts';
import type { WebFormFlowOptions } from './WebFormFlowResult.ts';
import { statusQueryKey } from './statusQuery.ts';

/** A created flow; `fresh` for the caller that started the creation, not for those who joined it. */
export interface CreatedFlow {
  record: FlowRecord;
  fresh: boolean;
}

// Creations in flight, per QueryClient and storage key. A second engine that starts while the
// first one's POST is on its way (StrictMode, a remount during a route change) joins it instead
// of creating a second web form.
const inflight = new WeakMap<QueryClient, Map<string, Promise<FlowRecord>>>();

async function run(
  { client, queryClient, env }: FlowKit,
  options: WebFormFlowOptions,
): Promise<FlowRecord> {
  const { kind, request } = options;
  const state = createNonce();
  // A refused returnTo is the integrator's to fix; finding out before creating anything keeps
  // finAPI free of web forms nobody can use.
  checkReturnConfig(options, state, env.href());
  const base = {
    v: 1,
    state,
    startedAt: env.now(),
    openIn: options.openIn ?? 'same-tab',
    opened: false,
  } as const;
  if (kind === 'background-update') {
    const task = await client.createBackgroundUpdate(request as FlowRequest<typeof kind>);
    queryClient.setQueryData(statusQueryKey('task', task.id), (older?: Task) =>
      taskResource.merge(older, task),
    );
    return { ...base, id: task.id, resource: 'task', kind };
  }
  const webForm = await client.createWebForm(kind, request as FlowRequest<WebFormKind>);
  queryClient.setQueryData(statusQueryKey('web-form', webForm.id), (older?: WebForm) =>
    webFormResource.merge(older, webForm),
  );
  return { ...base, id: webForm.id, resource: 'web-form', kind };
}

/**
 * Creates the flow's web form or task through the proxy and seeds the status cache with the
 * answer. Joins a creation already in flight for the same storage key.
 */
export function createFlow(
  kit: FlowKit,
  options: WebFormFlowOptions,
  storageKey: string,
): Promise<CreatedFlow> {
  let byKey = inflight.get(kit.queryClient);
  if (byKey === undefined) inflight.set(kit.queryClient, (byKey = new Map()));
  const pending = byKey.get(storageKey);
  if (pending !== undefined) return pending.then((record) => ({ record, fresh: false }));
  const map = byKey;
  const created = run(kit, options).finally(() => {
    if (map.get(storageKey) === created) map.delete(storageKey);
  });
  map.set(storageKey, created);
  return created.then((record) => ({ record, fresh: true }));
}

/** Lets the next {@link createFlow} start afresh (after cancel or restart). */
export function forgetCreation(queryClient: QueryClient, storageKey: string): void {
  inflight.get(queryClient)?.delete(storageKey);
}
