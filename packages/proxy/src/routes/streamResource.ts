import type { Handler } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { eventStreamResponse } from './eventStreamResponse.ts';

/**
 * `GET /webforms/{id}/events`, `GET /tasks/{id}/events`: the Server-Sent Events stream.
 *
 * @example
 * app.get('/tasks/:id/events', refuseHead(['GET']), ...guards, ownedResource(ctx, TASK), streamResource(ctx, TASK));
 */
export function streamResource(ctx: ProxyContext, resource: ProxyResource): Handler<OwnedEnv> {
  return async (c) => {
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
  };
}
