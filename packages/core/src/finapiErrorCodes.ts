/**
 * The error codes finAPI documents for its `Error` object. Like error codes elsewhere, the schema
 * admits codes that are not listed yet.
 */
export const FINAPI_ERROR_CODES = [
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'NOT_ALLOWED',
  'BANK_NOT_SUPPORTED',
  'BANK_NOT_UNIQUE',
  'ENTITY_EXISTS',
  'MANDATOR_MISCONFIGURATION',
  'NOT_SUPPORTED',
  'PAYMENT_NOT_SUPPORTED',
  'INVALID_REDIRECT_URL',
  'LOCKED',
  'INTERNAL_SERVER_ERROR',
] as const;
export type FinapiErrorCode = (typeof FINAPI_ERROR_CODES)[number] | (string & {});
