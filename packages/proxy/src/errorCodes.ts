/**
 * Every `code` the proxy answers with, besides the finAPI codes it passes on for `422` (finAPI's
 * `BANK_NOT_SUPPORTED`, `PAYMENT_NOT_SUPPORTED`, `INVALID_REDIRECT_URL`, ...). The README lists
 * when each is sent.
 */
export const PROXY_ERROR_CODES = [
  'INVALID_ID',
  'INVALID_JSON',
  'INVALID_REQUEST',
  'REDIRECT_URL_NOT_ALLOWED',
  'INVALID_CALLBACK',
  'CALLBACK_MISMATCH',
  'UNSUPPORTED_MEDIA_TYPE',
  'ORIGIN_NOT_ALLOWED',
  'PREPARE_REQUIRED',
  'NOT_FOUND',
  'UNKNOWN_KIND',
  'METHOD_NOT_ALLOWED',
  'LOCKED',
  'FLOW_IN_PROGRESS',
  'ALREADY_COMPLETED',
  'PAYMENT_UNCERTAIN',
  'BODY_TOO_LARGE',
  'RATE_LIMITED',
  'HOST_NOT_ALLOWED',
  'STORE_FULL',
  'STORE_UNAVAILABLE',
  'STREAM_LIMIT_REACHED',
  'TOO_MANY_STREAMS',
  'INTERNAL_ERROR',
  'FINAPI_UNAUTHORIZED',
  'FINAPI_FORBIDDEN',
  'FINAPI_ERROR',
  'FINAPI_INVALID_RESPONSE',
  'FINAPI_UNAVAILABLE',
  'FLOW_BUSY',
] as const;

/** A proxy code, or a code finAPI sent with a `422` (code-shaped, passed on as is). */
export type ProxyErrorCode = (typeof PROXY_ERROR_CODES)[number] | (string & {});
