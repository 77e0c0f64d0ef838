import { finapiPathOf, isResourceId, isWebFormKind, WEB_FORM_KINDS } from '@webform-kit/core';
import {
  BankConnectionUpdateTaskDetailsSchema,
  createRequestSchemas,
} from '@webform-kit/core/requests';
import { Hono } from 'hono';
import type * as z from 'zod/mini';
import { createMemoryEventBus } from './EventBus.ts';
import { createMemoryStore } from './ProxyStore.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import { SnapshotHub, type TokenSource } from './SnapshotHub.ts';
import { createFinapiClient } from './createFinapiClient.ts';
import {
  createPasswordGrantTokenProvider,
  type PasswordGrantCredentials,
} from './createPasswordGrantTokenProvider.ts';
import { createRateLimiter } from './createRateLimiter.ts';
import { createResource } from './createResource.ts';
import { createSigner } from './createSigner.ts';
import { deleteWebForm } from './deleteWebForm.ts';
import { handleCallback } from './handleCallback.ts';
import { errorResponseOf, jsonError } from './jsonError.ts';
import {
  checkOptions,
  type AccessTokenContext,
  type AccessTokenProvider,
  type WebFormProxyOptions,
} from './options.ts';
import { methodNotAllowed, type ProxyContext } from './ProxyContext.ts';
import { readResource } from './readResource.ts';
import { streamResource } from './streamResource.ts';
import { grantIfUnowned } from './records.ts';
import { TASK, WEB_FORM } from './resources.ts';
import { createSessionCookie, type Session } from './sessionCookie.ts';
import { isWebFormProxyError, WebFormProxyError } from './WebFormProxyError.ts';

/** The proxy: a Web-standard fetch handler, plus what an app and a server need to know of it. */
export interface WebFormProxy {
  (request: Request): Promise<Response>;
  /** The same handler, for `export default { fetch: proxy.fetch }` and friends. */
  readonly fetch: (request: Request) => Promise<Response>;
  /** Where the routes live, e.g. `/api`. */
  readonly basePath: string;
  /** The normalised allowed return origins, for the app's `createReturnUrls`. */
  readonly allowedOrigins: readonly string[];
  /** Ends every event stream and stops every poller (for a graceful shutdown). */
  close(): void;
}

const TASK_CREATE_SEGMENT = 'background-update';

/**
 * Creates the webform-kit proxy: one fetch handler `(request) => Promise<Response>` that holds
 * the finAPI token, creates web forms and tasks for the browser's session, serves their status
 * and event streams, and receives finAPI's callbacks. Mount it wherever a `Request` comes in:
 * Node (`@webform-kit/proxy/node`), Hono, Next.js route handlers, Workers, Deno, Bun.
 *
 * @example
 * const proxy = createWebFormProxy({
 *   getAccessToken: async (request) => tokenOfSignedInUser(request),
 *   publicUrl: 'https://shop.example',
 *   allowedOrigins: ['https://shop.example'],
 *   sessionSecret: process.env.SESSION_SECRET!,
 * });
 * // Next.js: app/api/[...path]/route.ts
 * export { proxy as GET, proxy as POST, proxy as DELETE };
 */
