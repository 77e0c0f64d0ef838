import { createMiddleware } from 'hono/factory';

/**
 * Sets on every answer the headers that keep a browser from reading it as anything but what it
 * is: `X-Content-Type-Options: nosniff` (no JSON sniffed as HTML or script), and a
 * `Content-Security-Policy` that lets nothing load and nothing frame it, should an answer ever
 * be rendered as a document. Runs outermost, so refusals, 404s and streams get them too.
 *
 * @example
 * root.use(securityHeaders());
 */
export function securityHeaders() {
  return createMiddleware(async (c, next) => {
    await next();
    c.res.headers.set('x-content-type-options', 'nosniff');
    c.res.headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  });
}
