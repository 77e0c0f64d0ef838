import type { Context } from 'hono';
import { createFlow } from '../flows/createFlow.ts';
import type { ProxyContext } from '../ProxyContext.ts';
import type { CreateEnv } from '../ProxyEnv.ts';
import type { Creation } from '../resources/creations.ts';

/**
 * `POST /webforms/{kind}`, `POST /tasks/background-update`: creates a web form or task for the
 * browser's session (behind the session, Origin, rate and body limit middleware), as the app's
 * `prepare` decides it from the browser's body, with one flow per reference (`createFlow`).
 *
 * @example
 * app.post('/tasks/background-update', ...guards, body, (c) => createResource(ctx, TASK_CREATION, c));
 */
export function createResource(
  ctx: ProxyContext,
  creation: Creation,
  c: Context<CreateEnv>,
): Promise<Response> {
  const arrivedAt = ctx.now();
  const { session, body } = c.var;
  return createFlow(ctx, { creation, session, request: c.req.raw, input: body, arrivedAt });
}
