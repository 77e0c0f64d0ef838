import { eventStreamResponse } from './eventStreamResponse.ts';
import { requireId, requireOwner, requireRate, type ProxyContext } from './ProxyContext.ts';
import type { Resource } from './resources.ts';
import type { Session } from './sessionCookie.ts';

/** `GET /webforms/{id}/events`, `GET /tasks/{id}/events`: the Server-Sent Events stream. */
export async function streamResource(
  ctx: ProxyContext,
  request: Request,
  session: Session,
  resource: Resource,
  id: string,
): Promise<Response> {
  requireId(id, resource);
  requireRate(ctx, session);
  await requireOwner(ctx, resource, id, session);
  return eventStreamResponse({
    hub: ctx.hub,
    resource,
    id,
    source: ctx.tokenSource(request, { sessionId: session.id, via: 'browser' }),
    pollSource: ctx.tokenSource(request, { sessionId: session.id, via: 'poll' }),
    signal: request.signal,
  });
}
