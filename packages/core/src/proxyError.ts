/**
 * How a call to the proxy failed:
 * - `network`: no answer (offline, DNS, connection refused, CORS);
 * - `timeout`: no answer within `timeoutMs`;
 * - `http`: an answer with a non-2xx status (`status`, and the proxy's JSON `code` and `id` when
 *   it sent them);
 * - `invalid-response`: a 2xx answer that is not JSON or fails the schema (`issues` say where);
 * - `aborted`: the caller's `AbortSignal` fired.
 */
export type ProxyErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response' | 'aborted';

export interface ProxyErrorDetails {
  status?: number | undefined;
  code?: string | undefined;
  issues?: readonly string[] | undefined;
  retryAfterMs?: number | undefined;
  id?: string | undefined;
  cause?: unknown;
}

/**
 * A failed call to the proxy. `kind` says what went wrong; the details that apply to that kind
 * are set.
 *
 * @example
 * try { await client.getWebForm(id) } catch (error) {
 *   if (error instanceof ProxyError && error.kind === 'http' && error.status === 404) forget(id);
 * }
 */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly kind: ProxyErrorKind;
  /** HTTP status, for `http` (and `invalid-response`, which had a 2xx). */
  readonly status: number | undefined;
  /** The proxy's error code from its `{code, message}` body, for `http`. */
  readonly code: string | undefined;
  /** What failed validation, for `invalid-response`. */
  readonly issues: readonly string[];
  /** From a `Retry-After` header (429, 503), in milliseconds. */
  readonly retryAfterMs: number | undefined;
  /**
   * The web form or task an `http` error names, from the proxy's `{code, message, id}` body: for
   * a `409` (`ALREADY_COMPLETED`, `FLOW_IN_PROGRESS`, `PAYMENT_UNCERTAIN`) the flow that already
   * exists for the same reference, which this session may now read. Only a 36-character id.
   */
  readonly id: string | undefined;

  constructor(kind: ProxyErrorKind, message: string, details: ProxyErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    this.status = details.status;
    this.code = details.code;
    this.issues = details.issues ?? [];
    this.retryAfterMs = details.retryAfterMs;
    this.id = details.id;
  }

  /** Whether trying again later can help (network trouble, timeouts, 408, 429 and 5xx). */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    if (this.kind !== 'http' || this.status === undefined) return false;
    return this.status === 408 || this.status === 429 || this.status >= 500;
  }
}

/** Whether `value` is a {@link ProxyError} (also across bundle copies of the kit). */
export function isProxyError(value: unknown): value is ProxyError {
  return (
    value instanceof ProxyError ||
    (value instanceof Error && value.name === 'ProxyError' && 'kind' in value)
  );
}

/** Milliseconds from a `Retry-After` header (delta-seconds or an HTTP date), if usable. */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse reads '-5' or '1.5' as dates in the past (retry at once); an HTTP date names its
  // month and weekday in letters.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
