import type { Context } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { OwnedEnv } from '../ProxyEnv.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { watchDeadlineOf } from '../snapshots/watchDeadline.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import { eventStreamResponse } from './eventStreamResponse.ts';

/** How long a browser refused a stream is asked to wait: streams end at a final status or expiry. */
const STREAM_RETRY_AFTER_S = 10;

/**
 * `GET /webforms/{id}/events`, `GET /tasks/{id}/events`: the Server-Sent Events stream, for a
 * session holding fewer than `maxStreamsPerSession` (`429 TOO_MANY_STREAMS` with `Retry-After`
 * otherwise), ending at a final status or at the flow's deadline (its expiry plus a grace).
 *
 * @example
 * app.get('/tasks/:id/events', ...guards, ownedResource(ctx, TASK), (c) => streamResource(ctx, TASK, c));
 */
export async function streamResource(
  ctx: ProxyContext,
  resource: ProxyResource,
  c: Context<OwnedEnv>,
): Promise<Response> {
  const { session, id } = c.var;
  const request = c.req.raw;
  const release = ctx.streams.open(session.id);
  if (release === undefined) {
    throw new WebFormProxyError(
      429,
      'TOO_MANY_STREAMS',
      'This session has the most event streams open that it may; close one (another tab) or try again later',
      { 'retry-after': String(STREAM_RETRY_AFTER_S) },
    );
  }
  try {
    // A flow the proxy created knows its summary, callbacks and deadline; a task's web form does not.
    const flow = await ctx.flows.read(resource, id);
    return await eventStreamResponse({
      gate: ctx.gate,
      watcher: ctx.watcher,
      resource,
      id,
      source: ctx.tokenSource(request, { sessionId: session.id, via: 'browser' }),
      pollSource: ctx.tokenSource(request, { sessionId: session.id, via: 'poll' }),
      signal: request.signal,
      summary: flow?.summary,
      callbacks: flow?.callbacks ?? ctx.registerCallbacks,
      deadlineOf: (snapshot) => flow?.watchUntil ?? watchDeadlineOf(resource, snapshot, ctx.now()),
      now: ctx.now,
      onEnd: release,
    });
  } catch (error) {
    release();
    throw error;
  }
}
