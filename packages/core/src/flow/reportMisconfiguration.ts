import { isProxyError } from '../proxyError.ts';
import { ReturnUrlError } from '../returnUrlError.ts';

/** What the engine knows when an error reaches the screen. */
export interface MisconfigurationContext {
  /** The proxy client's base URL (`/api` by default). */
  baseUrl: string;
  /** The flow's `allowedOrigins` option, if it was given. */
  allowedOrigins?: readonly string[] | undefined;
}

/** One misconfiguration: a key to report it once by, and the sentence that explains it. */
export interface Misconfiguration {
  key: string;
  message: string;
}

const PREFIX = '[webform-kit]';

/**
 * The mistake an error points to, if it is one an integrator makes while setting the kit up
 * (rather than trouble a customer meets): a return URL on another origin, a proxy that refuses
 * this page's origin, no proxy at `baseUrl`, finAPI credentials the proxy cannot use, a payment
 * created without `prepare`. Each says the cause and the fix; `null` for anything else.
 *
 * @example
 * explainMisconfiguration(new ProxyError('http', 'x', { status: 403, code: 'ORIGIN_NOT_ALLOWED' }),
 *   { baseUrl: '/api' })?.message
 */
export function explainMisconfiguration(
  error: unknown,
  { baseUrl, allowedOrigins }: MisconfigurationContext,
): Misconfiguration | null {
  if (error instanceof ReturnUrlError && error.code === 'origin-not-allowed') {
    const origin = /origin (\S+) is not in allowedOrigins/.exec(error.message)?.[1] ?? '';
    const listed = [...(allowedOrigins ?? []), origin].map((item) => `'${item}'`).join(', ');
    return {
      key: `return-url:${origin}`,
      message:
        `${PREFIX} ${error.name}: ${error.message}. The return URL's origin ${origin} is not ` +
        `allowed: allowedOrigins defaults to this page's own origin. Fix: pass ` +
        `allowedOrigins={[${listed}]} to the flow (or return to a route of this app).`,
    };
  }
  if (!isProxyError(error)) return null;
  const { kind, status, code } = error;
  if (kind === 'http' && status === 403 && code === 'ORIGIN_NOT_ALLOWED') {
    const origin = typeof location === 'undefined' ? "this page's origin" : location.origin;
    return {
      key: 'ORIGIN_NOT_ALLOWED',
      message:
        `${PREFIX} The proxy at ${baseUrl} answered 403 ORIGIN_NOT_ALLOWED: it refuses requests ` +
        `from ${origin}. Fix: list ${origin} in the proxy's allowedOrigins option ` +
        `(createWebFormProxy({ allowedOrigins: ['${origin}'] }), ALLOWED_ORIGINS for the CLI).`,
    };
  }
  if (kind === 'http' && status === 502 && code === 'FINAPI_UNAUTHORIZED') {
    return {
      key: 'FINAPI_UNAUTHORIZED',
      message:
        `${PREFIX} The proxy at ${baseUrl} answered 502 FINAPI_UNAUTHORIZED: finAPI refused the ` +
        `proxy's credentials. Fix: check the proxy's finAPI client id and secret (and the ` +
        `finAPI URL they belong to, sandbox or live); the browser side is fine.`,
    };
  }
  if (kind === 'http' && status === 403 && code === 'PREPARE_REQUIRED') {
    return {
      key: 'PREPARE_REQUIRED',
      message:
        `${PREFIX} The proxy at ${baseUrl} answered 403 PREPARE_REQUIRED: payments are not ` +
        `created from the browser's body. Fix: give the proxy a prepare option that builds the ` +
        `payment on the server (createWebFormProxy({ prepare })); trustBrowserInput only for ` +
        `prototypes.`,
    };
  }
  // The proxy always answers JSON with a code; a 404 without one, or a 2xx that is not JSON, is
  // something else at baseUrl (the dev server's own 404 or its index.html).
  const notJson = kind === 'invalid-response' && error.issues.includes('(root): not valid JSON');
  if ((kind === 'http' && status === 404 && code === undefined) || notJson) {
    return {
      key: `no-proxy:${baseUrl}`,
      message:
        `${PREFIX} No webform-kit proxy answered at ${baseUrl}: ${error.message} (not the ` +
        `proxy's JSON). Fix: mount the proxy at ${baseUrl}, e.g. in Vite ` +
        `server: { proxy: { '${baseUrl}': 'http://127.0.0.1:8787' } } (the proxy's own address), ` +
        `or point the kit's baseUrl at where the proxy runs.`,
    };
  }
  return null;
}

// Reported once per cause per page (module state: one page, one copy of the kit).
const reported = new Set<string>();

/**
 * Logs one `console.error` for a misconfiguration the first time it is seen. Call it only in
 * development, behind `process.env.NODE_ENV !== 'production'`, so production bundles drop it.
 */
export function reportMisconfiguration(error: unknown, context: MisconfigurationContext): void {
  const found = explainMisconfiguration(error, context);
  if (found === null || reported.has(found.key)) return;
  reported.add(found.key);
  console.error(found.message);
}

/** Forgets what was reported, as a new page would (for tests). */
export function resetMisconfigurationReports(): void {
  reported.clear();
}
