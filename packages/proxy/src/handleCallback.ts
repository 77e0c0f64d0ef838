import { TaskCallbackSchema, WebFormCallbackSchema, formatIssues } from '@webform-kit/core';
import type { ProxyContext } from './ProxyContext.ts';
import { readJsonBody } from './readJsonBody.ts';
import { readCallbackRecord, writeCallbackRecord } from './records.ts';
import { TASK, WEB_FORM, type Resource } from './resources.ts';
import { WebFormProxyError } from './WebFormProxyError.ts';

const HANDLE = /^[A-Za-z0-9_-]{22}$/;
/** finAPI's callback bodies are a few hundred bytes. */
const MAX_CALLBACK_BYTES = 16 * 1024;

/**
 * `POST /callbacks/webforms/{handle}/{secret}` and
 * `POST /callbacks/tasks/{handle}/{secret}/{finalised|web-form-required}`: finAPI saying that a
 * web form or task changed.
 *
 * The secret is the HMAC of the handle under the session secret, checked in constant time, so
 * nobody who has not seen the URL can make one. An unknown handle and a wrong secret get the same
 * 404. The body must pass core's callback schema and name the resource the handle points to.
 * Then the body has done its job: it is only a notification, and the proxy reads the
 * authoritative snapshot from finAPI and publishes that. A duplicate callback finds the final
 * snapshot already read and changes nothing.
 */
export async function handleCallback(
  ctx: ProxyContext,
  request: Request,
  resource: Resource,
  handle: string,
  secret: string,
): Promise<Response> {
  const refuse = (status: number, code: string, message: string, reason: string, id?: string) => {
    ctx.emit({ type: 'callback', resource: resource.type, id, accepted: false, reason });
    return new WebFormProxyError(status, code, message);
  };
  const notFound = (reason: string) => refuse(404, 'NOT_FOUND', 'No such callback', reason);

  if (!HANDLE.test(handle)) throw notFound('malformed handle');
  if (!(await ctx.signer.verify(`callback:${resource.type}:${handle}`, secret))) {
    throw notFound('wrong secret');
  }
  const record = await readCallbackRecord(ctx.store, handle);
  if (record === undefined || record.type !== resource.type) throw notFound('unknown handle');

  const body = await readJsonBody(request, MAX_CALLBACK_BYTES, { requireJsonType: false });
  const parsed =
    resource === WEB_FORM
      ? WebFormCallbackSchema.safeParse(body)
      : TaskCallbackSchema.safeParse(body);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error.issues).slice(0, 5).join('; ');
    throw refuse(
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
      resource: resource.type,
      id: namedId,
      accepted: true,
      reason: 'deferred until the creation is answered',
    });
    return new Response(null, { status: 202 });
  }
  if (record.id !== namedId) {
    throw refuse(
      400,
      'CALLBACK_MISMATCH',
      `The callback names another ${resource.what}`,
      'id mismatch',
      record.id,
    );
  }

  const source = ctx.tokenSource(request, { sessionId: record.sessionId, via: 'callback' });
  const snapshot = await ctx.hub.refresh(resource, record.id, source);
  ctx.emit({ type: 'callback', resource: resource.type, id: record.id, accepted: true });

  // A task's callback also means its web form moved on; refresh that for anyone watching it.
  if (resource === TASK && 'payload' in snapshot && 'webForm' in snapshot.payload) {
    const webForm = snapshot.payload.webForm;
    if (webForm != null && ctx.hub.isWatched(WEB_FORM, webForm.id)) {
      await ctx.hub.refresh(WEB_FORM, webForm.id, source).catch(() => undefined);
    }
  }
  return new Response(null, { status: 204 });
}
