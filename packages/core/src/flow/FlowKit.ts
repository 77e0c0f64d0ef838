import type { QueryClient } from '@tanstack/query-core';
import { createProxyClient } from '../createProxyClient.ts';
import type { ProxyClient } from '../createProxyClient.ts';
import { resolveEnvironment } from './FlowEnvironment.ts';
import type { FlowEnvironment } from './FlowEnvironment.ts';
import { maxAgeOf } from './resumeWindow.ts';
import {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_PUSH_POLL_INTERVAL_MS,
  clampInterval,
} from './pollingPolicy.ts';
import { callListener } from './webFormKitEvent.ts';
import type { WebFormKitEvent } from './webFormKitEvent.ts';

/** What every flow and status watcher of an app shares, with every option resolved. */
export interface FlowKit {
  client: ProxyClient;
  /** The app's TanStack Query client: statuses are its queries (`statusQueryKey`). */
  queryClient: QueryClient;
  pollIntervalMs: number;
  pushPollIntervalMs: number;
  push: boolean;
  maxAgeMs: number;
  /** Passes a stamped event to the app's `onEvent`. */
  dispatch: (event: WebFormKitEvent) => void;
  env: FlowEnvironment;
}

export interface FlowKitOptions {
  /** A core `createProxyClient()` client; otherwise one for `baseUrl` (`/api` by default). */
  client?: ProxyClient | undefined;
  baseUrl?: string | undefined;
  queryClient: QueryClient;
  /** Every step of every flow, for analytics. See {@link WebFormKitEvent}. */
  onEvent?: ((event: WebFormKitEvent) => void) | undefined;
  /** Use the proxy's Server-Sent Events when there is an `EventSource`. Default `true`. */
  push?: boolean | undefined;
  /** How often to ask for a pending status without push. Default 2 s; never below 1 s. */
  pollIntervalMs?: number | undefined;
  /** The safety-net poll while push is connected. Default 20 s; never below 1 s. */
  pushPollIntervalMs?: number | undefined;
  /** How long a started flow may be resumed (reload, return trip). Default 30 min. */
  maxAgeMs?: number | undefined;
  /** Browser APIs to use instead of the globals (storage, `window.open`, the clock ...). */
  env?: Partial<FlowEnvironment> | undefined;
}

/**
 * The shared configuration of flows and status watchers, defaults filled in. `WebFormKitProvider`
 * makes one for its subtree; without React, make one yourself.
 *
 * @example
 * const kit = createFlowKit({ queryClient: new QueryClient(), baseUrl: '/api', onEvent: console.log });
 * const flow = new FlowEngine(kit, { kind: 'bank-connection-import', input: {} });
 */
export function createFlowKit(options: FlowKitOptions): FlowKit {
  const { onEvent, maxAgeMs } = options;
  const client =
    options.client ??
    createProxyClient(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl });
  return {
    client,
    queryClient: options.queryClient,
    dispatch: (event) => callListener(onEvent, event),
    push: options.push ?? true,
    pollIntervalMs: clampInterval(options.pollIntervalMs, DEFAULT_POLL_INTERVAL_MS),
    pushPollIntervalMs: clampInterval(options.pushPollIntervalMs, DEFAULT_PUSH_POLL_INTERVAL_MS),
    maxAgeMs: maxAgeOf(maxAgeMs),
    env: resolveEnvironment(options.env),
  };
}
