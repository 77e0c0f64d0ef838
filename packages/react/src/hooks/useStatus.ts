import { isResourceId } from '@webform-kit/core';
import type { ProxyError } from '@webform-kit/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { clampInterval } from './pollingPolicy.ts';
import { acquirePush, readPush, subscribePush } from './pushRegistry.ts';
import type { PushSnapshot, PushState } from './pushRegistry.ts';
import { statusQueryKey } from './snapshotModel.ts';
import type { SnapshotModel } from './snapshotModel.ts';
import { statusQueryOptions } from './statusQueryOptions.ts';
import { useEmit } from './useEmit.ts';
import { useWebFormKit } from './webFormKitContext.ts';

/** Options of {@link useWebFormStatus} and {@link useTaskStatus}. */
export interface StatusOptions {
  /** Set `false` to stop watching without unmounting. Default `true`. */
  enabled?: boolean | undefined;
  /** Poll interval without push; default the provider's (2 s). Never below 1 s. */
  intervalMs?: number | undefined;
  /** Use the proxy's event stream when available; default the provider's (`true`). */
  push?: boolean | undefined;
}

/** What both status hooks report besides the snapshot itself. */
export interface StatusState {
  /** Nothing known yet: the first answer is on its way. */
  isLoading: boolean;
  /** The status is final and will not change; no more requests are made. */
  isFinal: boolean;
  /**
   * The web form is past its `expiresAt` and still reported pending after one more request: its
   * URL no longer works, so it counts as expired. Polling has stopped.
   */
  isExpired: boolean;
  /**
   * The latest failure, until a good answer replaces it. `kind` is core's: `network`, `timeout`,
   * `http` (with `status`), `invalid-response` (a proxy answer or pushed event that failed
   * validation). While retryable failures are being retried (with backoff) it is already set.
   */
  error: ProxyError | null;
  /** The event stream's state (`off` when not pushing). */
  push: PushState;
  /** Asks the proxy now, cancelling a pending backoff. */
  refetch: () => Promise<void>;
}

const OFF_SNAPSHOT: PushSnapshot = { state: 'off', error: null };
const noop = () => {};

/** The shared engine of the status hooks: one query per id, push when offered, polling else. */
export function useStatus<T>(
  hookName: string,
  model: SnapshotModel<T>,
  id: string | null | undefined,
  options: StatusOptions = {},
): StatusState & { snapshot: T | undefined } {
  const kit = useWebFormKit(hookName);
  const { queryClient, client } = kit;
  // Ids go into URL paths; anything but a 36-character id is treated as "nothing to watch".
  const validId = typeof id === 'string' && isResourceId(id) ? id : null;
  const enabled = validId !== null && (options.enabled ?? true);
  const intervalMs = clampInterval(options.intervalMs, kit.pollIntervalMs);
  const pushIntervalMs = Math.max(intervalMs, kit.pushPollIntervalMs);
  const pushEnabled = enabled && (options.push ?? kit.push);
  const emit = useEmit(kit, undefined);

  const queryOptions = useMemo(
    () =>
      statusQueryOptions({
        model,
        id: validId ?? '',
        client,
        queryClient,
        enabled,
        intervalMs,
        pushIntervalMs,
      }),
    [model, validId, client, queryClient, enabled, intervalMs, pushIntervalMs],
  );
  const query = useQuery(queryOptions, queryClient);

  const subscribe = useCallback(
    (listener: () => void) =>
      validId === null ? noop : subscribePush(queryClient, model.resource, validId, listener),
    [queryClient, model, validId],
  );
  const push = useSyncExternalStore(
    subscribe,
    () => (validId === null ? OFF_SNAPSHOT : readPush(queryClient, model.resource, validId)),
    () => OFF_SNAPSHOT,
  );

  const snapshot = enabled ? query.data : undefined;
  const isFinal = snapshot !== undefined && model.isFinal(snapshot);

  useEffect(() => {
    if (!pushEnabled || validId === null || isFinal) return;
    return acquirePush({ queryClient, client, model, id: validId, emit });
  }, [pushEnabled, validId, isFinal, queryClient, client, model, emit]);

  const lastAnswerAt = Math.max(query.dataUpdatedAt, query.errorUpdatedAt);
  const error = enabled ? (query.error ?? query.failureReason ?? push.error) : null;
  const expiresAt = snapshot === undefined ? undefined : model.expiresAt(snapshot);
  const isExpired =
    snapshot !== undefined && !isFinal && expiresAt !== undefined && lastAnswerAt >= expiresAt;

  const { refetch: refetchQuery } = query;
  const refetch = useCallback(async () => {
    if (!enabled || validId === null) return;
    // Before a first answer TanStack's refetch() joins the retry loop and its backoff; "ask now"
    // means now, so that loop is cancelled first.
    await queryClient.cancelQueries({
      queryKey: statusQueryKey(model.resource, validId),
      exact: true,
    });
    await refetchQuery();
  }, [enabled, validId, queryClient, model, refetchQuery]);

  return {
    snapshot,
    isLoading: enabled && snapshot === undefined && error === null,
    isFinal,
    isExpired,
    error,
    push: push.state,
    refetch,
  };
}
