import { FlowEngine } from '@webform-kit/core/flow';
import type { ReturnFlowOptions, ReturnFlowResult } from '@webform-kit/core/flow';
import { useSyncExternalStore } from 'react';
import { useFlowEngine } from './useFlowEngine.ts';

/**
 * For the app's return route (the `returnTo` of `useWebFormFlow`). Reads the return URL with
 * core's `parseReturn`, checks its `state` nonce against the flow stored in this browser,
 * removes the parameters from the address bar, and reports `checking` until the proxy's final
 * outcome is known. A tampered or stale URL never shows a success: an unknown, foreign or
 * mismatched state or id is an `invalid-return`, a replayed or too old one a `stale-return`, and
 * even a valid return shows the proxy's outcome, never the URL's `via`. When the return lands in
 * another tab than the one that started the flow, that tab is told over `BroadcastChannel`.
 *
 * Accepting the return is one transition of core's {@link FlowEngine}, in `return` mode, adapted
 * like `useWebFormFlow`: one engine per mount, which reads the URL once (StrictMode included).
 *
 * @example
 * function ReturnPage() {
 *   const flow = useReturnFlow();
 *   if (flow.state === 'error') return <Navigate to="/" />;
 *   return <div data-screen={flow.screen}>{flow.state === 'outcome' ? flow.outcome.kind : '…'}</div>;
 * }
 */
export function useReturnFlow(options: ReturnFlowOptions = {}): ReturnFlowResult {
  const engine = useFlowEngine(
    'useReturnFlow',
    options,
    options.storageKey ?? '',
    (kit) => new FlowEngine(kit, options, 'return'),
  );
  return useSyncExternalStore(
    engine.subscribe,
    engine.getReturnResult,
    engine.getServerReturnResult,
  );
}
