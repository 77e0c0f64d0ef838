import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { CallbackEnv } from '../ProxyEnv.ts';
import { readCallbackRecord } from '../records/callbackRecords.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { refuseCallback } from './refuseCallback.ts';

const HANDLE = /^[A-Za-z0-9_-]{22}$/;

/**
 * The guard of finAPI's callback routes: the `:handle` and `:secret` of the path, checked before
 * the body is read. The secret is the HMAC of the handle under the session secret, checked in
 * constant time, so nobody who has not seen the URL can make one; the handle must point to a
 * record of this kind of resource. A malformed handle, a wrong secret and an unknown handle all
 * get the same `404`. Sets `c.var.handle` and `c.var.record`.
 *
 * @example
 * app.post('/callbacks/webforms/:handle/:secret', verifiedCallback(ctx, WEB_FORM), handle);
 */
export function verifiedCallback(ctx: ProxyContext, resource: ProxyResource) {
  return createMiddleware<CallbackEnv>(async (c, next) => {
    const notFound = (reason: string) =>
      refuseCallback(ctx, resource, 404, 'NOT_FOUND', 'No such callback', reason);
    const handle = c.req.param('handle') ?? '';
    if (!HANDLE.test(handle)) throw notFound('malformed handle');
    const signed = `callback:${resource.name}:${handle}`;
    if (!(await ctx.signer.verify(signed, c.req.param('secret') ?? ''))) {
      throw notFound('wrong secret');
    }
    const record = await readCallbackRecord(ctx.store, handle);
    if (record === undefined || record.name !== resource.name) throw notFound('unknown handle');
    c.set('handle', handle);
    c.set('record', record);
    await next();
  });
}
