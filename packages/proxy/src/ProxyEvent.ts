import type { ResourceName } from '@webform-kit/core';

/**
 * What the proxy reports to `onEvent`, for logs and metrics. No event carries an access token, a
 * callback secret or a session id in full. `resource` is core's one spelling: `web-form`, `task`.
 */
export type ProxyEvent =
  | {
      type: 'finapi-request';
      method: string;
      /** finAPI's path, e.g. `/api/webForms/{id}`. */
      path: string;
      /** finAPI's status, or why there was none. */
      status: number | 'timeout' | 'network-error';
      durationMs: number;
      /** The `X-Request-Id` sent, which finAPI's support can look up. */
      requestId: string;
    }
  | {
      type: 'callback';
      resource: ResourceName;
      /** The web form or task id, once known. */
      id?: string | undefined;
      accepted: boolean;
      /** Why a callback was refused or deferred. */
      reason?: string | undefined;
    }
  | {
      type: 'poll-error';
      resource: ResourceName;
      id: string;
      code: string;
    }
  | {
      /**
       * finAPI answered something the proxy refused to pass on (not JSON, not its schema, a web
       * form URL on a host it may not point at); the browser got `502 FINAPI_INVALID_RESPONSE`
       * without these details.
       */
      type: 'finapi-invalid-response';
      method: string;
      /** finAPI's path, e.g. `/api/webForms/{id}`. */
      path: string;
      requestId: string;
      /** What was wrong, for the operator. */
      detail: string;
    }
  | {
      /**
       * A request refused for what it carried (a foreign `Host` or `Origin`), with the value
       * the answer does not repeat.
       */
      type: 'refused';
      code: 'HOST_NOT_ALLOWED' | 'ORIGIN_NOT_ALLOWED';
      detail: string;
    }
  | {
      /** A setting that looks wrong for what the proxy sees; each is reported once. */
      type: 'warning';
      code: 'INSECURE_COOKIE_BEHIND_TLS';
      message: string;
    }
  | {
      /**
       * A try at delivering an outcome to `onOutcome`: `delivered`, or failed with `error` (the
       * hook's throw) and retried in `retryInMs`, or failed for the last time (no `retryInMs`).
       */
      type: 'outcome';
      resource: ResourceName;
      id: string;
      reference: string | undefined;
      /** 1 for the first try. */
      attempt: number;
      delivered: boolean;
      retryInMs?: number | undefined;
      error?: unknown;
    }
  | { type: 'error'; error: unknown };
