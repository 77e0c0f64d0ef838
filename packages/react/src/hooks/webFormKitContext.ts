import type { FlowKitOptions } from '@webform-kit/core/flow';
import { createContext } from 'react';

/**
 * What {@link WebFormKitProvider} hands its hooks: the options of core's flow kit, every one
 * resolved but the kit not made yet. The hooks make it on first use (`useWebFormKit`), so the
 * provider itself does not load the flow engine, the proxy client or zod: with `WebFormFlow`
 * they arrive in the chunk it requests at mount.
 */
export type WebFormKitSettings = FlowKitOptions;

export const WebFormKitContext = createContext<WebFormKitSettings | null>(null);
