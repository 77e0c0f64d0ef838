import { isProxyError } from '../proxyError.ts';

/** How often a pending web form or task is asked for by default. */
export const DEFAULT_POLL_INTERVAL_MS = 2_000;
/** finAPI asks for at most one status request a second; no option goes below this. */
export const MIN_POLL_INTERVAL_MS = 1_000;
/** The safety-net poll while the proxy pushes snapshots over Server-Sent Events. */
export const DEFAULT_PUSH_POLL_INTERVAL_MS = 20_000;
/** The longest pause between retries after errors (a `Retry-After` may ask for longer). */
export const MAX_BACKOFF_MS = 30_000;

/**
 * A poll interval from an option: at least {@link MIN_POLL_INTERVAL_MS}, or `fallback` when the
 * option is absent or not a finite number.
 *
 * @example
 * clampInterval(250, 2_000) // 1_000
 */
export function clampInterval(ms: number | undefined, fallback: number): number {
  if (ms === undefined || !Number.isFinite(ms)) return fallback;
  return Math.max(MIN_POLL_INTERVAL_MS, Math.round(ms));
}

/**
 * Whether a failed status request is worth repeating: network trouble, timeouts, 408, 429, 5xx,
 * and answers that failed validation (a proxy mid-deploy). A 4xx such as 404 will not change.
 */
export function isRetryableStatusError(error: unknown): boolean {
  return isProxyError(error) && (error.retryable || error.kind === 'invalid-response');
}

/**
 * The pause before retry number `failureCount + 1` (TanStack Query counts from 0): twice the
 * interval, doubling with every failure up to {@link MAX_BACKOFF_MS}, with ±20 % jitter so that
 * many tabs do not retry in step, and never shorter than the proxy's `Retry-After`. The jitter is
 * narrower than the doubling, so each pause is longer than the one before until the cap.
 *
 * @example
 * backoffDelay(0, error, 2_000) // 3_200 – 4_800 ms
 */
export function backoffDelay(
  failureCount: number,
  error: unknown,
  intervalMs: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** (failureCount + 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  const retryAfter = isProxyError(error) ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(MIN_POLL_INTERVAL_MS, jittered, retryAfter);
}
