import { WebFormProxyError } from '../WebFormProxyError.ts';

/** Seconds a client is told to wait while the shared store is out of reach. */
export const STORE_UNAVAILABLE_RETRY_AFTER_S = 5;

/**
 * The error every store call rejects with while Redis cannot be reached: the proxy answers it
 * as `503 STORE_UNAVAILABLE` with `Retry-After`, like `STORE_FULL`, and the cause (the client's
 * own error) stays on `cause` for the operator's logs, never in the browser's message.
 */
export function storeUnavailable(cause: unknown): WebFormProxyError {
  return new WebFormProxyError(
    503,
    'STORE_UNAVAILABLE',
    'The proxy cannot reach its store right now; try again shortly',
    { 'retry-after': String(STORE_UNAVAILABLE_RETRY_AFTER_S) },
    { cause },
  );
}
