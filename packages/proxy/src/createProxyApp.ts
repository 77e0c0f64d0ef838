import { WEB_FORM_KINDS } from '@webform-kit/core';
import { Hono } from 'hono';
import { errorResponseOf, jsonError } from './jsonError.ts';
import { checkHost } from './middleware/checkHost.ts';
import { checkOrigin } from './middleware/checkOrigin.ts';
import { jsonBody } from './middleware/jsonBody.ts';
import { ownedResource } from './middleware/ownedResource.ts';
import { rateLimit } from './middleware/rateLimit.ts';
import { securityHeaders } from './middleware/securityHeaders.ts';
import { session } from './middleware/session.ts';
import { streamLimit } from './middleware/streamLimit.ts';
import { verifiedCallback } from './middleware/verifiedCallback.ts';
import type { ProxyContext } from './ProxyContext.ts';
import { TASK_CREATION, TASK_KIND, webFormCreation } from './resources/creations.ts';
import type { ProxyResource } from './resources/ProxyResource.ts';
import { TASK, WEB_FORM } from './resources/proxyResources.ts';
import { createResource } from './routes/createResource.ts';
import { deleteWebForm } from './routes/deleteWebForm.ts';
import { handleCallback } from './routes/handleCallback.ts';
import { methodNotAllowed, refuseHead } from './routes/methodNotAllowed.ts';
import { readResource } from './routes/readResource.ts';
import { streamResource } from './routes/streamResource.ts';
import { unknownKind } from './routes/unknownKind.ts';
import { isWebFormProxyError } from './WebFormProxyError.ts';

/** finAPI's callback bodies are a few hundred bytes. */
const MAX_CALLBACK_BYTES = 16 * 1024;
const KIND = `:kind{${WEB_FORM_KINDS.join('|')}}`;
const TASK_EVENT = ':event{finalised|web-form-required}';

/**
 * The proxy's routes (DESIGN.md) as a Hono app: one route per method and path, each guard
 * sequence declared once for its group, and for every other method on a known path a `405` with
 * `Allow`. Hono runs the routes matching a request in the order they are registered, so each
 * path's `405` comes after its own routes, and a path's fixed segments before its parameters.
 *
 * @example
 * const app = createProxyApp(ctx);
 * const response = await app.request('/api/webforms/bank-connection-import', { method: 'POST' });
 */
export function createProxyApp(ctx: ProxyContext) {
  // Before every answer, under the base path or not: the response headers (outermost, so every
  // refusal has them), then the Host check, before anything else is looked at.
  const root = new Hono({ strict: true });
  root.use(securityHeaders(), checkHost(ctx));
  const app = root.basePath(ctx.basePath || '/');

  // Browser routes. In this order: the session (its cookie is set on any answer), the Origin
  // check (before a rate token is taken or a body read), the session's rate limit. Then each
  // route's own: the body limit, or the id's shape and owner (before finAPI hears of it).
  const browser = [session(ctx), checkOrigin(ctx), rateLimit(ctx)] as const;
  const body = jsonBody({ maxBytes: ctx.maxBodyBytes });
  const ownWebForm = ownedResource(ctx, WEB_FORM);
  const ownTask = ownedResource(ctx, TASK);
  // One cap for both stream routes, taken last: a refused stream costs no slot.
  const streams = streamLimit(ctx.maxEventStreams);

  app.post(`/webforms/${KIND}`, ...browser, body, (c) =>
    createResource(ctx, webFormCreation(c.req.param('kind') ?? ''), c),
  );
  app.all(`/webforms/${KIND}`, methodNotAllowed(['POST']));
  app.get('/webforms/:id', ...browser, ownWebForm, (c) => readResource(ctx, WEB_FORM, c));
  app.delete('/webforms/:id', ...browser, ownWebForm, (c) => deleteWebForm(ctx, c));
  app.post('/webforms/:segment', unknownKind);
  app.all('/webforms/:id', methodNotAllowed(['GET', 'DELETE']));
  app.get('/webforms/:id/events', refuseHead(['GET']), ...browser, ownWebForm, streams, (c) =>
    streamResource(ctx, WEB_FORM, c),
  );
  app.all('/webforms/:id/events', methodNotAllowed(['GET']));

  app.post(`/tasks/${TASK_KIND}`, ...browser, body, (c) => createResource(ctx, TASK_CREATION, c));
  app.all(`/tasks/${TASK_KIND}`, methodNotAllowed(['POST']));
  app.get('/tasks/:id', ...browser, ownTask, (c) => readResource(ctx, TASK, c));
  app.all('/tasks/:id', methodNotAllowed(['GET']));
  app.get('/tasks/:id/events', refuseHead(['GET']), ...browser, ownTask, streams, (c) =>
    streamResource(ctx, TASK, c),
  );
  app.all('/tasks/:id/events', methodNotAllowed(['GET']));

  // finAPI's callbacks: no session, no cookie, no rate limit. The handle and its secret are
  // checked before the body is read.
  const callbackBody = jsonBody({ maxBytes: MAX_CALLBACK_BYTES, requireJsonType: false });
  const callback = (resource: ProxyResource) =>
    [verifiedCallback(ctx, resource), callbackBody] as const;

  app.post('/callbacks/webforms/:handle/:secret', ...callback(WEB_FORM), (c) =>
    handleCallback(ctx, WEB_FORM, c),
  );
  app.all('/callbacks/webforms/:handle/:secret', methodNotAllowed(['POST']));
  app.post(`/callbacks/tasks/:handle/:secret/${TASK_EVENT}`, ...callback(TASK), (c) =>
    handleCallback(ctx, TASK, c),
  );
  app.post('/callbacks/tasks/:handle/:secret/:event', () =>
    jsonError(404, 'NOT_FOUND', 'No such callback'),
  );
  app.all('/callbacks/tasks/:handle/:secret/:event', methodNotAllowed(['POST']));

  app.notFound(() => jsonError(404, 'NOT_FOUND', 'No such route'));
  app.onError((error) => {
    if (!isWebFormProxyError(error)) ctx.emit({ type: 'error', error });
    return errorResponseOf(error);
  });
  return app;
}
