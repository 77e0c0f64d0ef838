import { isResourceId } from '@webform-kit/core';
import { createMiddleware } from 'hono/factory';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import { mayRead } from '../records/ownership.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/**
 * The `:id` of a route, as `c.var.id`, once it is finAPI-shaped (`400 INVALID_ID` otherwise) and
 * readable by the request's session (it owns it, or was granted it). A resource of another session gets the same `404 NOT_FOUND` as
 * one that does not exist, so a guessed id reveals nothing; both are decided before finAPI hears
 * of the request.
 *
 * @example
 * app.get('/webforms/:id', session(ctx), ownedResource(ctx, WEB_FORM), (c) => read(c.var.id));
 */
export function ownedResource(ctx: ProxyContext, resource: ProxyResource) {
  return createMiddleware<OwnedEnv>(async (c, next) => {
    const id = c.req.param('id');
    if (!isResourceId(id)) {
      throw new WebFormProxyError(
        400,
        'INVALID_ID',
        `A ${resource.what} id is 36 letters, digits and dashes`,
      );
    }
    if (!(await mayRead(ctx.store, resource.name, id, c.var.session.id))) {
      throw new WebFormProxyError(404, 'NOT_FOUND', `No such ${resource.what}`);
    }
    c.set('id', id);
    await next();
  });
}
