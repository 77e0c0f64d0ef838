import type { Context } from 'hono';
import type { ErrorContext } from './finapiErrorResponse.ts';

/** The `endpoint` and time finAPI puts into an error answer for this request. */
export function errorContextOf(c: Context, now: () => number): ErrorContext {
  return { endpoint: `${c.req.method} ${c.req.path}`, now: now() };
}
