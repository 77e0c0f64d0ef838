import { isWebFormProxyError } from './WebFormProxyError.ts';

const JSON_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
};

/** A JSON `{code, message}` error response. */
export function jsonError(
  status: number,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): Response {
  return new Response(JSON.stringify({ code, message }), {
    status,
    headers: { ...JSON_HEADERS, ...headers },
  });
}

/** A JSON response with `no-store`: snapshots change, so no cache may keep them. */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/**
 * The response for anything thrown while handling a request. Only {@link WebFormProxyError}s
 * speak to the browser; anything else is a bug, answered as a bare 500 so no internal detail
 * (a stack, a token in an error message) leaks.
 */
export function errorResponseOf(error: unknown): Response {
  if (isWebFormProxyError(error)) {
    return jsonError(error.status, error.code, error.message, error.headers);
  }
  return jsonError(500, 'INTERNAL_ERROR', 'The proxy failed unexpectedly');
}
