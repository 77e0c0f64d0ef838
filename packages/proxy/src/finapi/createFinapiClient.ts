import { formatIssues } from '@webform-kit/core';
import type * as z from 'zod/mini';
import type { ProxyEvent } from '../ProxyEvent.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import { mapFinapiError } from './mapFinapiError.ts';

export interface FinapiClientOptions {
  /** finAPI Web Form 2.0's base URL, e.g. `https://webform-sandbox.finapi.io`. */
  baseUrl: string;
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  onEvent: (event: ProxyEvent) => void;
  now: () => number;
  /**
   * Looks at every answer that passed its schema: a reason to refuse it (reported to `onEvent`,
   * answered `502 FINAPI_INVALID_RESPONSE`), or `undefined` to pass it on.
   */
  checkAnswer?: (answer: unknown) => string | undefined;
  /** Hears a token finAPI answered `401` to, so its provider can drop it. */
  onUnauthorized?: (token: string) => void;
}

export interface FinapiRequest<T> {
  method: 'GET' | 'POST' | 'DELETE';
  /** finAPI's path, starting with `/api/`. */
  path: string;
  token: string;
  body?: unknown;
  /** How to read a 2xx answer; `null` when its body does not matter. */
  schema: z.ZodMiniType<T> | null;
  /** What the path names, for messages: `web form`, `task`. */
  what: string;
}

export interface FinapiClient {
  request<T>(request: FinapiRequest<T>): Promise<T>;
}

/**
 * Calls finAPI Web Form 2.0 with the user's token and turns every way that can go wrong into a
 * {@link WebFormProxyError}: mapped error statuses, timeouts, network failures and answers that
 * are not what finAPI's spec promises (checked with core's schemas) or that `checkAnswer`
 * refuses. The browser's messages name no finAPI path, timeout or value; those details go to
 * `onEvent` (`finapi-request`, `finapi-invalid-response`).
 */
export function createFinapiClient(options: FinapiClientOptions): FinapiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  return {
    async request<T>({ method, path, token, body, schema, what }: FinapiRequest<T>): Promise<T> {
      const requestId = globalThis.crypto.randomUUID();
      const started = options.now();
      const report = (status: number | 'timeout' | 'network-error') =>
        options.onEvent({
          type: 'finapi-request',
          method,
          path,
          status,
          durationMs: options.now() - started,
          requestId,
        });

      const controller = new AbortController();
      let timedOut = false;
      // setTimeout rather than AbortSignal.timeout, so tests with fake timers control it.
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, options.timeoutMs);
      const unavailable = (cause: unknown): WebFormProxyError => {
        report(timedOut ? 'timeout' : 'network-error');
        return timedOut
          ? new WebFormProxyError(
              504,
              'FINAPI_UNAVAILABLE',
              'finAPI did not answer in time',
              {},
              { cause },
            )
          : new WebFormProxyError(
              502,
              'FINAPI_UNAVAILABLE',
              'finAPI could not be reached',
              {},
              {
                cause,
              },
            );
      };

      let status: number;
      let text: string;
      try {
        const headers: Record<string, string> = {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          'x-request-id': requestId,
        };
        if (body !== undefined) headers['content-type'] = 'application/json';
        let response: Response;
        try {
          response = await options.fetch(`${base}${path}`, {
            method,
            headers,
            body: body === undefined ? null : JSON.stringify(body),
            signal: controller.signal,
            redirect: 'error',
          });
          status = response.status;
          text = await response.text();
        } catch (cause) {
          throw unavailable(cause);
        }
      } finally {
        clearTimeout(timer);
      }
      report(status);

      if (status === 401) options.onUnauthorized?.(token);
      if (status < 200 || status > 299) throw mapFinapiError(status, text, what, token);
      if (schema === null) return undefined as T;
      const invalid = (detail: string, message: string): WebFormProxyError => {
        options.onEvent({ type: 'finapi-invalid-response', method, path, requestId, detail });
        return new WebFormProxyError(502, 'FINAPI_INVALID_RESPONSE', message);
      };
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw invalid('not JSON', `finAPI's ${what} answer was not JSON`);
      }
      const result = schema.safeParse(json);
      if (!result.success) {
        const issues = formatIssues(result.error.issues).slice(0, 5).join('; ');
        throw invalid(issues, `finAPI's ${what} did not match its specification: ${issues}`);
      }
      const refusal = options.checkAnswer?.(result.data);
      if (refusal !== undefined) {
        throw invalid(refusal, `finAPI's ${what} was refused: its web form URL is not allowed`);
      }
      return result.data;
    },
  };
}
