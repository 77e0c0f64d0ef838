import { DEFAULT_BASE_URL, isAbsoluteHttpUrl, normaliseOrigins } from '@webform-kit/core';
import type { EventBus } from './EventBus.ts';
import type { OutcomeHandler } from './flows/OutcomeEvent.ts';
import type { PrepareFlow } from './flows/prepare.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import type { ProxyStore } from './ProxyStore.ts';
import { checkSessionSecret } from './checkSessionSecret.ts';
import type { RateLimitOptions } from './createRateLimiter.ts';
import type { PasswordGrantCredentials } from './finapi/createPasswordGrantTokenProvider.ts';
import { hostKey, parseHost } from './hostKey.ts';

export {
  MIN_SESSION_SECRET_DISTINCT_CHARACTERS,
  MIN_SESSION_SECRET_LENGTH,
} from './checkSessionSecret.ts';

/** Why the proxy needs a finAPI token, passed to {@link AccessTokenProvider}. */
export interface AccessTokenContext {
  /** The browser session the web form or task belongs to. */
  sessionId: string;
  /**
   * `browser`: the request is the browser's. `callback`: finAPI's callback request; the session
   * is the one that created the resource. `poll`: the proxy refreshing a watched resource; the
   * request is the one that opened the first event stream, or the one that created the resource,
   * or (after a restart, when neither is at hand) a `GET` of the resource the proxy made up, with
   * no cookie: look the token up by `sessionId`, as for callbacks.
   */
  via: 'browser' | 'callback' | 'poll';
}

/**
 * Gives the end user's finAPI access token for a request. It never reaches the browser.
 * Throw a `WebFormProxyError` to refuse the request with your own status and code.
 */
export type AccessTokenProvider = ((
  request: Request,
  context: AccessTokenContext,
) => Promise<string>) & {
  /**
   * Called with a token finAPI refused (`401`): a provider that caches tokens drops that one,
   * so the next request gets a fresh token instead of the refusal until the token's own expiry.
   * `createPasswordGrantTokenProvider`'s has it.
   */
  forget?: (token: string) => void;
};

