import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { SessionEnv } from '../ProxyEnv.ts';

/**
 * The browser session of the request, as `c.var.session`: the one its signed cookie names, or a
 * new one. A new session's cookie is set on whatever the route answers, errors included, so a
 * browser keeps the session its first request started.
 *
 * @example
 * app.get('/webforms/:id', session(ctx), (c) => c.text(c.var.session.id));
 */
export function session(ctx: ProxyContext) {
  return createMiddleware<SessionEnv>(async (c, next) => {
    const current = await ctx.sessions.read(c.req.raw);
    c.set('session', current);
    // Hono turns an error thrown further on into the response before next() returns.
    await next();
    if (current.isNew) c.res.headers.append('set-cookie', await ctx.sessions.serialise(current));
  });
}
