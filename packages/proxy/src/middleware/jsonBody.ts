import { createMiddleware } from 'hono/factory';
import type { BodyEnv } from '../ProxyEnv.ts';
import { readJsonBody } from '../readJsonBody.ts';

export interface JsonBodyOptions {
  /** The largest body accepted: `413 BODY_TOO_LARGE` beyond. */
  maxBytes: number;
  /** Refuse a body not declared as JSON with `415`. `true` by default. */
  requireJsonType?: boolean;
}

/**
 * The body limit: reads the request body as JSON, at most `maxBytes` of it (a declared length
 * over the limit is refused unread, a streamed one abandoned at the limit), into `c.var.body`.
 * Whatever checks must come first (Origin, rate, a callback's secret) go before it, so a refused
 * request's body is never read.
 *
 * @example
 * app.post('/webforms/:kind', session(ctx), jsonBody({ maxBytes: 65_536 }), (c) => c.json(c.var.body));
 */
export function jsonBody(options: JsonBodyOptions) {
  const { maxBytes, requireJsonType = true } = options;
  return createMiddleware<BodyEnv>(async (c, next) => {
    c.set('body', await readJsonBody(c.req.raw, maxBytes, { requireJsonType }));
    await next();
  });
}
