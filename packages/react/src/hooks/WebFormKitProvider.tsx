import type { ProxyClient } from '@webform-kit/core';
import type { FlowKitOptions } from '@webform-kit/core/flow';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import { useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { WebFormKitContext, type WebFormKitSettings } from './webFormKitContext.ts';
import { useLatest } from './useLatest.ts';

/** `onEvent`, `push`, `pollIntervalMs`, `pushPollIntervalMs`, `maxAgeMs`: core's kit options. */
type KitOptions = Pick<
  FlowKitOptions,
  'onEvent' | 'push' | 'pollIntervalMs' | 'pushPollIntervalMs' | 'maxAgeMs'
> & { children?: ReactNode };

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
  // A new onEvent every render must not make a new kit: the flows read the latest one.
  const listener = useLatest(onEvent);
  // Only the settings: the hooks make core's kit from them on first use (useWebFormKit), so this
  // provider loads neither the flow engine nor the proxy client (and zod) by itself.
  const settings = useMemo(
    (): WebFormKitSettings => ({
      client: givenClient,
      baseUrl,
      queryClient,
      onEvent: (event) => listener.current?.(event),
      push,
      pollIntervalMs,
      pushPollIntervalMs,
      maxAgeMs,
    }),
    [
      givenClient,
      baseUrl,
      queryClient,
      listener,
      push,
      pollIntervalMs,
      pushPollIntervalMs,
      maxAgeMs,
    ],
  );

  const kit = <WebFormKitContext.Provider value={settings}>{children}</WebFormKitContext.Provider>;
  return outer === undefined ? (
    <QueryClientProvider client={queryClient}>{kit}</QueryClientProvider>
  ) : (
    kit
  );
}
