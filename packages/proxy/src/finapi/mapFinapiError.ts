import { FinapiErrorSchema, ValidationErrorSchema, ErrorCodeSchema } from '@webform-kit/core';
import { WebFormProxyError } from '../WebFormProxyError.ts';

// The proxy writes its own words for finAPI's 422 codes: finAPI's descriptions are for the
// integrator's logs, may name internal configuration, and are not translated.
const MESSAGES_422: Readonly<Record<string, string>> = {
  BANK_NOT_SUPPORTED: 'The bank is not supported for this service',
  BANK_NOT_UNIQUE: 'The bank could not be identified uniquely; choose it more precisely',
  ENTITY_EXISTS: 'This already exists at finAPI',
  MANDATOR_MISCONFIGURATION:
    'The finAPI client is not configured for this service; the operator must contact finAPI',
  NOT_SUPPORTED: 'finAPI does not support this request',
  NOT_ALLOWED: 'finAPI does not allow this request',
  PAYMENT_NOT_SUPPORTED: 'This payment is not supported (finAPI initiates payments in EUR only)',
  INVALID_REDIRECT_URL: "finAPI refused the redirect URL under this client's licence",
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

function clean(text: string, max = 200): string {
  const single = text.replace(CONTROL, ' ').trim();
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Turns a finAPI error answer into the proxy's own error. finAPI's bodies are never passed on as
 * they are: only the field messages of a `400 ValidationError` (trimmed) and the code of a `422`
 * (when code-shaped) reach the browser.
 *
 * | finAPI | proxy |
 * | --- | --- |
 * | 400 ValidationError | 400 `INVALID_REQUEST`, field messages in `message` |
 * | 401 | 502 `FINAPI_UNAUTHORIZED` |
 * | 403 | 502 `FINAPI_FORBIDDEN` |
 * | 404 | 404 `NOT_FOUND` |
 * | 422 with code X | 422 `X`, a message written by the proxy |
 * | 423 | 409 `LOCKED` |
 * | 5xx, anything else | 502 `FINAPI_ERROR` (the status only in `onEvent`) |
 */
export function mapFinapiError(
  status: number,
  bodyText: string,
  what: string,
  token: string,
): WebFormProxyError {
  // Field messages are passed on; should finAPI ever echo the token in one, it goes no further.
  const body = parseJson(token === '' ? bodyText : bodyText.split(token).join('[redacted]'));
  switch (status) {
    case 400: {
      const parsed = ValidationErrorSchema.safeParse(body);
      const fields = parsed.success
        ? parsed.data.errors
            .slice(0, 10)
            .map((e) => `${clean(e.field, 100)}: ${clean(e.message)}`)
            .join('; ')
        : '';
      return new WebFormProxyError(
        400,
        'INVALID_REQUEST',
        fields === ''
          ? 'finAPI refused the request as invalid'
          : `finAPI refused the request: ${fields}`,
      );
    }
    case 401:
      return new WebFormProxyError(
        502,
        'FINAPI_UNAUTHORIZED',
        "finAPI did not accept the proxy's access token",
      );
    case 403:
      return new WebFormProxyError(
        502,
        'FINAPI_FORBIDDEN',
        `finAPI refused the proxy access to this ${what}`,
      );
    case 404:
      return new WebFormProxyError(404, 'NOT_FOUND', `No such ${what}`);
    case 422: {
      const parsed = FinapiErrorSchema.safeParse(body);
      const code = parsed.success ? ErrorCodeSchema.safeParse(parsed.data.code) : undefined;
      if (code?.success) {
        return new WebFormProxyError(
          422,
          code.data,
          MESSAGES_422[code.data] ?? `finAPI could not process the request (${code.data})`,
        );
      }
      return new WebFormProxyError(502, 'FINAPI_ERROR', 'finAPI could not process the request');
    }
    case 423:
      return new WebFormProxyError(
        409,
        'LOCKED',
        'The bank connection is being updated right now; try again in a few minutes',
      );
    default:
      // The status is in the `finapi-request` event; the browser learns only that finAPI failed.
      return new WebFormProxyError(
        502,
        'FINAPI_ERROR',
        status >= 500 ? 'finAPI failed' : 'finAPI answered unexpectedly',
      );
  }
}
