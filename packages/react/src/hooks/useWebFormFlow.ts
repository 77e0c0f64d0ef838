import { WebFormFlowEngine, flowStorageKey } from '@webform-kit/core/flow';
import type { FlowKind, WebFormFlowOptions, WebFormFlowResult } from '@webform-kit/core/flow';
import { useSyncExternalStore } from 'react';
import { useFlowEngine } from './useFlowEngine.ts';

/**
 * The whole round trip: `idle -> creating -> ready -> waiting -> outcome`, plus `error`. It
 * asks the proxy for the web form (or background task) with `input` (the app's `prepare` turns
 * it into finAPI's body), appends the return parameters, sends the user there with `open()`,
 * follows the status (push first, polling as the fallback) and says which screen applies, with
 * the backend's `summary` and finAPI's `paymentId`. The flow is stored in `sessionStorage` (30
 * min by default) under its kind and input, so a reload or the trip to the bank and back resumes
 * it instead of creating another web form, and order B never resumes order A; StrictMode's double
 * mount creates one, not two. When the proxy answers that the order's flow exists already
 * (`409` `ALREADY_COMPLETED`, `FLOW_IN_PROGRESS`, `PAYMENT_UNCERTAIN`), the hook follows that
 * flow and shows its true outcome; after an outcome, the next mount asks the proxy again rather
 * than this tab's memory. `request` is the old name of `input` and still works.
 *
 * An adapter in the shape of TanStack's `useBaseQuery`: core's {@link WebFormFlowEngine} (the
 * state machine, `@webform-kit/core/flow`; `FlowEngine` without its return mode, which this hook
 * does not load) is created once per mount, subscribed with
 * `useSyncExternalStore` (the server and hydration see the flow before anything is read), and
 * handed the latest options after each render.
 *
 * @example
 * function Checkout() {
 *   const flow = useWebFormFlow({
 *     kind: 'standalone-payment',
 *     input: { orderId: '1042' },
 *     returnTo: `${window.location.origin}/checkout/return`,
 *   });
 *   return <div data-screen={flow.screen}><button onClick={flow.open} disabled={!flow.url}>Pay</button></div>;
 * }
 */
export function useWebFormFlow<K extends FlowKind>(
  options: WebFormFlowOptions<K>,
): WebFormFlowResult {
  const engine = useFlowEngine(
    'useWebFormFlow',
    options,
    flowStorageKey(options),
    (kit) => new WebFormFlowEngine(kit, options),
  );
  return useSyncExternalStore(engine.subscribe, engine.getResult, engine.getServerResult);
}
