import type { Context } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import { deleteOwner, ownerOf } from '../records/ownership.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { WEB_FORM } from '../resources/proxyResources.ts';
import { isWebFormProxyError, WebFormProxyError } from '../WebFormProxyError.ts';

/**
 * `DELETE /webforms/{id}`: ends a web form the user abandoned. finAPI deletes it (its URL stops
 * working), its event streams end, the proxy stops watching it, and the session's claim on it
 * goes. Only the session that created it may: one granted it by reference (another device of the
 * same customer) may follow it, not take it away from the first (`404`, as for any other).
 *
 * A form the proxy created is read once more first, unless its final status is known: finAPI
 * forgets a deleted form, and a payment completed just before must still reach `onOutcome` and
 * keep its reference `ALREADY_COMPLETED`.
 *
 * @example
 * app.delete('/webforms/:id', ...guards, ownedResource(ctx, WEB_FORM), (c) => deleteWebForm(ctx, c));
 */
export async function deleteWebForm(ctx: ProxyContext, c: Context<OwnedEnv>): Promise<Response> {
  const arrivedAt = ctx.now();
  const { session, id } = c.var;
  if ((await ownerOf(ctx.store, WEB_FORM.name, id)) !== session.id) {
    throw new WebFormProxyError(404, 'NOT_FOUND', 'No such web form');
  }
  const source = ctx.tokenSource(c.req.raw, { sessionId: session.id, via: 'browser' });
  const flow = await ctx.flows.read(WEB_FORM, id);
  let final = flow?.final !== undefined;
  if (flow !== undefined && !final) {
    try {
      const resource: ProxyResource = WEB_FORM;
      final = resource.isFinal(await ctx.gate.refresh(WEB_FORM, id, source, arrivedAt));
    } catch (error) {
      if (!isWebFormProxyError(error) || error.code !== 'NOT_FOUND') throw error;
    }
  }
  await ctx.finapi.request({
    method: 'DELETE',
    path: WEB_FORM.finapiPath(id),
    token: await source.token(),
    schema: null,
    what: WEB_FORM.what,
  });
  ctx.watcher.end(WEB_FORM, id);
  // A final one stays in the index until its outcome is delivered.
  if (flow !== undefined && !final) await ctx.flows.forget(WEB_FORM, id);
  await deleteOwner(ctx.store, WEB_FORM.name, id);
  return new Response(null, { status: 204 });
}
