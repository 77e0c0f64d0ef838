import type { Context } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { eventStreamResponse } from './eventStreamResponse.ts';

/**
 * `GET /webforms/{id}/events`, `GET /tasks/{id}/events`: the Server-Sent Events stream.
 *
 * @example
 * app.get('/tasks/:id/events', ...guards, ownedResource(ctx, TASK), (c) => streamResource(ctx, TASK, c));
 */
export function streamResource(
  ctx: ProxyContext,
  resource: ProxyResource,
  c: Context<OwnedEnv>,
): Promise<Response> {
  const { session, id } = c.var;
  const request = c.req.raw;
  return eventStreamResponse({
    gate: ctx.gate,
    watcher: ctx.watcher,
    resource,
    id,
    source: ctx.tokenSource(request, { sessionId: session.id, via: 'browser' }),
    pollSource: ctx.tokenSource(request, { sessionId: session.id, via: 'poll' }),
    signal: request.signal,
  });
}
