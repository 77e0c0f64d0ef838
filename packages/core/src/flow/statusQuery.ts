import type * as z from 'zod/mini';
import { replaceEqualDeep } from '@tanstack/query-core';
import type { Query, QueryObserverOptions } from '@tanstack/query-core';
import type { ProxyClient } from '../createProxyClient.ts';
import type { FlowKit } from './FlowKit.ts';
import type { TaskOutcome, WebFormOutcome } from '../outcome.ts';
import type { ProxyError } from '../proxyError.ts';
import type { ResourceDescriptor } from '../resources/ResourceDescriptor.ts';
import { taskResource } from '../resources/taskResource.ts';
import { webFormResource } from '../resources/webFormResource.ts';
import { TaskAnswerSchema, WebFormAnswerSchema } from '../schemas/proxyAnswer.ts';
import type { TaskAnswer, WebFormAnswer } from '../schemas/proxyAnswer.ts';
import type { FlowResource } from './flowTypes.ts';
import { backoffDelay, isRetryableStatusError } from './pollingPolicy.ts';
import { readPush } from './pushRegistry.ts';

/**
 * The query key of a web form's or task's status. Exported so an app can read or invalidate it
 * (`queryClient.invalidateQueries({ queryKey: statusQueryKey('web-form', id) })`).
 *
 * @example
 * queryClient.getQueryData(statusQueryKey('web-form', webFormId)) // WebForm | undefined
 */
export function statusQueryKey(
  resource: FlowResource,
  id: string,
): readonly ['webform-kit', FlowResource, string] {
  return ['webform-kit', resource, id] as const;
}

export type StatusQueryKey = ReturnType<typeof statusQueryKey>;
type StatusQuery<T> = Query<T, ProxyError, T, StatusQueryKey>;

/**
 * A resource as the status queries follow it: core's descriptor, the schema of the proxy's
 * answers (finAPI's object with the app's `summary`), which its event stream is parsed with too,
 * and how the proxy reads it.
 */
export interface StatusSource<T, O> {
  resource: ResourceDescriptor<T, O>;
  schema: z.ZodMiniType<T>;
  fetch(client: ProxyClient, id: string): Promise<T>;
}

export const webFormSource: StatusSource<WebFormAnswer, WebFormOutcome> = {
  resource: webFormResource,
  schema: WebFormAnswerSchema,
  fetch: (client, id) => client.getWebForm(id),
};

export const taskSource: StatusSource<TaskAnswer, TaskOutcome> = {
  resource: taskResource,
  schema: TaskAnswerSchema,
  fetch: (client, id) => client.getTask(id),
};

/**
 * Whether nothing will change any more, so no automatic request is worth making: the snapshot is
 * final, or its web form has expired and one answer arrived after `expiresAt`.
 */
export function isSettled<T>(resource: ResourceDescriptor<T, unknown>, query: StatusQuery<T>) {
  const { data, dataUpdatedAt, errorUpdatedAt } = query.state;
  if (data === undefined) return false;
  if (resource.isFinal(data)) return true;
  const expiresAt = resource.expiresAt(data);
  return expiresAt !== undefined && Math.max(dataUpdatedAt, errorUpdatedAt) >= expiresAt;
}

/** What one watcher asks of a status query; the rest comes from the kit. */
export interface StatusQueryArgs {
  id: string;
  enabled: boolean;
  intervalMs: number;
}

/**
 * The TanStack Query options behind status tracking. Every watcher of an id builds the same key,
 * so they share one query and one request stream; its timers are reset on every update of the
 * query, which keeps all observers in step.
 */
export function statusQueryOptions<T, O>(
  kit: FlowKit,
  source: StatusSource<T, O>,
  { id, enabled, intervalMs }: StatusQueryArgs,
): QueryObserverOptions<T, ProxyError, T, T, StatusQueryKey> {
  const { client, queryClient } = kit;
  const pushIntervalMs = Math.max(intervalMs, kit.pushPollIntervalMs);
  const { resource } = source;
  const queryKey = statusQueryKey(resource.name, id);
  const settled = (query: StatusQuery<T>) => isSettled(resource, query);
  return {
    queryKey,
    // No AbortSignal on purpose: a status GET is cheap, and consuming the signal would make
    // TanStack Query abort it when StrictMode unmounts the first mount, doubling the request.
    queryFn: () => source.fetch(client, id),
    enabled,
    // Fresh for one interval: a watcher starting between polls reuses the answer.
    staleTime: (query) => (settled(query) ? Infinity : intervalMs),
    refetchInterval: (query) => {
      if (settled(query)) return false;
      // An error that retrying will not fix (404, 401) stops the polling; refetch() resumes.
      const { error } = query.state;
      if (error !== null && !isRetryableStatusError(error)) return false;
      return readPush(queryClient, resource.name, id).state === 'live'
        ? pushIntervalMs
        : intervalMs;
    },
    // Hidden tabs do not poll; TanStack's focusManager follows document.visibilityState.
    refetchIntervalInBackground: false,
    // Back in the tab (or online): one check at once, unless nothing can change.
    refetchOnWindowFocus: (query) => !settled(query),
    refetchOnReconnect: (query) => !settled(query),
    refetchOnMount: (query) => !settled(query),
    // Retries are the backoff: while they run the interval joins the same fetch, and TanStack
    // pauses them while the tab is hidden. Past expiresAt the failing answer is the last one.
    retry: (_failureCount, error) => {
      if (!isRetryableStatusError(error)) return false;
      const data = queryClient.getQueryData<T>(queryKey);
      const expiresAt = data === undefined ? undefined : resource.expiresAt(data);
      return expiresAt === undefined || kit.env.now() < expiresAt;
    },
    retryDelay: (failureCount, error) => backoffDelay(failureCount, error, intervalMs),
    // Every write, polled or pushed, goes through core's merge: an answer that is behind the
    // cached snapshot (a slow poll overtaking a push) never moves a final status back.
    structuralSharing: (older, newer) =>
      replaceEqualDeep(older, resource.merge(older as T | undefined, newer as T)),
  };
}
