import type { Handler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { errorResponseOf } from '../jsonError.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

function refusal(allow: readonly string[]): WebFormProxyError {
  return new WebFormProxyError(405, 'METHOD_NOT_ALLOWED', `Use ${allow.join(' or ')} here`, {
    allow: allow.join(', '),
  });
}

/**
 * The answer for every method a known path does not serve: `405 METHOD_NOT_ALLOWED` with an
 * `Allow` header naming the ones it does. Registered after the path's own routes (Hono runs
 * matching routes in order), so it only answers what they left.
 *
 * @example
 * app.get('/tasks/:id', read);
 * app.all('/tasks/:id', methodNotAllowed(['GET']));
 */
export function methodNotAllowed(allow: readonly string[]): Handler {
  return () => errorResponseOf(refusal(allow));
}

/**
 * Hono answers `HEAD` with a path's `GET` route and drops the body. An event stream must not be
 * opened (and a poller started) for an answer nobody reads, so such a route refuses `HEAD` like
 * any other method it does not serve.
 *
 * @example
 * app.get('/tasks/:id/events', refuseHead(['GET']), stream);
 */
export function refuseHead(allow: readonly string[]) {
  return createMiddleware(async (c, next) => {
    if (c.req.method === 'HEAD') return errorResponseOf(refusal(allow));
    await next();
  });
}
