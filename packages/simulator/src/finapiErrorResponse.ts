import type { FinapiErrorCode } from '@webform-kit/core';
import { formatFinapiTimestamp } from './formatFinapiTimestamp.ts';

/** Where and when an error happened, as finAPI reports it. */
export interface ErrorContext {
  /** `METHOD /path`, e.g. `POST /api/webForms/standalonePayment`. */
  endpoint: string;
  now: number;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

/** finAPI's `Error` answer: `{code, description, timestamp, endpoint}`. */
export function finapiErrorResponse(
  context: ErrorContext,
  status: number,
  code: FinapiErrorCode,
  description: string,
): Response {
  const body = {
    code,
    description,
    timestamp: formatFinapiTimestamp(context.now),
    endpoint: context.endpoint,
  };
  return new Response(JSON.stringify(body), { status, headers: JSON_HEADERS });
}

/** finAPI's `ValidationError` answer (400): `{errors: [{field, message}], timestamp, endpoint}`. */
export function validationErrorResponse(
  context: ErrorContext,
  errors: readonly { field: string; message: string }[],
): Response {
  const body = {
    errors,
    timestamp: formatFinapiTimestamp(context.now),
    endpoint: context.endpoint,
  };
  return new Response(JSON.stringify(body), { status: 400, headers: JSON_HEADERS });
}
