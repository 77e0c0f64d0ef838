/**
 * @webform-kit/proxy: the backend proxy between the browser and finAPI Web Form 2.0, as one
 * Web-standard fetch handler. For a ready Node server see `@webform-kit/proxy/node`; for the
 * development launcher that runs it against the simulator, `@webform-kit/proxy/dev`.
 *
 * @packageDocumentation
 */
export { createWebFormProxy, type WebFormProxy } from './createWebFormProxy.ts';
export {
  DEFAULT_FINAPI_URL,
  DEFAULT_FINAPI_TIMEOUT_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_EVENT_STREAMS,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_SESSION_MAX_AGE_MS,
  DEFAULT_MAX_STREAMS_PER_SESSION,
  DEFAULT_REFERENCE_TTL_MS,
  DEFAULT_UNATTENDED_POLL_MS,
  MIN_POLL_INTERVAL_MS,
  MIN_SESSION_SECRET_DISTINCT_CHARACTERS,
  MIN_SESSION_SECRET_LENGTH,
  type AccessTokenContext,
  type AccessTokenProvider,
  type WebFormProxyOptions,
} from './options.ts';
export {
  trustBrowserInput,
  PAYMENT_KINDS,
  type PrepareContext,
  type PreparedFlow,
  type PrepareFlow,
} from './flows/prepare.ts';
export type { OutcomeEvent, OutcomeHandler } from './flows/OutcomeEvent.ts';
export { OUTCOME_RETRY_FOR_MS, outcomeRetryDelayMs } from './flows/OutcomeDelivery.ts';
export { EXPIRY_GRACE_MS, TASK_WATCH_MS } from './snapshots/watchDeadline.ts';
export {
  createPasswordGrantTokenProvider,
  DEFAULT_ACCESS_URL,
  type PasswordGrantCredentials,
  type PasswordGrantOptions,
} from './finapi/createPasswordGrantTokenProvider.ts';
export {
  createMemoryEventBus,
  type BusMessage,
  type EventBus,
  type ProvisionalStatus,
  type Snapshot,
} from './EventBus.ts';
export {
  createMemoryStore,
  DEFAULT_MAX_STORE_ENTRIES,
  type MemoryStoreOptions,
  type ProxyStore,
} from './ProxyStore.ts';
export {
  DEFAULT_ANONYMOUS_RATE_LIMIT,
  DEFAULT_RATE_LIMIT,
  type RateLimitOptions,
} from './createRateLimiter.ts';
export { WebFormProxyError, isWebFormProxyError } from './WebFormProxyError.ts';
export { PROXY_ERROR_CODES, type ProxyErrorCode } from './errorCodes.ts';
export type { ProxyEvent } from './ProxyEvent.ts';
export { KEEP_ALIVE_MS } from './routes/eventStreamResponse.ts';
