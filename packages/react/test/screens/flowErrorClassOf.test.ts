import { ProxyError, ReturnUrlError } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { flowErrorClassOf } from '../../src/screens/flowErrorClassOf.ts';

const http = (status: number, code?: string) =>
  new ProxyError('http', `HTTP ${status}`, { status, code });

describe('flowErrorClassOf', () => {
  it.each([
    ['no error at all', undefined, 'connectivity'],
    ['offline', new ProxyError('network', 'Failed to fetch'), 'connectivity'],
    ['a timeout', new ProxyError('timeout', 'slow'), 'connectivity'],
    ['an unusable answer', new ProxyError('invalid-response', 'not JSON'), 'connectivity'],
    ['an aborted call', new ProxyError('aborted', 'aborted'), 'connectivity'],
    ['a bug (not a ProxyError)', new TypeError('x is undefined'), 'connectivity'],
    ['408', http(408), 'connectivity'],
    ['409 LOCKED (an update already runs)', http(409, 'LOCKED'), 'try-later'],
    ['409 FLOW_IN_PROGRESS', http(409, 'FLOW_IN_PROGRESS'), 'try-later'],
    ['409 without a code', http(409), 'try-later'],
    ['429 RATE_LIMITED', http(429, 'RATE_LIMITED'), 'try-later'],
    ['429 without a code', http(429), 'try-later'],
    ['503 STORE_UNAVAILABLE', http(503, 'STORE_UNAVAILABLE'), 'try-later'],
    ['500', http(500), 'try-later'],
    ['502', http(502), 'try-later'],
    ['409 PAYMENT_UNCERTAIN', http(409, 'PAYMENT_UNCERTAIN'), 'contact-support'],
    ['409 ALREADY_COMPLETED', http(409, 'ALREADY_COMPLETED'), 'contact-support'],
    ['413', http(413), 'contact-support'],
    ['401', http(401), 'start-again'],
    ['403 without a code (session)', http(403), 'start-again'],
    ['404', http(404), 'start-again'],
    ['403 PREPARE_REQUIRED', http(403, 'PREPARE_REQUIRED'), 'app-misconfigured'],
    ['400 INVALID_REQUEST', http(400, 'INVALID_REQUEST'), 'app-misconfigured'],
    ['400 without a code', http(400), 'app-misconfigured'],
    ['422', http(422), 'app-misconfigured'],
    ['502 FINAPI_UNAUTHORIZED', http(502, 'FINAPI_UNAUTHORIZED'), 'app-misconfigured'],
    [
      'a refused return URL',
      new ReturnUrlError('returnTo', 'origin-not-allowed', 'not allowed'),
      'app-misconfigured',
    ],
  ] as const)('%s: %s', (_, error, expected) => {
    expect(flowErrorClassOf(error)).toBe(expected);
  });
});
