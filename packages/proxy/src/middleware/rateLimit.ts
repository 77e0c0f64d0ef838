import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { SessionEnv } from '../ProxyEnv.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/**
 * Takes a token from the session's bucket (`rateLimit` option), or refuses with
 * `429 RATE_LIMITED` and `Retry-After`. Runs after the session and the Origin check, before the
 * route reads a body or asks the store or finAPI anything.
 *
 * @example
 * app.get('/webforms/:id', session(ctx), rateLimit(ctx), read);
 */
export function rateLimit(ctx: ProxyContext) {
  return createMiddleware<SessionEnv>(async (c, next) => {
    const wait = ctx.limiter?.take(c.var.session.id) ?? 0;
    if (wait > 0) {
      throw new WebFormProxyError(
        429,
        'RATE_LIMITED',
        `Too many requests; try again in ${wait} s`,
        { 'retry-after': String(wait) },
      );
    }
    await next();
  });
}
