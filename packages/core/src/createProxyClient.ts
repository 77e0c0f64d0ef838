import type * as z from 'zod/mini';
import { parseAnswer } from './parseAnswer.ts';
import { ProxyError, parseRetryAfter } from './proxyError.ts';
import { DEFAULT_BASE_URL, proxyRoutes } from './proxyRoutes.ts';
import type {
  BankConnectionImportDetails,
  BankConnectionUpdateDetails,
  BankConnectionUpdateTaskDetails,
  DirectDebitWithAccountDetails,
  PaymentWithAccountDetails,
  StandalonePaymentDetails,
  StandingOrderDetails,
} from './requests/index.ts';
import { isResourceId } from './isResourceId.ts';
import {
  TaskAnswerSchema,
  WebFormAnswerSchema,
  type TaskAnswer,
  type WebFormAnswer,
} from './schemas/proxyAnswer.ts';
import type { WebFormKind } from './webFormKind.ts';

/**
 * What the browser sends to create a web form of each kind: finAPI's request body without
 * `callbacks`, which the proxy sets itself (the browser must not choose where finAPI calls back).
 */
export interface CreateWebFormBodies {
  'bank-connection-import': Omit<BankConnectionImportDetails, 'callbacks'>;
  'bank-connection-update': Omit<BankConnectionUpdateDetails, 'callbacks'>;
  'standalone-payment': Omit<StandalonePaymentDetails, 'callbacks'>;
  'payment-with-account-id': Omit<PaymentWithAccountDetails, 'callbacks'>;
  'direct-debit-with-account-id': Omit<DirectDebitWithAccountDetails, 'callbacks'>;
  'standing-order': Omit<StandingOrderDetails, 'callbacks'>;
}
export type CreateWebFormBody<K extends WebFormKind> = CreateWebFormBodies[K];
export type CreateBackgroundUpdateBody = Omit<BankConnectionUpdateTaskDetails, 'callbacks'>;

export interface ProxyClientOptions {
  /** Where the proxy is mounted: `/api` by default, or an absolute URL. */
  baseUrl?: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Give up on a request after this long, as a `timeout` error. 15 s by default. */
  timeoutMs?: number;
  /** `include` when the proxy is on another origin and needs its session cookie. */
  credentials?: RequestCredentials;
  /** Extra headers for every request (a CSRF token, say). */
  headers?: Record<string, string>;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
}

/**
 * A typed client for the webform-kit proxy. Every answer is parsed before it is returned: finAPI's
 * object and the app's optional `summary` beside it (an invalid one fails the answer).
 */
export interface ProxyClient {
  readonly baseUrl: string;
  createWebForm<K extends WebFormKind>(
    kind: K,
    body: CreateWebFormBody<K>,
    options?: RequestOptions,
  ): Promise<WebFormAnswer>;
  getWebForm(id: string, options?: RequestOptions): Promise<WebFormAnswer>;
  /** Ends a web form the user abandoned (finAPI deletes it; its URL stops working). */
  deleteWebForm(id: string, options?: RequestOptions): Promise<void>;
  createBackgroundUpdate(
    body: CreateBackgroundUpdateBody,
    options?: RequestOptions,
  ): Promise<TaskAnswer>;
  getTask(id: string, options?: RequestOptions): Promise<TaskAnswer>;
  /** The Server-Sent Events URL for a web form or task, for an `EventSource`. */
  eventsUrl(resource: 'web-form' | 'task', id: string): string;
}

/** Milliseconds a request may take by default before it fails as `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

function checkId(id: string, what: string): void {
  if (!isResourceId(id)) {
    throw new TypeError(`${what} must be a 36-character id, got ${JSON.stringify(id)}`);
  }
}

/**
 * Creates a client for the proxy's routes.
 *
 * @example
 * const client = createProxyClient({ baseUrl: '/api' });
 * const webForm = await client.createWebForm('bank-connection-import', { bank: { search: 'DEMO' } });
 * const latest = await client.getWebForm(webForm.id);
 */
