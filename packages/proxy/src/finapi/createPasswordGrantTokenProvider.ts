import * as z from 'zod/mini';
import type { AccessTokenProvider } from '../options.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/** finAPI Access credentials for logging one user in with the password grant. */
export interface PasswordGrantCredentials {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

export interface PasswordGrantOptions extends PasswordGrantCredentials {
  /** finAPI Access's base URL. `https://sandbox.finapi.io` by default. */
  accessUrl?: string;
  fetch?: typeof globalThis.fetch;
  now?: () => number;
  /** Give up on the token endpoint after this long. 10 s by default. */
  timeoutMs?: number;
  /** Renew this long before the token expires. 60 s by default (at most a tenth of its life). */
  refreshMarginMs?: number;
}

export const DEFAULT_ACCESS_URL = 'https://sandbox.finapi.io';

const TokenSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
  refresh_token: z.nullish(z.string()),
});

/**
 * The demo's `getAccessToken`: logs one finAPI sandbox user in with the OAuth password grant at
 * `POST {accessUrl}/api/v2/oauth/token`, caches the token and renews it (with the refresh token,
 * else a fresh login) shortly before it expires, or at once when finAPI refuses it (`forget`,
 * which the proxy calls on finAPI's `401`). Concurrent calls share one login.
 *
 * Every browser then acts as the same finAPI user, which suits a demo or a sandbox; a real
 * deployment gives each of its own users their own finAPI user and passes a `getAccessToken`
 * that looks up theirs.
 *
 * @example
 * const getAccessToken = createPasswordGrantTokenProvider({
 *   clientId, clientSecret, username: 'demo', password: 'demo',
 * });
 * const proxy = createWebFormProxy({ getAccessToken, publicUrl, sessionSecret });
 */
export function createPasswordGrantTokenProvider(
  options: PasswordGrantOptions,
): AccessTokenProvider & { forget(token: string): void } {
  const accessUrl = (options.accessUrl ?? DEFAULT_ACCESS_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const marginMs = options.refreshMarginMs ?? 60_000;
  let cached: { token: string; renewAt: number; refreshToken: string | undefined } | undefined;
  let pending: Promise<string> | undefined;

  async function grant(params: Record<string, string>): Promise<typeof cached & object> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${accessUrl}/api/v2/oauth/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({
          ...params,
          client_id: options.clientId,
          client_secret: options.clientSecret,
        }).toString(),
        signal: controller.signal,
        redirect: 'error',
      });
      text = await response.text();
    } catch (cause) {
      throw timedOut
        ? new WebFormProxyError(
            504,
            'FINAPI_UNAVAILABLE',
            'finAPI Access did not answer in time',
            {},
            { cause },
          )
        : new WebFormProxyError(
            502,
            'FINAPI_UNAVAILABLE',
            'finAPI Access could not be reached',
            {},
            { cause },
          );
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 400 || response.status === 401 || response.status === 403) {
      throw new WebFormProxyError(
        502,
        'FINAPI_UNAUTHORIZED',
        "finAPI Access refused the proxy's client or user credentials",
      );
    }
    if (!response.ok) {
      throw new WebFormProxyError(502, 'FINAPI_ERROR', `finAPI Access failed (${response.status})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = TokenSchema.safeParse(json);
    if (!parsed.success) {
      throw new WebFormProxyError(
        502,
        'FINAPI_INVALID_RESPONSE',
        "finAPI Access's token answer did not match its specification",
      );
    }
    const lifeMs = parsed.data.expires_in * 1000;
    return {
      token: parsed.data.access_token,
      renewAt: now() + lifeMs - Math.min(marginMs, lifeMs / 10),
      refreshToken: parsed.data.refresh_token ?? undefined,
    };
  }

  async function renew(): Promise<string> {
    const refreshToken = cached?.refreshToken;
    if (refreshToken !== undefined) {
      try {
        cached = await grant({ grant_type: 'refresh_token', refresh_token: refreshToken });
        return cached.token;
      } catch {
        // A refresh token can expire or be revoked; logging in again is the way back.
      }
    }
    cached = await grant({
      grant_type: 'password',
      username: options.username,
      password: options.password,
    });
    return cached.token;
  }

  const provide = () => {
    if (cached !== undefined && now() < cached.renewAt) return Promise.resolve(cached.token);
    pending ??= renew().finally(() => {
      pending = undefined;
    });
    return pending;
  };
  return Object.assign(provide, {
    forget(token: string) {
      // Only that token: a 401 to a request made before the last renewal must not drop the new
      // one. The refresh token stays, for the renewal to try first.
      if (cached?.token === token) cached = { ...cached, renewAt: -Infinity };
    },
  });
}
