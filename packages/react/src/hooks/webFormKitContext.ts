import type { FlowKit } from '@webform-kit/core/flow';
import { createContext, useContext } from 'react';

/** What {@link WebFormKitProvider} hands its hooks: core's flow kit, every option resolved. */
export type WebFormKitConfig = FlowKit;

export const WebFormKitContext = createContext<WebFormKitConfig | null>(null);

/** The provider's configuration; a clear error when a hook is used outside it. */
export function useWebFormKit(hookName: string): WebFormKitConfig {
  const config = useContext(WebFormKitContext);
  if (config === null) {
    throw new Error(`${hookName} must be used inside <WebFormKitProvider>`);
  }
  return config;
}
