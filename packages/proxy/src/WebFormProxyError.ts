import type { ProxyErrorCode } from './errorCodes.ts';

/**
 * An error the proxy answers as JSON `{code, message}` with `status`. Thrown by the proxy's own
 * code, and available to integrators: a custom `getAccessToken` can throw
 * `new WebFormProxyError(401, 'UNAUTHENTICATED', 'Please sign in')` to refuse a request.
 *
 * `message` is written for the browser: it never carries a token, a callback secret or raw text
 * from finAPI.
 *
 * @example
 * throw new WebFormProxyError(404, 'NOT_FOUND', 'No such web form');
 */
export class WebFormProxyError extends Error {
  override readonly name = 'WebFormProxyError';

  constructor(
    readonly status: number,
    readonly code: ProxyErrorCode,
    message: string,
    /** Extra response headers (`Retry-After`, `Allow`). */
    readonly headers: Readonly<Record<string, string>> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether `value` is a {@link WebFormProxyError} (also across bundle copies). */
export function isWebFormProxyError(value: unknown): value is WebFormProxyError {
  return (
    value instanceof WebFormProxyError ||
    (value instanceof Error &&
      value.name === 'WebFormProxyError' &&
      typeof (value as { status?: unknown }).status === 'number' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
