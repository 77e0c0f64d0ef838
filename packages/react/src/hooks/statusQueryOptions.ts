import type { ProxyClient, ProxyError } from '@webform-kit/core';
import { replaceEqualDeep } from '@tanstack/react-query';
import type { Query, QueryClient, UseQueryOptions } from '@tanstack/react-query';
import { backoffDelay, isRetryableStatusError } from './pollingPolicy.ts';
import { readPush } from './pushRegistry.ts';
import { statusQueryKey } from './snapshotModel.ts';
import type { SnapshotModel } from './snapshotModel.ts';

export type StatusQueryKey = ReturnType<typeof statusQueryKey>;

export interface StatusQueryArgs<T> {
  model: SnapshotModel<T>;
  id: string;
  client: ProxyClient;
  queryClient: QueryClient;
  enabled: boolean;
  intervalMs: number;
  pushIntervalMs: number;
}

/**
 * Whether nothing will change any more, so no automatic request is worth making: the snapshot is
 * final, or its web form has expired and one answer arrived after `expiresAt`.
 */
export function isSettled<T>(
  model: SnapshotModel<T>,
  query: Query<T, ProxyError, T, StatusQueryKey>,
) {
  const { data, dataUpdatedAt, errorUpdatedAt } = query.state;
  if (data === undefined) return false;
  if (model.isFinal(data)) return true;
  const expiresAt = model.expiresAt(data);
  return expiresAt !== undefined && Math.max(dataUpdatedAt, errorUpdatedAt) >= expiresAt;
}

/**
 * The TanStack Query options behind the status hooks. Every component watching an id builds the
 * same key, so they share one query and one request stream; its timers are reset on every update
 * of the query, which keeps all observers in step.
 */
export function statusQueryOptions<T>({
  model,
  id,
  client,
  queryClient,
  enabled,
  intervalMs,
  pushIntervalMs,
}: StatusQueryArgs<T>): UseQueryOptions<T, ProxyError, T, StatusQueryKey> {
  const queryKey = statusQueryKey(model.resource, id);
  const settled = (query: Query<T, ProxyError, T, StatusQueryKey>) => isSettled(model, query);
  return {
    queryKey,
    // No AbortSignal on purpose: a status GET is cheap, and consuming the signal would make
    // TanStack Query abort it when StrictMode unmounts the first mount, doubling the request.
    queryFn: () => model.fetch(client, id),
    enabled,
    // Fresh for one interval: a component mounting between polls reuses the answer.
    staleTime: (query) => (settled(query) ? Infinity : intervalMs),
    refetchInterval: (query) => {
      if (settled(query)) return false;
      // An error that retrying will not fix (404, 401) stops the polling; refetch() resumes.
      const { error } = query.state;
      if (error !== null && !isRetryableStatusError(error)) return false;
      return readPush(queryClient, model.resource, id).state === 'live'
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
      const expiresAt = data === undefined ? undefined : model.expiresAt(data);
      return expiresAt === undefined || Date.now() < expiresAt;
    },
    retryDelay: (failureCount, error) => backoffDelay(failureCount, error, intervalMs),
    // Every write, polled or pushed, goes through core's merge: an answer that is behind the
    // cached snapshot (a slow poll overtaking a push) never moves a final status back.
    structuralSharing: (older, newer) =>
      replaceEqualDeep(older, model.merge(older as T | undefined, newer as T)),
  };
}
