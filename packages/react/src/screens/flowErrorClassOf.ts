import { isProxyError, ReturnUrlError } from '@webform-kit/core';

/**
 * What a failed call to the app's proxy means for the customer, and so which wording and next
 * step the connection-error screen offers:
 * - `connectivity`: no usable answer (offline, a timeout, nonsense): try again, nothing is lost;
 * - `try-later`: a refusal that passes (something already runs for it, too many attempts, the
 *   service is busy or down): wait a few minutes, then try again;
 * - `contact-support`: a refusal the customer cannot change, such as a payment whose result is
 *   not known yet: trying again would not help (or would risk paying twice);
 * - `start-again`: the session or the flow is gone (401, 403, 404): a new flow helps;
 * - `app-misconfigured`: the app itself is set up wrongly (a refused return URL, a missing
 *   `prepare`, a request the proxy rejects, finAPI refusing the app's credentials).
 */
export type FlowErrorClass =
  'connectivity' | 'try-later' | 'contact-support' | 'start-again' | 'app-misconfigured';

// The proxy's error codes whose meaning does not follow from the HTTP status alone.
const BY_CODE: Readonly<Record<string, FlowErrorClass>> = {
  LOCKED: 'try-later',
  RATE_LIMITED: 'try-later',
  FLOW_IN_PROGRESS: 'try-later',
  STORE_UNAVAILABLE: 'try-later',
  PAYMENT_UNCERTAIN: 'contact-support',
  ALREADY_COMPLETED: 'contact-support',
  INVALID_REQUEST: 'app-misconfigured',
  PREPARE_REQUIRED: 'app-misconfigured',
  FINAPI_UNAUTHORIZED: 'app-misconfigured',
};

/**
 * Classifies the error a flow reports (a core `ProxyError`, a `ReturnUrlError`, or anything
 * else) for the connection-error screen. Pure, so the table test covers every branch.
 *
 * @example
 * flowErrorClassOf(new ProxyError('http', 'Locked', { status: 409, code: 'LOCKED' })); // 'try-later'
 */
export function flowErrorClassOf(error: unknown): FlowErrorClass {
  if (error instanceof ReturnUrlError) return 'app-misconfigured';
  if (!isProxyError(error) || error.kind !== 'http') return 'connectivity';
  const byCode = error.code === undefined ? undefined : BY_CODE[error.code];
  if (byCode !== undefined) return byCode;
  const status = error.status ?? 500;
  if (status === 408) return 'connectivity';
  if (status === 401 || status === 403 || status === 404 || status === 410) return 'start-again';
  if (status === 400 || status === 422) return 'app-misconfigured';
  if (status === 409 || status === 429 || status >= 500) return 'try-later';
  return 'contact-support';
}
