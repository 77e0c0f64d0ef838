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
 * its status is published at once as provisional (streams show it; nothing is recorded or
 * delivered from it), and the proxy reads the authoritative snapshot from finAPI, with a read
 * that asks after the callback arrived, and publishes that; a final one delivers the outcome. A
 * task's web form is read alongside the task. A duplicate callback finds the final snapshot
 * already read and changes nothing.
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
  const callback = parsed.data;
  // Streams show the callback's status at once, as provisional: the validated read below keeps
  // finAPI's one read a second and may wait up to that second.
  const announced = [ctx.watcher.announce(resource, callback)];
  const namedForm = 'taskId' in callback ? callback.webForm : undefined;
  const knownTask = resource.name === 'task' ? ctx.gate.peek(resource, record.id) : undefined;
  const knownTaskForm =
    knownTask !== undefined && 'webForm' in knownTask.payload
      ? knownTask.payload.webForm?.id
      : undefined;
  // A task's callback that names its web form moves that on too, for anyone watching it; only
  // the web form the task is known to have, so that a callback body cannot announce a status
  // for some other flow's form (the validated read below still reads any form it names).
  if (namedForm != null && namedForm.id === knownTaskForm) {
    announced.push(
      ctx.watcher.announce(WEB_FORM, { webFormId: namedForm.id, status: namedForm.status }),
    );
  }
  const source = ctx.tokenSource(c.req.raw, { sessionId: record.sessionId, via: 'callback' });
  const refreshForm = async (id: string) => {
    if (!ctx.watcher.isWatched(WEB_FORM, id)) return;
    await ctx.health.heard(WEB_FORM, id);
    await ctx.gate.refresh(WEB_FORM, id, source, arrivedAt).catch(() => undefined);
  };
  // The task's web form is read alongside the task, not after it: each keeps its own spacing, and
  // waiting out one and then the other would wait twice.
  const knownForm = namedForm?.id ?? knownTaskForm;
  const formRead = knownForm === undefined ? undefined : refreshForm(knownForm);
  const snapshot = await ctx.gate.refresh(resource, record.id, source, arrivedAt);
  ctx.emit({ type: 'callback', resource: resource.name, id: record.id, accepted: true });

  if (resource.name === 'task' && 'webForm' in snapshot.payload) {
    const webForm = snapshot.payload.webForm;
    // A web form the callback and the known task did not name: read it now.
    if (webForm != null && webForm.id !== knownForm) await refreshForm(webForm.id);
  }
  await Promise.all([formRead, ...announced]);
  return new Response(null, { status: 204 });
}