export interface WebFormProxyOptions {
  /**
   * The app's backend deciding each creation: `({ kind, input, request, sessionId }) => ({ body,
   * reference?, summary? })`, sync or async. `input` is the browser's JSON body as sent; `body`
   * is finAPI's request body (checked with core's request schemas; the proxy sets `callbacks`);
   * `reference` keeps one flow per `(kind, reference)`; `summary` is what the screens may show.
   * Throw a `WebFormProxyError` to refuse. Without it the bank connection kinds and the background
   * update pass the browser's body through, and the payment kinds answer `403 PREPARE_REQUIRED`;
   * `trustBrowserInput` passes every body through, for prototypes.
   */
  prepare?: PrepareFlow;
  /**
   * Hears each created web form's or task's outcome once it is final (from a callback, the
   * proxy's polling or a read), also when no browser is left. At least once, keyed by `id`: a
   * throw is retried (1 s, 5 s, 25 s, ... at most an hour apart, for a day), a delivered outcome is
   * recorded in the store and not delivered again.
   */
  onOutcome?: OutcomeHandler;
  /**
   * How long the proxy remembers which flow a reference points at. 7 days by default. Past it a
   * creation for the reference starts a new flow: the app's `prepare` must refuse references it
   * knows are paid.
   */
  referenceTtlMs?: number;
  /**
   * The slow safety poll behind the callbacks: how often a created flow is re-read while nobody
   * watches it, and while a browser does and its callbacks are registered and arriving. 60 s by
   * default, at least 1000.
   */
  unattendedPollMs?: number;
  /** How many event streams one session may hold open at once (`429 TOO_MANY_STREAMS` beyond). 4 by default. */
  maxStreamsPerSession?: number;
  /** finAPI Web Form 2.0's base URL. `https://webform-sandbox.finapi.io` by default. */
  finapiUrl?: string;
  /** finAPI Access's base URL (its token endpoint), for `passwordGrant`. `https://sandbox.finapi.io` by default. */
  accessUrl?: string;
  /** How to get the end user's finAPI token. Give this or `passwordGrant`. */
  getAccessToken?: AccessTokenProvider;
  /**
   * Log one finAPI user in with the password grant and use that token for everyone (a demo or
   * sandbox). Builds `getAccessToken` with `createPasswordGrantTokenProvider`.
   */
  passwordGrant?: PasswordGrantCredentials;
  /**
   * Where finAPI reaches the proxy: the origin (and any path prefix) in front of `basePath`.
   * Callbacks go to `${publicUrl}${basePath}/callbacks/...`. Its host is one the proxy answers
   * (see `allowedHosts`), and on `https:` the session cookie is `Secure` (see `secureCookies`).
   */
  publicUrl: string;
  /** Where the routes live. `/api` by default. */
  basePath?: string;
  /**
   * The app's origins: a request body's `redirectUrl` outside them is refused, creates and
   * deletes from other origins are refused, and their hosts are hosts the proxy answers.
   */
  allowedOrigins?: readonly string[];
  /**
   * More `Host` values the proxy answers (`host` or `host:port`), besides `publicUrl`'s and the
   * allowed origins' hosts: a request with any other `Host` is refused (`421 HOST_NOT_ALLOWED`)
   * before anything else, which stops DNS rebinding. For a reverse proxy that rewrites `Host`
   * (nginx's default `proxy_set_header Host $proxy_host`), list the host it sends, and let the
   * reverse proxy refuse foreign hosts itself (nginx: `server_name`). `startProxyServer` adds
   * the address it listens on.
   */
  allowedHosts?: readonly string[];
  /**
   * Signs session cookies and callback secrets: at least 32 characters, at least 16 of them
   * distinct (`openssl rand -base64 48` makes one).
   */
  sessionSecret: string;
  /**
   * Secrets of a rollover: cookies and callback URLs signed with them are still accepted, and
   * only `sessionSecret` signs new ones. Put the old secret here when you change
   * `sessionSecret`, and drop it a day later (when every session signed with it has expired).
   */
  previousSessionSecrets?: readonly string[];
  /** How long a session lasts from its start, checked on the server. 24 hours by default. */
  sessionMaxAgeMs?: number;
  /**
   * Whether the session cookie is `Secure` (and `__Host-` prefixed). By default, whether
   * `publicUrl` is https. Set it when TLS ends in front of an http `publicUrl`; the proxy reports
   * a `warning` event when it sees `X-Forwarded-Proto: https` and the cookie is not `Secure`.
   */
  secureCookies?: boolean;
  /**
   * Who a request comes from, for the rate limit of requests without an established session
   * (`anonymousRateLimit`): the app's own user id, or the client address its load balancer
   * forwards. Requests it gives no key for share one bucket. `startProxyServer` keys by the
   * socket's address unless this is given.
   */
  clientKey?: (request: Request) => string | undefined;
  /**
   * Per-client rate limit of requests without an established session (no valid cookie: a new
   * session each), keyed by `clientKey`, or `false` for none. 10 at once, 1 per second by
   * default.
   */
  anonymousRateLimit?: RateLimitOptions | false;
  /**
   * Hosts the web form URLs finAPI answers may point at, besides `finapiUrl`'s host name (and
   * any host under `finapi.io` when `finapiUrl` is on `finapi.io`). Host names, any port.
   */
  allowedWebFormHosts?: readonly string[];
  /**
   * Open event streams at most, across all sessions: more are answered
   * `503 STREAM_LIMIT_REACHED` with `Retry-After`. Keep it below the process's file descriptor
   * limit. 10000 by default; `startProxyServer` derives it from `ulimit -n` where it can.
   */
  maxEventStreams?: number;
  /** Carries snapshots to event streams. In-memory by default; see `EventBus` for several instances. */
  eventBus?: EventBus;
  /**
   * Ownership, callback handles, flows and their references, the watched flows and delivered
   * outcomes. In-memory by default; see `ProxyStore` for several instances.
   */
  store?: ProxyStore;
  /** The `fetch` used for finAPI calls. The global one by default. */
  fetch?: typeof globalThis.fetch;
  /** The clock, in ms since the epoch. `Date.now` by default. */
  now?: () => number;
  /** Give up on a finAPI call after this long (answered as 504). 10 s by default. */
  finapiTimeoutMs?: number;
  /**
   * How often a resource a browser watches is re-read from finAPI while its callbacks are off or
   * look lost. 2000 ms by default, at least 1000.
   */
  pollIntervalMs?: number;
  /** The largest request body accepted. 64 kB by default. */
  maxBodyBytes?: number;
  /** Per-session rate limit, or `false` for none. 8 at once, 2 per second by default. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Whether to register finAPI callbacks. `true` by default. finAPI only calls `https:` URLs with
   * a dotted host name; without a reachable `publicUrl`, turn this off and the proxy's polling
   * alone reports changes.
   */
  registerCallbacks?: boolean;
  /** Hears what the proxy does, for logs and metrics. */
  onEvent?: (event: ProxyEvent) => void;
}

export const DEFAULT_FINAPI_URL = 'https://webform-sandbox.finapi.io';
export const MIN_POLL_INTERVAL_MS = 1000;
export const DEFAULT_POLL_INTERVAL_MS = 2000;
export const DEFAULT_FINAPI_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** A day: longer than any web form (20 minutes) or a return trip through a bank's pages. */
export const DEFAULT_SESSION_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_MAX_EVENT_STREAMS = 10_000;
export const DEFAULT_UNATTENDED_POLL_MS = 60_000;
export const DEFAULT_REFERENCE_TTL_MS = 7 * 24 * 60 * 60_000;
export const DEFAULT_MAX_STREAMS_PER_SESSION = 4;

