/** finAPI Access's error codes the simulator answers with. */
export type AccessErrorCode =
  'BAD_REQUEST' | 'UNAUTHORIZED_ACCESS' | 'ENTITY_EXISTS' | 'UNSUPPORTED_MEDIA_TYPE';

/**
 * finAPI Access's `ErrorMessage`, which differs from Web Form 2.0's `Error`:
 * `{errors: [{message, code, type}], date, requestId, endpoint, authContext, bank}`.
 */
export function accessErrorResponse(input: {
  status: number;
  code: AccessErrorCode;
  message: string;
  endpoint: string;
  requestId: string;
  now: number;
}): Response {
  const date = new Date(input.now).toISOString().replace('T', ' ').replace('Z', '');
  const body = {
    errors: [{ message: input.message, code: input.code, type: 'TECHNICAL' }],
    date,
    requestId: input.requestId,
    endpoint: input.endpoint,
    authContext: 'NA/NA',
    bank: null,
  };
  return new Response(JSON.stringify(body), {
    status: input.status,
    headers: { 'content-type': 'application/json' },
  });
}