export function createWebFormProxy(options: WebFormProxyOptions): WebFormProxy {
  const config = checkOptions(options);
  const now = options.now ?? Date.now;
  const doFetch: typeof fetch = (...args) => (options.fetch ?? globalThis.fetch)(...args);
  const emit = (event: ProxyEvent) => {
    try {
      options.onEvent?.(event);
    } catch {
      // A failing logger must not fail the request it reports on.
    }
  };
  // checkOptions made sure exactly one of the two is given.
  const getAccessToken: AccessTokenProvider =
    options.getAccessToken ??
    createPasswordGrantTokenProvider({
      ...(options.passwordGrant as PasswordGrantCredentials),
      accessUrl: options.accessUrl,
      fetch: doFetch,
      now,
      timeoutMs: config.finapiTimeoutMs,
    });

  const store = options.store ?? createMemoryStore(now);
  const finapi = createFinapiClient({
    baseUrl: config.finapiUrl,
    fetch: doFetch,
    timeoutMs: config.finapiTimeoutMs,
    onEvent: emit,
    now,
  });
  const hub = new SnapshotHub({
    bus: options.eventBus ?? createMemoryEventBus(),
    finapi,
    pollIntervalMs: config.pollIntervalMs,
    now,
    onEvent: emit,
    // A task that needs a web form hands its id out; the task's session may then read that
    // web form as its own.
    async onSnapshot(resource, snapshot, sessionId) {
      if (resource !== TASK || !('payload' in snapshot) || !('webForm' in snapshot.payload)) return;
      const webForm = snapshot.payload.webForm;
      if (webForm != null) await grantIfUnowned(store, 'webform', webForm.id, sessionId);
    },
  });
  const signer = createSigner(options.sessionSecret);

  const tokenSource = (request: Request, context: AccessTokenContext): TokenSource => ({
    sessionId: context.sessionId,
    async token() {
      try {
        return await getAccessToken(request, context);
      } catch (error) {
        if (isWebFormProxyError(error)) throw error;
        emit({ type: 'error', error });
        throw new WebFormProxyError(
          502,
          'FINAPI_UNAUTHORIZED',
          'No finAPI access token could be obtained',
        );
      }
    },
  });

  const ctx: ProxyContext = {
    basePath: config.basePath,
    publicUrl: config.publicUrl,
    allowedOrigins: new Set(config.allowedOrigins),
    maxBodyBytes: config.maxBodyBytes,
    registerCallbacks: options.registerCallbacks ?? true,
    hub,
    finapi,
    store,
    signer,
    sessions: createSessionCookie(signer, config.secure),
    limiter: options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now),
    emit,
    tokenSource,
  };

  /** Runs a browser route with its session, answering errors as JSON and setting a new cookie. */
  async function withSession(request: Request, route: (session: Session) => Promise<Response>) {
    const session = await ctx.sessions.read(request);
    let response: Response;
    try {
      response = await route(session);
    } catch (error) {
      if (!isWebFormProxyError(error)) emit({ type: 'error', error });
      response = errorResponseOf(error);
    }
    if (session.isNew) response.headers.append('set-cookie', await ctx.sessions.serialise(session));
    return response;
  }

  const app = new Hono({ strict: true }).basePath(config.basePath || '/');

  app.all('/webforms/:segment', (c) => {
    const request = c.req.raw;
    const segment = c.req.param('segment');
    // Captured before the type guards below narrow `segment` away.
    const shownSegment = JSON.stringify(segment.slice(0, 64));
    return withSession(request, async (session) => {
      const method = c.req.method;
      if (isWebFormKind(segment)) {
        if (method !== 'POST') throw methodNotAllowed(['POST']);
        const kind = segment;
        return createResource(ctx, request, session, {
          resource: WEB_FORM,
          finapiPath: `/api/webForms/${finapiPathOf(kind)}`,
          bodySchema: createRequestSchemas[kind] as unknown as z.ZodMiniType<
            Record<string, unknown>
          >,
          callbacks: (base) => ({ finalised: base }),
        });
      }
      if (method === 'POST' && !isResourceId(segment)) {
        throw new WebFormProxyError(
          404,
          'UNKNOWN_KIND',
          `No kind of web form is called ${shownSegment}; use one of ${WEB_FORM_KINDS.join(', ')}`,
        );
      }
      // Hono answers HEAD with the GET route and drops the body.
      if (method === 'GET' || method === 'HEAD') {
        return readResource(ctx, request, session, WEB_FORM, segment);
      }
      if (method === 'DELETE') return deleteWebForm(ctx, request, session, segment);
      throw methodNotAllowed(['GET', 'DELETE']);
    });
  });

  app.all('/webforms/:id/events', (c) =>
    withSession(c.req.raw, async (session) => {
      if (c.req.method !== 'GET') throw methodNotAllowed(['GET']);
      return streamResource(ctx, c.req.raw, session, WEB_FORM, c.req.param('id'));
    }),
  );

  app.all('/tasks/:segment', (c) =>
    withSession(c.req.raw, async (session) => {
      const segment = c.req.param('segment');
      if (segment === TASK_CREATE_SEGMENT) {
        if (c.req.method !== 'POST') throw methodNotAllowed(['POST']);
        return createResource(ctx, c.req.raw, session, {
          resource: TASK,
          finapiPath: '/api/tasks/backgroundUpdate',
          bodySchema: BankConnectionUpdateTaskDetailsSchema as unknown as z.ZodMiniType<
            Record<string, unknown>
          >,
          callbacks: (base) => ({
            finalised: `${base}/finalised`,
            webFormRequired: `${base}/web-form-required`,
          }),
        });
      }
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') throw methodNotAllowed(['GET']);
      return readResource(ctx, c.req.raw, session, TASK, segment);
    }),
  );

  app.all('/tasks/:id/events', (c) =>
    withSession(c.req.raw, async (session) => {
      if (c.req.method !== 'GET') throw methodNotAllowed(['GET']);
      return streamResource(ctx, c.req.raw, session, TASK, c.req.param('id'));
    }),
  );

  // Callbacks come from finAPI, not a browser: no session, no cookie, no rate limit by session.
  app.all('/callbacks/webforms/:handle/:secret', async (c) => {
    if (c.req.method !== 'POST') return errorResponseOf(methodNotAllowed(['POST']));
    return handleCallback(ctx, c.req.raw, WEB_FORM, c.req.param('handle'), c.req.param('secret'));
  });

  app.all('/callbacks/tasks/:handle/:secret/:event', async (c) => {
    if (c.req.method !== 'POST') return errorResponseOf(methodNotAllowed(['POST']));
    const event = c.req.param('event');
    if (event !== 'finalised' && event !== 'web-form-required') {
      return jsonError(404, 'NOT_FOUND', 'No such callback');
    }
    return handleCallback(ctx, c.req.raw, TASK, c.req.param('handle'), c.req.param('secret'));
  });

  app.notFound(() => jsonError(404, 'NOT_FOUND', 'No such route'));
  app.onError((error) => {
    if (!isWebFormProxyError(error)) emit({ type: 'error', error });
    return errorResponseOf(error);
  });

  const handler = async (request: Request): Promise<Response> => app.fetch(request);
  return Object.assign(handler, {
    fetch: handler,
    basePath: config.basePath,
    allowedOrigins: Object.freeze([...config.allowedOrigins]),
    close: () => hub.close(),
  });
}