/** Checks the options and fills in defaults; throws a `TypeError` naming what is wrong. */
export function checkOptions(options: WebFormProxyOptions) {
  checkSessionSecret('sessionSecret', options.sessionSecret);
  const previousSecrets = options.previousSessionSecrets ?? [];
  if (!Array.isArray(previousSecrets)) {
    throw new TypeError('createWebFormProxy: previousSessionSecrets must be an array of secrets');
  }
  previousSecrets.forEach((secret, i) =>
    checkSessionSecret(`previousSessionSecrets[${i}]`, secret),
  );
  if (!isAbsoluteHttpUrl(options.publicUrl)) {
    throw new TypeError(
      `createWebFormProxy: publicUrl must be an absolute http(s) URL, got ${JSON.stringify(options.publicUrl)}`,
    );
  }
  const finapiUrl = options.finapiUrl ?? DEFAULT_FINAPI_URL;
  if (!isAbsoluteHttpUrl(finapiUrl)) {
    throw new TypeError(
      `createWebFormProxy: finapiUrl must be an absolute http(s) URL, got ${JSON.stringify(finapiUrl)}`,
    );
  }
  const basePath = (options.basePath ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)*$/.test(basePath)) {
    throw new TypeError(
      `createWebFormProxy: basePath must look like /api, got ${JSON.stringify(options.basePath)}`,
    );
  }
  if ((options.getAccessToken === undefined) === (options.passwordGrant === undefined)) {
    throw new TypeError('createWebFormProxy: give exactly one of getAccessToken and passwordGrant');
  }
  const pollIntervalMs = Math.max(
    MIN_POLL_INTERVAL_MS,
    options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
  );
  const unattendedPollMs = Math.max(
    MIN_POLL_INTERVAL_MS,
    options.unattendedPollMs ?? DEFAULT_UNATTENDED_POLL_MS,
  );
  const referenceTtlMs = options.referenceTtlMs ?? DEFAULT_REFERENCE_TTL_MS;
  if (!(referenceTtlMs > 0) || !Number.isFinite(referenceTtlMs)) {
    throw new TypeError(
      `createWebFormProxy: referenceTtlMs must be a positive number of milliseconds, got ${String(options.referenceTtlMs)}`,
    );
  }
  const maxStreamsPerSession = options.maxStreamsPerSession ?? DEFAULT_MAX_STREAMS_PER_SESSION;
  if (!(maxStreamsPerSession >= 1)) {
    throw new TypeError(
      `createWebFormProxy: maxStreamsPerSession must be at least 1, got ${String(options.maxStreamsPerSession)}`,
    );
  }
  if (options.prepare !== undefined && typeof options.prepare !== 'function') {
    throw new TypeError('createWebFormProxy: prepare must be a function');
  }
  if (options.onOutcome !== undefined && typeof options.onOutcome !== 'function') {
    throw new TypeError('createWebFormProxy: onOutcome must be a function');
  }
  const allowedOrigins = [...normaliseOrigins(options.allowedOrigins ?? [])];
  const allowedHosts = new Set([
    hostKey(new URL(options.publicUrl)),
    ...allowedOrigins.map((origin) => hostKey(new URL(origin))),
    ...hostsOf('allowedHosts', options.allowedHosts),
  ]);
  const sessionMaxAgeMs = count(
    'sessionMaxAgeMs',
    options.sessionMaxAgeMs ?? DEFAULT_SESSION_MAX_AGE_MS,
    60_000,
  );
  const maxEventStreams = count(
    'maxEventStreams',
    options.maxEventStreams ?? DEFAULT_MAX_EVENT_STREAMS,
    1,
  );
  return {
    finapiUrl,
    basePath,
    publicUrl: options.publicUrl.replace(/\/+$/, ''),
    allowedOrigins,
    allowedHosts,
    allowedWebFormHosts: hostsOf('allowedWebFormHosts', options.allowedWebFormHosts, true),
    previousSecrets,
    sessionMaxAgeMs,
    maxEventStreams,
    pollIntervalMs,
    unattendedPollMs,
    referenceTtlMs,
    maxStreamsPerSession,
    finapiTimeoutMs: options.finapiTimeoutMs ?? DEFAULT_FINAPI_TIMEOUT_MS,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    secure: options.secureCookies ?? new URL(options.publicUrl).protocol === 'https:',
  };
}

function count(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new TypeError(`createWebFormProxy: ${name} must be a whole number, at least ${min}`);
  }
  return value;
}

/** The hosts an option lists, as `URL` spells them (lower case, no default port). */
function hostsOf(name: string, hosts: readonly string[] = [], namesOnly = false): string[] {
  return hosts.map((host) => {
    const parsed = parseHost(host);
    if (parsed === undefined || (namesOnly && parsed.port !== '')) {
      const what = namesOnly ? 'host names' : 'host names with an optional :port';
      throw new TypeError(`createWebFormProxy: ${name} lists ${what}, got ${JSON.stringify(host)}`);
    }
    return namesOnly ? parsed.hostname : hostKey(parsed);
  });
}
