import { jsonResponse } from './jsonError.ts';
import { requireId, requireOwner, requireRate, type ProxyContext } from './ProxyContext.ts';
import type { Resource } from './resources.ts';
import type { Session } from './sessionCookie.ts';

/**
 * `GET /webforms/{id}`, `GET /tasks/{id}`: the snapshot, validated, for the owning session. Shape,
 * rate and ownership are checked before finAPI hears of the request.
 */
export async function readResource(
  ctx: ProxyContext,
  request: Request,
  session: Session,
  resource: Resource,
  id: string,
): Promise<Response> {
  requireId(id, resource);
  requireRate(ctx, session);
  await requireOwner(ctx, resource, id, session);
  const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
  return jsonResponse(await ctx.hub.read(resource, id, source));
}
