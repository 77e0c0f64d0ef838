import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests (creating, deleting) a browser sent from a foreign page, with
 * `403 ORIGIN_NOT_ALLOWED`, before anything else is spent on them. SameSite=Lax and the JSON
 * content type already stop classic cross-site posts; this also covers same-site neighbours.
 * Requests without `Origin` (server-side callers) pass, and so do reads. The `Origin` goes to
 * `onEvent`, never into the answer. (The request's own origin passes only because `checkHost`
 * ran first: its host is one the proxy serves, not a rebound name.)
 *
 * @example
 * app.post('/webforms/:kind', session(ctx), checkOrigin(ctx), rateLimit(ctx), create);
 */
export function checkOrigin(ctx: ProxyContext) {
  const publicOrigin = new URL(ctx.publicUrl).origin;
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('origin');
    if (
      !SAFE_METHODS.has(c.req.method) &&
      origin !== undefined &&
      !ctx.allowedOrigins.has(origin) &&
      origin !== publicOrigin &&
      origin !== new URL(c.req.url).origin
    ) {
      ctx.emit({
        type: 'refused',
        code: 'ORIGIN_NOT_ALLOWED',
        detail: `Origin ${origin.slice(0, 200)}`,
      });
      throw new WebFormProxyError(
        403,
        'ORIGIN_NOT_ALLOWED',
        'Requests from this page are not allowed',
      );
    }
    await next();
  });
}
