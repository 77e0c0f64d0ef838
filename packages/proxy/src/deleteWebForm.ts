import {
  requireId,
  requireOrigin,
  requireOwner,
  requireRate,
  type ProxyContext,
} from './ProxyContext.ts';
import { deleteOwner } from './records.ts';
import { WEB_FORM } from './resources.ts';
import type { Session } from './sessionCookie.ts';

/**
 * `DELETE /webforms/{id}`: ends a web form the user abandoned. finAPI deletes it (its URL stops
 * working), its event streams end, and the session's claim on it goes.
 */
export async function deleteWebForm(
  ctx: ProxyContext,
  request: Request,
  session: Session,
  id: string,
): Promise<Response> {
  requireId(id, WEB_FORM);
  requireOrigin(ctx, request);
  requireRate(ctx, session);
  await requireOwner(ctx, WEB_FORM, id, session);
  const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
  await ctx.finapi.request({
    method: 'DELETE',
    path: WEB_FORM.finapiPath(id),
    token: await source.token(),
    schema: null,
    what: WEB_FORM.what,
  });
  ctx.hub.end(WEB_FORM, id);
  await deleteOwner(ctx.store, 'webform', id);
  return new Response(null, { status: 204 });
}
