import { ProxyError } from '../../src/index.ts';
import { describe, expect, it } from 'vitest';
import {
  MAX_BACKOFF_MS,
  backoffDelay,
  clampInterval,
  isRetryableStatusError,
} from '../../src/flow/pollingPolicy.ts';

const serverError = new ProxyError('http', 'GET /api/webforms/x answered 500', { status: 500 });

describe('pollingPolicy', () => {
  it('clamps poll intervals to at least one second', () => {
    expect(clampInterval(100, 2_000)).toBe(1_000);
    expect(clampInterval(0, 2_000)).toBe(1_000);
    expect(clampInterval(5_000, 2_000)).toBe(5_000);
    expect(clampInterval(undefined, 2_000)).toBe(2_000);
    expect(clampInterval(Number.NaN, 2_000)).toBe(2_000);
  });

  it('grows every pause even when the jitter swings from its top to its bottom', () => {
    const top = () => 0.9999;
    const bottom = () => 0;
    for (let failure = 0; failure < 3; failure += 1) {
      const longest = backoffDelay(failure, serverError, 2_000, top);
      const shortestNext = backoffDelay(failure + 1, serverError, 2_000, bottom);
      expect(shortestNext).toBeGreaterThan(longest);
    }
  });

  it('keeps the jitter within ±20 % and caps the pause', () => {
    expect(backoffDelay(0, serverError, 2_000, () => 0)).toBe(3_200);
    expect(backoffDelay(0, serverError, 2_000, () => 0.5)).toBe(4_000);
    expect(backoffDelay(0, serverError, 2_000, () => 0.9999)).toBeLessThanOrEqual(4_800);
    expect(backoffDelay(20, serverError, 2_000, () => 0.5)).toBe(MAX_BACKOFF_MS);
  });

  it('never retries before Retry-After', () => {
    const busy = new ProxyError('http', 'answered 503', { status: 503, retryAfterMs: 120_000 });
    expect(backoffDelay(0, busy, 2_000, () => 0.5)).toBe(120_000);
  });

  it('retries what can change and gives up on what cannot', () => {
    expect(isRetryableStatusError(serverError)).toBe(true);
    expect(isRetryableStatusError(new ProxyError('network', 'offline'))).toBe(true);
    expect(isRetryableStatusError(new ProxyError('timeout', 'slow'))).toBe(true);
    expect(isRetryableStatusError(new ProxyError('invalid-response', 'bad shape'))).toBe(true);
    expect(isRetryableStatusError(new ProxyError('http', 'gone', { status: 404 }))).toBe(false);
    expect(isRetryableStatusError(new ProxyError('http', 'busy', { status: 429 }))).toBe(true);
    expect(isRetryableStatusError(new TypeError('not a proxy error'))).toBe(false);
  });
});