export function createProxyClient(options: ProxyClientOptions = {}): ProxyClient {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Resolved per call, so a test or polyfill that replaces globalThis.fetch later is honoured.
  const doFetch: typeof fetch = (...args) => (options.fetch ?? globalThis.fetch)(...args);

  async function request<T>(
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    schema: z.ZodMiniType<T> | null,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    if (signal?.aborted)
      throw new ProxyError('aborted', 'the request was aborted before it started');
    // One controller carries both the caller's abort and the timeout, so fetch sees one signal
    // and the error says which of the two fired.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });

    const fail = (kind: 'network' | 'timeout' | 'aborted', cause: unknown): never => {
      if (timedOut)
        throw new ProxyError('timeout', `${method} ${url} took longer than ${timeoutMs} ms`, {
          cause,
        });
      if (signal?.aborted)
        throw new ProxyError('aborted', `${method} ${url} was aborted`, { cause });
      throw new ProxyError(kind, `${method} ${url} failed: the proxy could not be reached`, {
        cause,
      });
    };

    try {
      let response: Response;
      try {
        const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
        if (body !== undefined) headers['content-type'] = 'application/json';
        response = await doFetch(url, {
          method,
          headers,
          body: body === undefined ? null : JSON.stringify(body),
          signal: controller.signal,
          credentials: options.credentials ?? 'same-origin',
        });
      } catch (cause) {
        return fail('network', cause);
      }

      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        return fail('network', cause);
      }

      if (!response.ok) {
        let code: string | undefined;
        let id: string | undefined;
        let message = `${method} ${url} answered ${response.status}`;
        try {
          const parsed: unknown = JSON.parse(text);
          if (parsed !== null && typeof parsed === 'object') {
            const record = parsed as Record<string, unknown>;
            if (typeof record.code === 'string') code = record.code;
            // Ids go into URL paths: anything but a 36-character id is not one.
            if (typeof record.id === 'string' && isResourceId(record.id)) id = record.id;
            if (typeof record.message === 'string') message = `${message}: ${record.message}`;
          }
        } catch {
          // A non-JSON error page (a gateway's HTML, say) still is an http error with a status.
        }
        throw new ProxyError('http', message, {
          status: response.status,
          code,
          id,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        });
      }

      if (schema === null) return undefined as T;
      return parseAnswer(text, schema, `${method} ${url} answered with`, response.status);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  return {
    baseUrl,
    createWebForm(kind, body, { signal } = {}) {
      return request(
        'POST',
        proxyRoutes.createWebForm(baseUrl, kind),
        WebFormAnswerSchema,
        body ?? {},
        signal,
      );
    },
    async getWebForm(id, { signal } = {}) {
      checkId(id, 'web form id');
      return request(
        'GET',
        proxyRoutes.webForm(baseUrl, id),
        WebFormAnswerSchema,
        undefined,
        signal,
      );
    },
    async deleteWebForm(id, { signal } = {}) {
      checkId(id, 'web form id');
      await request('DELETE', proxyRoutes.webForm(baseUrl, id), null, undefined, signal);
    },
    createBackgroundUpdate(body, { signal } = {}) {
      return request(
        'POST',
        proxyRoutes.createBackgroundUpdate(baseUrl),
        TaskAnswerSchema,
        body,
        signal,
      );
    },
    async getTask(id, { signal } = {}) {
      checkId(id, 'task id');
      return request('GET', proxyRoutes.task(baseUrl, id), TaskAnswerSchema, undefined, signal);
    },
    eventsUrl(resource, id) {
      checkId(id, resource === 'task' ? 'task id' : 'web form id');
      return resource === 'task'
        ? proxyRoutes.taskEvents(baseUrl, id)
        : proxyRoutes.webFormEvents(baseUrl, id);
    },
  };
}
