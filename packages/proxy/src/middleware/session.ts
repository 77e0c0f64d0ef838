import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { SessionEnv } from '../ProxyEnv.ts';

/**
 * The browser session of the request, as `c.var.session`: the one its signed cookie names, or a
 * new one. A new session's cookie is set on whatever the route answers, errors included, so a
 * browser keeps the session its first request started.
 *
 * A request that says it came over TLS (`X-Forwarded-Proto: https`) to a proxy whose cookie is
 * not `Secure` is reported once as a `warning`: TLS ends in front of an http `publicUrl`, and
 * `secureCookies: true` is missing. The header is only a hint here; it changes nothing.
 *
 * @example
 * app.get('/webforms/:id', session(ctx), (c) => c.text(c.var.session.id));
 */
export function session(ctx: ProxyContext) {
  let warned = false;
  return createMiddleware<SessionEnv>(async (c, next) => {
    const current = await ctx.sessions.read(c.req.raw);
    c.set('session', current);
    const forwarded = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (!warned && !ctx.sessions.secure && forwarded === 'https') {
      warned = true;
      ctx.emit({
        type: 'warning',
        code: 'INSECURE_COOKIE_BEHIND_TLS',
        message:
          'Requests arrive with X-Forwarded-Proto: https but the session cookie is not Secure: set secureCookies: true (or an https publicUrl)',
      });
    }
    // Hono turns an error thrown further on into the response before next() returns.
    await next();
    if (current.isNew) c.res.headers.append('set-cookie', await ctx.sessions.serialise(current));
  });
}
