import { FlowEngine } from '@webform-kit/core/flow';
import type { FlowKind, WebFormFlowOptions, WebFormFlowResult } from '@webform-kit/core/flow';
import { useSyncExternalStore } from 'react';
import { useFlowEngine } from './useFlowEngine.ts';

/**
 * The whole round trip: `idle -> creating -> ready -> waiting -> outcome`, plus `error`. It
 * creates the web form (or background task) through the proxy, appends the return parameters,
 * sends the user there with `open()`, follows the status (push first, polling as the fallback)
 * and says which screen applies. The flow is stored in `sessionStorage` (30 min by default), so a
 * reload or the trip to the bank and back resumes it instead of creating another web form;
 * StrictMode's double mount creates one, not two.
 *
 * An adapter in the shape of TanStack's `useBaseQuery`: core's {@link FlowEngine} (the state
 * machine, `@webform-kit/core/flow`) is created once per mount, subscribed with
 * `useSyncExternalStore` (the server and hydration see the flow before anything is read), and
 * handed the latest options after each render.
 *
 * @example
 * function Checkout() {
 *   const flow = useWebFormFlow({
 *     kind: 'standalone-payment',
 *     request: { orders: [{ amount: { value: 9.99, currency: 'EUR' }, recipient: { name: 'Shop', iban } }] },
 *     returnTo: `${window.location.origin}/checkout/return`,
 *   });
 *   return <div data-screen={flow.screen}><button onClick={flow.open} disabled={!flow.url}>Pay</button></div>;
 * }
 */
export function useWebFormFlow<K extends FlowKind>(
  options: WebFormFlowOptions<K>,
): WebFormFlowResult {
  const engine = useFlowEngine('useWebFormFlow', options, (kit) => new FlowEngine(kit, options));
  return useSyncExternalStore(engine.subscribe, engine.getResult, engine.getServerResult);
}
