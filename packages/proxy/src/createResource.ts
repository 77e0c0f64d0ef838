import { checkReturnUrl, formatIssues, ReturnUrlError } from '@webform-kit/core';
import type * as z from 'zod/mini';
import { randomToken } from './base64url.ts';
import type { Snapshot } from './EventBus.ts';
import { jsonResponse } from './jsonError.ts';
import { requireOrigin, requireRate, type ProxyContext } from './ProxyContext.ts';
import { readJsonBody } from './readJsonBody.ts';
import {
  deleteCallbackRecord,
  readCallbackRecord,
  setOwner,
  writeCallbackRecord,
} from './records.ts';
import type { Resource } from './resources.ts';
import type { Session } from './sessionCookie.ts';
import { WebFormProxyError } from './WebFormProxyError.ts';

export interface CreateResourceOptions {
  resource: Resource;
  /** finAPI's creation path, e.g. `/api/webForms/bankConnectionImport`. */
  finapiPath: string;
  /** finAPI's request body schema (from `@webform-kit/core/requests`). */
  bodySchema: z.ZodMiniType<Record<string, unknown>>;
  /** The callbacks to register, given the handle's path (`.../callbacks/webforms/{handle}/{secret}`). */
  callbacks: (callbackBase: string) => Record<string, string>;
}

/**
 * Creates a web form or task at finAPI for the browser's session: checks the body with core's
 * request schema (after dropping any `callbacks` the browser sent), refuses a `redirectUrl`
 * outside the allowed origins, registers the proxy's own callbacks and records the session as
 * the owner.
 *
 * finAPI's id is only known from its answer, but the callback URL must be sent with the
 * request. So the URL carries a fresh random handle instead, and the store maps the handle to
 * the id once finAPI answers; a callback that arrives before that is remembered and honoured
 * then.
 */
export async function createResource(
  ctx: ProxyContext,
  request: Request,
  session: Session,
  options: CreateResourceOptions,
): Promise<Response> {
  const { resource } = options;
  requireOrigin(ctx, request);
  requireRate(ctx, session);
  const raw = await readJsonBody(request, ctx.maxBodyBytes);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new WebFormProxyError(400, 'INVALID_REQUEST', 'The request body must be a JSON object');
  }
  // The browser never chooses where finAPI calls back.
  const { callbacks: _ignored, ...fields } = raw as Record<string, unknown>;
  const parsed = options.bodySchema.safeParse(fields);
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
      throw new WebFormProxyError(
        400,
        'REDIRECT_URL_NOT_ALLOWED',
        `redirectUrl is refused: ${error.message.replace(/^redirectUrl: /, '')}`,
      );
    }
  }

  let handle: string | undefined;
  if (ctx.registerCallbacks) {
    handle = randomToken(16);
    const secret = await ctx.signer.sign(`callback:${resource.type}:${handle}`);
    const segment = resource.type === 'webform' ? 'webforms' : 'tasks';
    details.callbacks = options.callbacks(
      `${ctx.publicUrl}${ctx.basePath}/callbacks/${segment}/${handle}/${secret}`,
    );
    await writeCallbackRecord(ctx.store, handle, { type: resource.type, sessionId: session.id });
  }

  let created: Snapshot;
  try {
    const source = ctx.tokenSource(request, { sessionId: session.id, via: 'browser' });
    created = await ctx.finapi.request({
      method: 'POST',
      path: options.finapiPath,
      token: await source.token(),
      body: details,
      schema: resource.schema,
      what: resource.what,
    });
  } catch (error) {
    if (handle !== undefined) await deleteCallbackRecord(ctx.store, handle);
    throw error;
  }

  await setOwner(ctx.store, resource.type, created.id, session.id);
  await ctx.hub.seed(resource, created, session.id);
  if (handle !== undefined) {
    const record = await readCallbackRecord(ctx.store, handle);
    await writeCallbackRecord(ctx.store, handle, {
      type: resource.type,
      sessionId: session.id,
      id: created.id,
    });
    if (record?.pendingId !== undefined) {
      const early = record.pendingId === created.id;
      ctx.emit({
        type: 'callback',
        resource: resource.type,
        id: created.id,
        accepted: early,
        reason: early ? 'arrived before the creation was answered' : 'named another id',
      });
      if (early) {
        // The callback came before finAPI's answer to us; it still means "read again".
        const source = ctx.tokenSource(request, { sessionId: session.id, via: 'callback' });
        ctx.hub.refresh(resource, created.id, source).catch(() => undefined);
      }
    }
  }
  return jsonResponse(created, 201);
}
