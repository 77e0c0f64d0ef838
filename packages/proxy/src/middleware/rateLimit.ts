import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { SessionEnv } from '../ProxyEnv.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/** The bucket every request without a client key shares. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * Takes a token, or refuses with `429 RATE_LIMITED` and `Retry-After`. A request of an
 * established session (a valid cookie) takes it from its session's bucket (`rateLimit`). One
 * without (a new session, which would come with a fresh bucket of its own) takes it from its
 * client's bucket (`anonymousRateLimit`, keyed by `clientKey`; unknown clients share one), so a
 * client that drops its cookie cannot escape the limit. The kit's first request, the create
 * itself, passes: nothing before it is required. Runs after the session and the Origin check,
 * before the route reads a body or asks the store or finAPI anything.
 *
 * @example
 * app.get('/webforms/:id', session(ctx), rateLimit(ctx), read);
 */
export function rateLimit(ctx: ProxyContext) {
  return createMiddleware<SessionEnv>(async (c, next) => {
    const { session } = c.var;
    const wait = session.isNew
      ? (ctx.anonymousLimiter?.take(ctx.clientKey(c.req.raw) ?? UNKNOWN_CLIENT) ?? 0)
      : (ctx.limiter?.take(session.id) ?? 0);
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
