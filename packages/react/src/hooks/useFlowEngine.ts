import type {
  FlowKit,
  ReturnFlowOptions,
  WebFormFlowEngine,
  WebFormFlowOptions,
} from '@webform-kit/core/flow';
import { useEffect, useState } from 'react';
import { useWebFormKit } from './useWebFormKit.ts';

/**
 * One engine per mount and flow, in the shape of TanStack's `useBaseQuery`: created
 * with the provider's kit (StrictMode's second initialiser result is dropped unused, and an
 * engine does nothing before its first subscriber), handed the latest options after every
 * render. `key` names the flow (core's `flowStorageKey`: kind and input, or `storageKey`): when
 * it changes (the page now shows order B), the hook makes a new engine rather than showing
 * order A's. The hooks subscribe to it with `useSyncExternalStore`.
 */
export function useFlowEngine<E extends WebFormFlowEngine>(
  hookName: string,
  options: WebFormFlowOptions | ReturnFlowOptions,
  key: string,
  create: (kit: FlowKit) => E,
): E {
  const kit = useWebFormKit(hookName);
  const [held, setHeld] = useState(() => ({ kit, key, engine: create(kit) }));
  let { engine } = held;
  if (held.kit !== kit || held.key !== key) {
    // React's way of deriving state from props: re-render at once with the new engine.
    engine = create(kit);
    setHeld({ kit, key, engine });
  }
  useEffect(() => {
    engine.setOptions(options);
  }, [engine, options]);
  return engine;
}
