import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import { hostKey, parseHost } from '../hostKey.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/**
 * Refuses a request whose `Host` is none the proxy serves (`publicUrl`'s, the allowed origins',
 * `allowedHosts`) with `421 HOST_NOT_ALLOWED`, before anything else. This stops DNS rebinding:
 * a page on `rebind.evil.example` whose name is made to resolve to the proxy's address reaches
 * the proxy as a same-origin page, with `Host: rebind.evil.example` and a matching `Origin`.
 * The host goes to `onEvent`, never into the answer.
 *
 * @example
 * root.use(checkHost(ctx)); // before every route
 */
export function checkHost(ctx: ProxyContext) {
  return createMiddleware(async (c, next) => {
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    const parsed = parseHost(host);
    if (parsed === undefined || !ctx.allowedHosts.has(hostKey(parsed))) {
      ctx.emit({ type: 'refused', code: 'HOST_NOT_ALLOWED', detail: `Host ${host.slice(0, 200)}` });
      throw new WebFormProxyError(421, 'HOST_NOT_ALLOWED', 'This host is not served here');
    }
    await next();
  });
}
