import type { Context } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import { deleteOwner } from '../records/ownership.ts';
import { WEB_FORM } from '../resources/proxyResources.ts';

/**
 * `DELETE /webforms/{id}`: ends a web form the user abandoned. finAPI deletes it (its URL stops
 * working), its event streams end, and the session's claim on it goes.
 *
 * @example
 * app.delete('/webforms/:id', ...guards, ownedResource(ctx, WEB_FORM), (c) => deleteWebForm(ctx, c));
 */
export async function deleteWebForm(ctx: ProxyContext, c: Context<OwnedEnv>): Promise<Response> {
  const { session, id } = c.var;
  const source = ctx.tokenSource(c.req.raw, { sessionId: session.id, via: 'browser' });
  await ctx.finapi.request({
    method: 'DELETE',
    path: WEB_FORM.finapiPath(id),
    token: await source.token(),
    schema: null,
    what: WEB_FORM.what,
  });
  ctx.watcher.end(WEB_FORM, id);
  await deleteOwner(ctx.store, WEB_FORM.name, id);
  return new Response(null, { status: 204 });
}
