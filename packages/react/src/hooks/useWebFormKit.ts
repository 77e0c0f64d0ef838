import { createFlowKit } from '@webform-kit/core/flow';
import type { FlowKit } from '@webform-kit/core/flow';
import { useContext } from 'react';
import { WebFormKitContext, type WebFormKitSettings } from './webFormKitContext.ts';

/** What {@link useWebFormKit} hands a hook: core's flow kit, every option resolved. */
export type WebFormKitConfig = FlowKit;

// One kit per provider settings object (the provider keeps that object stable across renders),
// shared by every hook below it, as when the provider made the kit itself.
const kits = new WeakMap<WebFormKitSettings, FlowKit>();

/** The kit for a provider's settings, made once. */
export function kitOf(settings: WebFormKitSettings): FlowKit {
  let kit = kits.get(settings);
  if (kit === undefined) {
    kit = createFlowKit(settings);
    kits.set(settings, kit);
  }
  return kit;
}

/** The provider's kit; a clear error when a hook is used outside it. */
export function useWebFormKit(hookName: string): WebFormKitConfig {
  const settings = useContext(WebFormKitContext);
  if (settings === null) {
    throw new Error(`${hookName} must be used inside <WebFormKitProvider>`);
  }
  return kitOf(settings);
}
