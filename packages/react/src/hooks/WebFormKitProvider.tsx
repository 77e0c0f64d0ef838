import { createProxyClient } from '@webform-kit/core';
import type { ProxyClient } from '@webform-kit/core';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PUSH_POLL_INTERVAL_MS,
  clampInterval,
} from './pollingPolicy.ts';
import { DEFAULT_MAX_AGE_MS } from './flowStorage.ts';
import { WebFormKitContext } from './webFormKitContext.ts';
import type { WebFormKitConfig } from './webFormKitContext.ts';
import { callListener } from './webFormKitEvent.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';
import { useLatest } from './useLatest.ts';

interface KitOptions {
  children?: ReactNode;
  /** Every step of every flow below, for analytics. See {@link WebFormKitEvent}. */
  onEvent?: ((event: WebFormKitEvent) => void) | undefined;
  /** Use the proxy's Server-Sent Events when the browser has `EventSource`. Default `true`. */
  push?: boolean | undefined;
  /** How often to ask for a pending status without push. Default 2 s; never below 1 s. */
  pollIntervalMs?: number | undefined;
  /** The safety-net poll while push is connected. Default 20 s; never below 1 s. */
  pushPollIntervalMs?: number | undefined;
  /** How long a started flow may be resumed (reload, return trip). Default 30 min. */
  maxAgeMs?: number | undefined;
}

/** Give the kit a proxy client, or the base URL to make one (`/api` when neither is given). */
export type WebFormKitProviderProps = KitOptions &
  ({ client: ProxyClient; baseUrl?: never } | { baseUrl?: string | undefined; client?: never });

/**
 * Gives the hooks a proxy client and a TanStack Query client. Inside an app's own
 * `QueryClientProvider` the kit joins that client, so its queries share the app's cache and
 * devtools; otherwise it creates one for its subtree (stable across renders).
 *
 * @example
 * <WebFormKitProvider baseUrl="/api" onEvent={(event) => analytics.track(event.type, event)}>
 *   <Checkout />
 * </WebFormKitProvider>
 */
export function WebFormKitProvider(props: WebFormKitProviderProps): ReactNode {
  const { children, onEvent, push, pollIntervalMs, pushPollIntervalMs, maxAgeMs } = props;
  // Read the context directly: useQueryClient() throws when there is no provider.
  const outer = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => {
    let created: QueryClient | undefined;
    return () => (created ??= new QueryClient());
  });
  const queryClient = outer ?? ownQueryClient();

  const givenClient = props.client;
  const baseUrl = props.baseUrl;
  const client = useMemo(
    () => givenClient ?? createProxyClient(baseUrl === undefined ? {} : { baseUrl }),
    [givenClient, baseUrl],
  );

  const listener = useLatest(onEvent);
  const dispatch = useCallback(
    (event: WebFormKitEvent) => callListener(listener.current, event),
    [listener],
  );

  const config = useMemo<WebFormKitConfig>(
    () => ({
      client,
      queryClient,
      dispatch,
      push: push ?? true,
      pollIntervalMs: clampInterval(pollIntervalMs, DEFAULT_POLL_INTERVAL_MS),
      pushPollIntervalMs: clampInterval(pushPollIntervalMs, DEFAULT_PUSH_POLL_INTERVAL_MS),
      maxAgeMs: maxAgeMs !== undefined && maxAgeMs > 0 ? maxAgeMs : DEFAULT_MAX_AGE_MS,
    }),
    [client, queryClient, dispatch, push, pollIntervalMs, pushPollIntervalMs, maxAgeMs],
  );

  const kit = <WebFormKitContext.Provider value={config}>{children}</WebFormKitContext.Provider>;
  return outer === undefined ? (
    <QueryClientProvider client={queryClient}>{kit}</QueryClientProvider>
  ) : (
    kit
  );
}
