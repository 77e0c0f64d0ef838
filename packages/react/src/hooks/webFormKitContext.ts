import type { ProxyClient } from '@webform-kit/core';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { WebFormKitEvent } from './webFormKitEvent.ts';

/** What {@link WebFormKitProvider} hands its hooks, with every option resolved. */
export interface WebFormKitConfig {
  client: ProxyClient;
  queryClient: QueryClient;
  pollIntervalMs: number;
  pushPollIntervalMs: number;
  push: boolean;
  maxAgeMs: number;
  /** Passes a stamped event to the provider's `onEvent`. Stable across renders. */
  dispatch: (event: WebFormKitEvent) => void;
}

export const WebFormKitContext = createContext<WebFormKitConfig | null>(null);

/** The provider's configuration; a clear error when a hook is used outside it. */
export function useWebFormKit(hookName: string): WebFormKitConfig {
  const config = useContext(WebFormKitContext);
  if (config === null) {
    throw new Error(`${hookName} must be used inside <WebFormKitProvider>`);
  }
  return config;
}
