import { ProxyError, isProxyError, parseRetryAfter } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';

describe('ProxyError', () => {
  it.each([
    ['network', undefined, true],
    ['timeout', undefined, true],
    ['aborted', undefined, false],
    ['invalid-response', 200, false],
    ['http', 400, false],
    ['http', 401, false],
    ['http', 403, false],
    ['http', 404, false],
    ['http', 408, true],
    ['http', 409, false],
    ['http', 422, false],
    ['http', 429, true],
    ['http', 500, true],
    ['http', 502, true],
    ['http', 503, true],
    ['http', 504, true],
    ['http', undefined, false],
  ] as const)('%s %s is retryable: %s', (kind, status, retryable) => {
    expect(new ProxyError(kind, 'x', { status }).retryable).toBe(retryable);
  });

  it('is recognised by isProxyError, also as a copy from another bundle', () => {
    expect(isProxyError(new ProxyError('network', 'x'))).toBe(true);
    const copy = Object.assign(new Error('x'), { name: 'ProxyError', kind: 'network' });
    expect(isProxyError(copy)).toBe(true);
    expect(isProxyError(new Error('x'))).toBe(false);
    expect(isProxyError({ name: 'ProxyError', kind: 'network' })).toBe(false);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-26T10:00:00.000Z');

  it.each([
    ['delta-seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['seconds with spaces around', ' 5 ', 5_000],
    ['an HTTP date 90 s ahead', 'Thu, 26 Nov 2026 10:01:30 GMT', 90_000],
    ['an HTTP date in the past, as 0', 'Thu, 26 Nov 2026 09:00:00 GMT', 0],
    ["RFC 850's obsolete date", 'Thursday, 26-Nov-26 10:00:10 GMT', 10_000],
  ])('reads %s', (_, header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['negative seconds', '-5'],
    ['fractional seconds', '1.5'],
    ['words', 'soon'],
  ])('ignores %s', (_, header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined();
  });
});
