import { createProxyApp } from './createProxyApp.ts';
import { createRateLimiter, DEFAULT_ANONYMOUS_RATE_LIMIT } from './createRateLimiter.ts';
import { randomToken } from './base64url.ts';
import { createSigner } from './createSigner.ts';
import { createStreamLimiter } from './createStreamLimiter.ts';
import { createMemoryEventBus } from './EventBus.ts';
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
import { FlowKeeper } from './flows/FlowKeeper.ts';
import { OUTCOME_RETRY_FOR_MS, OutcomeDelivery } from './flows/OutcomeDelivery.ts';
import { withoutPrepare } from './flows/prepare.ts';
import type { ProxyContext } from './ProxyContext.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import { createMemoryStore } from './ProxyStore.ts';
import { completeStore } from './records/completeStore.ts';
import { pollLeaseKey } from './records/pollLease.ts';
import { RECORD_TTL_MS } from './records/storedRecord.ts';
import { TASK, WEB_FORM } from './resources/proxyResources.ts';
import { createSessionCookie } from './sessionCookie.ts';
import { CallbackHealth } from './snapshots/CallbackHealth.ts';
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
  /**
   * Ends every event stream and stops every poller and retry (for a graceful shutdown). What it
   * was watching and delivering stays in the store, for the next process to carry on.
   */
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
 *   // The browser names an order; the shop decides what is paid, once per order.
 *   prepare: async ({ input }) => paymentFor(await orders.find(input)),
 *   onOutcome: async ({ reference, id, outcome }) => orders.record(reference, id, outcome),
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

  const store = completeStore(options.store ?? createMemoryStore(now), now);
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
    // A refused token is dropped at once, not kept until its own expiry (up to an hour of 502s).
    onUnauthorized: (token) => {
      try {
        getAccessToken.forget?.(token);
      } catch (error) {
        emit({ type: 'error', error });
      }
    },
  });
  // Every snapshot finAPI answers, whoever asked, goes to the flow keeper: ownership first (a
  // task's web form becomes its session's, so a browser told of it may read it at once), then
  // a first final snapshot's outcome, then the watchers of every instance.
  const gate = new ReadGate({
    finapi,
    now,
    onFetched: (resource, snapshot, sessionId) => flows.learned(resource, snapshot, sessionId),
  });
  const health = new CallbackHealth({ store, onChange: () => watcher.reschedule() });
  const instanceId = randomToken(12);
  const watcher = new SnapshotWatcher({
    bus: options.eventBus ?? createMemoryEventBus(),
    gate,
    pollIntervalMs: config.pollIntervalMs,
    unattendedPollMs: config.unattendedPollMs,
    health,
    // A lease per poll nobody here watches for: one instance makes it, and when that one is
    // gone its lease lapses (two poll intervals after its last renewal) and another takes the
    // next. Taken with SET NX PX, renewed only by its holder in one step (a holder whose lease
    // lapsed meanwhile finds it taken, instead of overwriting the new holder's).
    claimPoll: async (resource, id) => {
      const key = pollLeaseKey(resource.name, id);
      const ttlMs = 2 * config.unattendedPollMs;
      return (
        (await store.renewIfValue(key, instanceId, ttlMs)) ||
        (await store.setIfAbsent(key, instanceId, ttlMs))
      );
    },
    now,
    onEvent: emit,
  });
  const recordTtlMs = Math.max(2 * RECORD_TTL_MS, config.referenceTtlMs + OUTCOME_RETRY_FOR_MS);
  const delivery = new OutcomeDelivery({
    store,
    onOutcome: options.onOutcome,
    now,
    emit,
    instanceId,
    recordTtlMs,
    onSettled: (resource, id) => flows.forget(resource, id),
  });
  const flows: FlowKeeper = new FlowKeeper({
    store,
    watcher,
    delivery,
    now,
    emit,
    scanEveryMs: config.unattendedPollMs,
    recordTtlMs: () => recordTtlMs,
    // No request of the flow's is at hand after a restart: the poll's request is a GET of the
    // resource with no cookie, and getAccessToken finds the token by session, as for callbacks.
    pollSourceOf: (flow) =>
      tokenSource(
        new Request(
          `${config.publicUrl}${config.basePath}/${(flow.name === 'task' ? TASK : WEB_FORM).segment}/${flow.id}`,
        ),
        { sessionId: flow.sessionId, via: 'poll' },
      ),
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
    prepare: options.prepare ?? withoutPrepare,
    referenceTtlMs: config.referenceTtlMs,
    recordTtlMs,
    finapiTimeoutMs: config.finapiTimeoutMs,
    gate,
    watcher,
    flows,
    health,
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
    streams: createStreamLimiter(config.maxStreamsPerSession),
    now,
    emit,
    tokenSource,
  };

  const app = createProxyApp(ctx);
  // A restarted process (same store) resumes watching what was watched, and delivering.
  flows.start();
  const handler = async (request: Request): Promise<Response> => app.fetch(request);
  return Object.assign(handler, {
    fetch: handler,
    basePath: config.basePath,
    allowedOrigins: Object.freeze([...config.allowedOrigins]),
    close() {
      flows.close();
      delivery.close();
      health.close();
      watcher.close();
    },
  });
}
