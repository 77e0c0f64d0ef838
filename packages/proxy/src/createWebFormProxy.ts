import { createProxyApp } from './createProxyApp.ts';
import { createRateLimiter, DEFAULT_ANONYMOUS_RATE_LIMIT } from './createRateLimiter.ts';
import { createSigner } from './createSigner.ts';
import { createMemoryEventBus, type Snapshot } from './EventBus.ts';
import { checkWebFormUrls } from './finapi/checkWebFormUrls.ts';
import { createFinapiClient } from './finapi/createFinapiClient.ts';
import {
  createPasswordGrantTokenProvider,
  type PasswordGrantCredentials,
} from './finapi/createPasswordGrantTokenProvider.ts';
import {
  checkOptions,
  type AccessTokenContext,
  type AccessTokenProvider,
  type WebFormProxyOptions,
} from './options.ts';
import type { ProxyContext } from './ProxyContext.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import { createMemoryStore } from './ProxyStore.ts';
import { grantTaskWebForm } from './records/ownership.ts';
import type { ProxyResource } from './resources/ProxyResource.ts';
import { createSessionCookie } from './sessionCookie.ts';
import { ReadGate } from './snapshots/ReadGate.ts';
import { SnapshotWatcher } from './snapshots/SnapshotWatcher.ts';
import type { TokenSource } from './snapshots/TokenSource.ts';
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
    checkAnswer: checkWebFormUrls({
      finapiUrl: config.finapiUrl,
      allowedHosts: config.allowedWebFormHosts,
    }),
  });
  // Every snapshot finAPI answers, whoever asked, first settles ownership (a task's web form
  // becomes its session's, so a browser told of it may read it at once), then reaches the
  // watchers of every instance.
  const learn = async (resource: ProxyResource, snapshot: Snapshot, sessionId: string) => {
    await grantTaskWebForm(store, resource, snapshot, sessionId);
    await watcher.publish(resource, snapshot);
  };
  const gate = new ReadGate({ finapi, now, onFetched: learn });
  const watcher = new SnapshotWatcher({
    bus: options.eventBus ?? createMemoryEventBus(),
    gate,
    pollIntervalMs: config.pollIntervalMs,
    now,
    onEvent: emit,
  });
  const signer = createSigner(options.sessionSecret, config.previousSecrets);

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
    allowedHosts: config.allowedHosts,
    maxEventStreams: config.maxEventStreams,
    maxBodyBytes: config.maxBodyBytes,
    registerCallbacks: options.registerCallbacks ?? true,
    gate,
    watcher,
    finapi,
    store,
    signer,
    sessions: createSessionCookie(signer, {
      secure: config.secure,
      maxAgeMs: config.sessionMaxAgeMs,
      now,
    }),
    limiter: options.rateLimit === false ? undefined : createRateLimiter(options.rateLimit, now),
    anonymousLimiter:
      options.anonymousRateLimit === false
        ? undefined
        : createRateLimiter(
            { ...DEFAULT_ANONYMOUS_RATE_LIMIT, ...options.anonymousRateLimit },
            now,
          ),
    clientKey(request) {
      try {
        const key = options.clientKey?.(request);
        return typeof key === 'string' && key !== '' ? key : undefined;
      } catch (error) {
        // A failing clientKey must not open the gate: the request joins the unknown clients.
        emit({ type: 'error', error });
        return undefined;
      }
    },
    emit,
    tokenSource,
  };

  const app = createProxyApp(ctx);
  const handler = async (request: Request): Promise<Response> => app.fetch(request);
  return Object.assign(handler, {
    fetch: handler,
    basePath: config.basePath,
    allowedOrigins: Object.freeze([...config.allowedOrigins]),
    close: () => watcher.close(),
  });
}
