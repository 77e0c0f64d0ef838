import { TaskCallbackSchema, WebFormCallbackSchema, formatIssues } from '@webform-kit/core';
import type { Context } from 'hono';
import type { ProxyContext } from '../ProxyContext.ts';
import type { CallbackBodyEnv } from '../ProxyEnv.ts';
import { writeCallbackRecord } from '../records/callbackRecords.ts';
import { WEB_FORM } from '../resources/proxyResources.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { refuseCallback } from '../middleware/refuseCallback.ts';

/**
 * `POST /callbacks/webforms/{handle}/{secret}` and
 * `POST /callbacks/tasks/{handle}/{secret}/{finalised|web-form-required}`: finAPI saying that a
 * web form or task changed, behind the `verifiedCallback` guard and the callback body limit.
 *
 * The body must pass core's callback schema and name the resource the handle points to. Then
 * the body has done its job: it is only a notification (and proof that callbacks arrive), and the
 * proxy reads the authoritative snapshot from finAPI, with a read that asks after the callback
 * arrived, and publishes that; a final one delivers the outcome. A duplicate callback finds the
 * final snapshot already read and changes nothing.
 *
 * @example
 * app.post('/callbacks/webforms/:handle/:secret', verifiedCallback(ctx, WEB_FORM), body, (c) =>
 *   handleCallback(ctx, WEB_FORM, c),
 * );
 */
export async function handleCallback(
  ctx: ProxyContext,
  resource: ProxyResource,
  c: Context<CallbackBodyEnv>,
): Promise<Response> {
  // The read it triggers must ask finAPI after this moment: one that asked before may have been
  // answered before the change the callback announces.
  const arrivedAt = ctx.now();
  const { handle, record, body } = c.var;
  const schema = resource.name === 'web-form' ? WebFormCallbackSchema : TaskCallbackSchema;
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues).slice(0, 5).join('; ');
    throw refuseCallback(
      ctx,
      resource,
      400,
      'INVALID_CALLBACK',
      `The callback body is invalid: ${issues}`,
      'invalid body',
      record.id,
    );
  }
  const namedId = 'webFormId' in parsed.data ? parsed.data.webFormId : parsed.data.taskId;

  if (record.id === undefined) {
    // finAPI called back before it answered the creation: remember the id and let the creation
    // honour it once the id is known.
    await writeCallbackRecord(ctx.store, handle, { ...record, pendingId: namedId });
    ctx.emit({
      type: 'callback',
      resource: resource.name,
      id: namedId,
      accepted: true,
      reason: 'deferred until the creation is answered',
    });
    return new Response(null, { status: 202 });
  }
  if (record.id !== namedId) {
    throw refuseCallback(
      ctx,
      resource,
      400,
      'CALLBACK_MISMATCH',
      `The callback names another ${resource.what}`,
      'id mismatch',
      record.id,
    );
  }

  await ctx.health.heard(resource, record.id);
  const source = ctx.tokenSource(c.req.raw, { sessionId: record.sessionId, via: 'callback' });
  const snapshot = await ctx.gate.refresh(resource, record.id, source, arrivedAt);
  ctx.emit({ type: 'callback', resource: resource.name, id: record.id, accepted: true });

  // A task's callback also means its web form moved on; refresh that for anyone watching it.
  if (resource.name === 'task' && 'webForm' in snapshot.payload) {
    const webForm = snapshot.payload.webForm;
    if (webForm != null && ctx.watcher.isWatched(WEB_FORM, webForm.id)) {
      await ctx.health.heard(WEB_FORM, webForm.id);
      await ctx.gate.refresh(WEB_FORM, webForm.id, source, arrivedAt).catch(() => undefined);
    }
  }
  return new Response(null, { status: 204 });
}
