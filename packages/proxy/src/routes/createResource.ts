import { checkReturnUrl, formatIssues, ReturnUrlError } from '@webform-kit/core';
import type { Context } from 'hono';
import { randomToken } from '../base64url.ts';
import type { Snapshot } from '../EventBus.ts';
import { jsonResponse } from '../jsonError.ts';
import type { ProxyContext } from '../ProxyContext.ts';
import type { CreateEnv } from '../ProxyEnv.ts';
import {
  deleteCallbackRecord,
  readCallbackRecord,
  writeCallbackRecord,
} from '../records/callbackRecords.ts';
import { setOwner } from '../records/ownership.ts';
import type { Creation } from '../resources/creations.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import { redirectRefusal } from './redirectRefusal.ts';

/**
 * `POST /webforms/{kind}`, `POST /tasks/background-update`: creates a web form or task at finAPI
 * for the browser's session (behind the session, Origin, rate and body limit middleware). Checks
 * the body with core's request schema (after dropping any `callbacks` the browser sent), refuses
 * a `redirectUrl` outside the allowed origins, registers the proxy's own callbacks and records
 * the session as the owner.
 *
 * finAPI's id is only known from its answer, but the callback URL must be sent with the
 * request. So the URL carries a fresh random handle instead, and the store maps the handle to
 * the id once finAPI answers; a callback that arrives before that is remembered and honoured
 * then.
 *
 * @example
 * app.post('/tasks/background-update', ...guards, body, (c) => createResource(ctx, TASK_CREATION, c));
 */
export async function createResource(
  ctx: ProxyContext,
  creation: Creation,
  c: Context<CreateEnv>,
): Promise<Response> {
  const { resource } = creation;
  const { session, body } = c.var;
  const request = c.req.raw;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new WebFormProxyError(400, 'INVALID_REQUEST', 'The request body must be a JSON object');
  }
  // The browser never chooses where finAPI calls back.
  const { callbacks: _ignored, ...fields } = body as Record<string, unknown>;
  const parsed = creation.bodySchema.safeParse(fields);
  if (!parsed.success) {
    throw new WebFormProxyError(
      400,
      'INVALID_REQUEST',
      `The request body is invalid: ${formatIssues(parsed.error.issues).slice(0, 10).join('; ')}`,
    );
  }
  const details: Record<string, unknown> = { ...parsed.data };
  if (details.redirectUrl != null) {
    try {
      checkReturnUrl('redirectUrl', details.redirectUrl, ctx.allowedOrigins);
    } catch (error) {
      if (!(error instanceof ReturnUrlError)) throw error;
      throw new WebFormProxyError(400, 'REDIRECT_URL_NOT_ALLOWED', redirectRefusal(error));
    }
  }

  let handle: string | undefined;
  if (ctx.registerCallbacks) {
    handle = randomToken(16);
    const secret = await ctx.signer.sign(`callback:${resource.name}:${handle}`);
    details.callbacks = creation.callbacks(
      `${ctx.publicUrl}${ctx.basePath}/callbacks/${resource.segment}/${handle}/${secret}`,
    );
    await writeCallbackRecord(ctx.store, handle, {
      name: resource.name,
      sessionId: session.id,
    });
  }

  let created: Snapshot;
  try {
    const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
    created = await ctx.finapi.request({
      method: 'POST',
      path: creation.finapiPath,
      token: await source.token(),
      body: details,
      schema: resource.schema,
      what: resource.what,
    });
  } catch (error) {
    if (handle !== undefined) await deleteCallbackRecord(ctx.store, handle);
    throw error;
  }

  await setOwner(ctx.store, resource.name, created.id, session.id);
  await ctx.gate.seed(resource, created, session.id);
  if (handle !== undefined) {
    const record = await readCallbackRecord(ctx.store, handle);
    await writeCallbackRecord(ctx.store, handle, {
      name: resource.name,
      sessionId: session.id,
      id: created.id,
    });
    if (record?.pendingId !== undefined) {
      const early = record.pendingId === created.id;
      ctx.emit({
        type: 'callback',
        resource: resource.name,
        id: created.id,
        accepted: early,
        reason: early ? 'arrived before the creation was answered' : 'named another id',
      });
      if (early) {
        // The callback came before finAPI's answer to us; it still means "read again".
        const source = ctx.tokenSource(request, { sessionId: session.id, via: 'callback' });
        ctx.gate.refresh(resource, created.id, source).catch(() => undefined);
      }
    }
  }
  return jsonResponse(created, 201);
}
