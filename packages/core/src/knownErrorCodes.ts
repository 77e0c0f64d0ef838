/**
 * The `errorCode` values finAPI documents for a web form's payload. finAPI notes that "this enum
 * can be extended in the future", so schemas accept any other code too; screens fall back to a
 * general explanation for codes not listed here.
 */
export const KNOWN_WEB_FORM_ERROR_CODES = [
  'ENTITY_EXISTS',
  'BANK_SERVER_REJECTION',
  'INTERNAL_ERROR',
  'INTERRUPTED',
  'INVALID_TOKEN',
  'MANDATOR_MISCONFIGURATION',
  'NO_ACCOUNTS_FOR_TYPE_LIST',
  'UNDETERMINED_BANK',
  'UNEXPECTED_ACCESS_RESPONSE',
  'UNSUPPORTED_FEATURE',
  'UNSUPPORTED_ORDER',
] as const;

/** The `errorCode` values finAPI documents for a background task's payload. */
export const KNOWN_TASK_ERROR_CODES = [
  'BANK_SERVER_REJECTION',
  'INTERNAL_ERROR',
  'INVALID_TOKEN',
  'UNEXPECTED_ACCESS_RESPONSE',
] as const;

export type KnownWebFormErrorCode = (typeof KNOWN_WEB_FORM_ERROR_CODES)[number];
export type KnownTaskErrorCode = (typeof KNOWN_TASK_ERROR_CODES)[number];

/**
 * A documented code, or one finAPI adds later. The `string & {}` keeps editor completion for the
 * known codes while still admitting new ones.
 */
export type WebFormErrorCode = KnownWebFormErrorCode | (string & {});

/**
 * Whether `code` is one finAPI documents for a web form (the screens word each of those).
 *
 * @example
 * isKnownWebFormErrorCode('INTERRUPTED') // true
 */
export function isKnownWebFormErrorCode(code: string): code is KnownWebFormErrorCode {
  return (KNOWN_WEB_FORM_ERROR_CODES as readonly string[]).includes(code);
}
