import type { QueryClient } from '@tanstack/query-core';
import { createNonce } from '../createNonce.ts';
import type { CreateBackgroundUpdateBody } from '../createProxyClient.ts';
import { isProxyError } from '../proxyError.ts';
import { taskResource } from '../resources/taskResource.ts';
import { webFormResource } from '../resources/webFormResource.ts';
import type { TaskAnswer, WebFormAnswer } from '../schemas/proxyAnswer.ts';
import type { WebFormKind } from '../webFormKind.ts';
import { checkReturnConfig } from './buildWebFormUrl.ts';
import { flowInputOf } from './flowInputOf.ts';
import type { FlowRecord } from './FlowRecord.ts';
import type { FlowKit } from './FlowKit.ts';
import { FOLLOWED_CODES } from './flowTypes.ts';
import type { FlowRequest, FollowedCode } from './flowTypes.ts';
import type { WebFormFlowOptions } from './WebFormFlowResult.ts';
import { statusQueryKey } from './statusQuery.ts';

/**
 * A created flow; `fresh` for the caller that started the creation, not for those who joined it.
 * The record is `followed` when the proxy answered with a `409` naming the flow that already
 * exists for the same reference (`ALREADY_COMPLETED`, `FLOW_IN_PROGRESS`, `PAYMENT_UNCERTAIN`):
 * it then follows that flow, read once already.
 */
export interface CreatedFlow {
  record: FlowRecord;
  fresh: boolean;
}

// Creations in flight, per QueryClient and storage key. A second engine that starts while the
// first one's POST is on its way (StrictMode, a remount during a route change) joins it instead
// of creating a second web form. The key names the input, so order B never joins order A's.
const inflight = new WeakMap<QueryClient, Map<string, Promise<FlowRecord>>>();

/** The flow a `409` names, when it is one a flow follows: its code and id. */
function followedOf(error: unknown): { code: FollowedCode; id: string } | null {
  if (!isProxyError(error) || error.kind !== 'http' || error.status !== 409) return null;
  const code = FOLLOWED_CODES.find((known) => known === error.code);
  return code === undefined || error.id === undefined ? null : { code, id: error.id };
}

async function run(
  { client, queryClient, env }: FlowKit,
  options: WebFormFlowOptions,
  key: string,
): Promise<FlowRecord> {
  const { kind } = options;
  const input = flowInputOf(options);
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
    key,
  } as const;
  const task = kind === 'background-update';
  const seed = (snapshot: WebFormAnswer | TaskAnswer) => {
    if ('url' in snapshot) {
      queryClient.setQueryData(statusQueryKey('web-form', snapshot.id), (older?: WebFormAnswer) =>
        webFormResource.merge(older, snapshot),
      );
    } else {
      queryClient.setQueryData(statusQueryKey('task', snapshot.id), (older?: TaskAnswer) =>
        taskResource.merge(older, snapshot),
      );
    }
  };
  let created: WebFormAnswer | TaskAnswer;
  try {
    created = task
      ? await client.createBackgroundUpdate(input as CreateBackgroundUpdateBody)
      : await client.createWebForm(kind, input as FlowRequest<WebFormKind>);
  } catch (error) {
    const followed = followedOf(error);
    if (followed === null) throw error;
    // The reference's flow exists already (paid, open elsewhere, or uncertain): this flow shows
    // that one, read now so the first screen already says where it stands.
    const snapshot = task
      ? await client.getTask(followed.id)
      : await client.getWebForm(followed.id);
    seed(snapshot);
    const resource = task ? 'task' : 'web-form';
    // Its one-time URL is used (or not this tab's): it counts as opened.
    return { ...base, id: snapshot.id, resource, kind, opened: true, followed: followed.code };
  }
  seed(created);
  return { ...base, id: created.id, resource: task ? 'task' : 'web-form', kind };
}

/**
 * Creates the flow's web form or task through the proxy and seeds the status cache with the
 * answer, or, when the proxy answers that the reference's flow exists already, follows that one.
 * Joins a creation already in flight for the same storage key.
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
  const created = run(kit, options, storageKey).finally(() => {
    if (map.get(storageKey) === created) map.delete(storageKey);
  });
  map.set(storageKey, created);
  return created.then((record) => ({ record, fresh: true }));
}

/** Lets the next {@link createFlow} start afresh (after cancel or restart). */
export function forgetCreation(queryClient: QueryClient, storageKey: string): void {
  inflight.get(queryClient)?.delete(storageKey);
}
