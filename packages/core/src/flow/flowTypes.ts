import type { CreateBackgroundUpdateBody, CreateWebFormBody } from '../createProxyClient.ts';
import { isFinalOutcome } from '../outcome.ts';
import type { TaskOutcome, WebFormOutcome } from '../outcome.ts';
import type { ProxyError } from '../proxyError.ts';
import type { ResourceName } from '../resources/ResourceDescriptor.ts';
import type { ReturnUrlError } from '../returnUrlError.ts';
import type { WebFormKind } from '../webFormKind.ts';
import type { ReturnFlowError } from './ReturnFlowError.ts';

/** What a flow creates: one of core's web form kinds, or a background update task. */
export type FlowKind = WebFormKind | 'background-update';

/** The proxy resource a flow follows: core's {@link ResourceName}. */
export type FlowResource = ResourceName;

/** Where `open()` sends the user: this tab (`location.assign`) or a new one (`window.open`). */
export type OpenIn = 'same-tab' | 'new-tab';

/** The request body for a kind: core's create body, or the background update body. */
export type FlowRequest<K extends FlowKind> = K extends WebFormKind
  ? CreateWebFormBody<K>
  : CreateBackgroundUpdateBody;

/**
 * What a flow sends the proxy to create its web form or task (the POST body): a JSON object. With
 * the app's `prepare` it is the app's own small input (`{ orderId: '1042' }`), which the app's
 * backend turns into finAPI's body; without one (bank connections, `trustBrowserInput`) it is the
 * kind's create body ({@link FlowRequest}).
 */
export type FlowInput = object;

/**
 * The proxy's `409` codes whose body names (`id`) the flow that already exists for the same
 * reference, which a flow then follows instead of creating another.
 */
export const FOLLOWED_CODES = [
  'FLOW_IN_PROGRESS',
  'ALREADY_COMPLETED',
  'PAYMENT_UNCERTAIN',
] as const;
export type FollowedCode = (typeof FOLLOWED_CODES)[number];

/** Any outcome a flow can report: a web form's or a task's, pending ones included. */
export type FlowOutcome = WebFormOutcome | TaskOutcome;

/** An outcome that never changes again. */
export type FinalFlowOutcome = Exclude<FlowOutcome, { kind: 'pending' | 'web-form-required' }>;

/**
 * Everything a flow reports as `error`:
 * - a core `ProxyError` (`kind`: network, timeout, http, invalid-response, aborted);
 * - a core `ReturnUrlError` when `returnTo`, `allowedOrigins` or `customerSupportUrl` are refused
 *   (a configuration mistake, found before anything is created);
 * - a {@link ReturnFlowError} on the return route (`invalid-return`, `stale-return`).
 */
export type WebFormKitError = ProxyError | ReturnUrlError | ReturnFlowError;

/** Whether an outcome is final (core's `isFinalOutcome`); narrows to {@link FinalFlowOutcome}. */
export function isFinalFlowOutcome(outcome: FlowOutcome | undefined): outcome is FinalFlowOutcome {
  return outcome !== undefined && isFinalOutcome(outcome);
}
