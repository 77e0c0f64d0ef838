import type { Context } from 'hono';
import { withSummary } from '../flows/withSummary.ts';
import { jsonResponse } from '../jsonError.ts';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';

/**
 * `GET /webforms/{id}`, `GET /tasks/{id}`: the snapshot, validated, for a session that may read
 * it, read through the gate (at most one finAPI read a second however often the browser asks),
 * with the flow's `summary` when the app's `prepare` gave one.
 *
 * @example
 * app.get('/tasks/:id', ...guards, ownedResource(ctx, TASK), (c) => readResource(ctx, TASK, c));
 */
export async function readResource(
  ctx: ProxyContext,
  resource: ProxyResource,
  c: Context<OwnedEnv>,
): Promise<Response> {
  const { session, id } = c.var;
  const source = ctx.tokenSource(c.req.raw, { sessionId: session.id, via: 'browser' });
  const [snapshot, summary] = await Promise.all([
    ctx.gate.read(resource, id, source),
    ctx.flows.summaryOf(resource, id),
  ]);
  return jsonResponse(withSummary(snapshot, summary));
}
