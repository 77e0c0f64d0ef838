import type { ReturnVia } from '../createReturnUrls.ts';
import { isProxyError } from '../proxyError.ts';
import type { ProxyErrorKind } from '../proxyError.ts';
import type { TaskStatus } from '../schemas/taskStatus.ts';
import type { WebFormStatus } from '../schemas/webFormStatus.ts';
import type { ReturnFlowErrorKind } from './ReturnFlowError.ts';
import { ReturnFlowError } from './ReturnFlowError.ts';
import type { FinalFlowOutcome, FlowKind, FlowResource, OpenIn } from './flowTypes.ts';

/** What an `error` event says about a failure: kinds, statuses and codes, never messages or URLs. */
export interface ErrorSummary {
  kind: ProxyErrorKind | ReturnFlowErrorKind | 'return-url';
  /** HTTP status, for `http` errors. */
  status?: number | undefined;
  /** The proxy's error code, a `ReturnUrlError` code, or a `ReturnFlowError` reason. */
  code?: string | undefined;
}

interface Step {
  /** `Date.now()` when it happened. */
  at: number;
  resource: FlowResource;
  id: string;
}

/**
 * One step of a round trip, for the integrator's analytics (like Plaid Link's `onEvent`). Events
 * carry ids, statuses and kinds only: no URLs (they hold the `state` nonce), no tokens, no messages.
 */
export type WebFormKitEvent =
  | (Step & { type: 'created'; kind: FlowKind })
  | (Step & { type: 'opened'; openIn: OpenIn; popupBlocked: boolean })
  | (Step & {
      type: 'status-changed';
      status: WebFormStatus | TaskStatus;
      /** For a task waiting on a web form: that web form's status. */
      webFormStatus?: WebFormStatus | undefined;
    })
  | (Step & { type: 'returned'; via: ReturnVia })
  | (Step & { type: 'outcome'; outcome: FinalFlowOutcome })
  | (Step & { type: 'cancelled' })
  | (Step & { type: 'push-connected' })
  | (Step & { type: 'push-failed' })
  | {
      type: 'error';
      at: number;
      resource?: FlowResource | undefined;
      id?: string | undefined;
      error: ErrorSummary;
    };

export type WebFormKitEventType = WebFormKitEvent['type'];

/** An event before it is stamped with `at`. */
export type WebFormKitEventInput = WebFormKitEvent extends infer E
  ? E extends WebFormKitEvent
    ? Omit<E, 'at'>
    : never
  : never;

/** An event with `at`, the time it happened (ms since the epoch). */
export function stampEvent(input: WebFormKitEventInput, at: number): WebFormKitEvent {
  return { ...input, at };
}

/** The part of an error that is safe to hand to analytics. */
export function summariseError(error: unknown): ErrorSummary {
  if (isProxyError(error)) {
    return { kind: error.kind, status: error.status, code: error.code };
  }
  if (error instanceof ReturnFlowError) return { kind: error.kind, code: error.reason };
  if (error instanceof Error && error.name === 'ReturnUrlError' && 'code' in error) {
    return { kind: 'return-url', code: String(error.code) };
  }
  return { kind: 'invalid-response' };
}

/** Calls an integrator's callback without letting its failure break the flow. */
export function callListener(
  listener: ((event: WebFormKitEvent) => void) | undefined,
  event: WebFormKitEvent,
): void {
  if (listener === undefined) return;
  try {
    listener(event);
  } catch (error) {
    // An analytics bug must not stop a payment; report it where uncaught errors go.
    if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
    else console.error(error);
  }
}
