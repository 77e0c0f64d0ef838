import type {
  FlowEngine,
  FlowKit,
  ReturnFlowOptions,
  WebFormFlowOptions,
} from '@webform-kit/core/flow';
import { useEffect, useState } from 'react';
import { useWebFormKit } from './webFormKitContext.ts';

/**
 * One {@link FlowEngine} per mount, in the shape of TanStack's `useBaseQuery`: created once with
 * the provider's kit (StrictMode's second initialiser result is dropped unused, and an engine does
 * nothing before its first subscriber), handed the latest options after every render. The hooks
 * subscribe to it with `useSyncExternalStore`.
 */
export function useFlowEngine(
  hookName: string,
  options: WebFormFlowOptions | ReturnFlowOptions,
  create: (kit: FlowKit) => FlowEngine,
): FlowEngine {
  const kit = useWebFormKit(hookName);
  const [engine] = useState(() => create(kit));
  useEffect(() => {
    engine.setOptions(options);
  }, [engine, options]);
  return engine;
}
