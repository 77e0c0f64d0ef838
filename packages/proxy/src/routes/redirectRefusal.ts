import type { ReturnUrlError, ReturnUrlErrorCode } from '@webform-kit/core';

// Written from the reason alone: core's message names the refused origin or scheme, and an answer
// quoting what the caller sent is a reflection point.
const REASONS: Readonly<Record<ReturnUrlErrorCode, string>> = {
  'not-absolute': 'it must be an absolute http(s) URL',
  'unsupported-scheme': 'only http(s) URLs are allowed',
  malformed: 'it is not a valid URL',
  credentials: 'it must not carry a user name or password',
  'origin-not-allowed': 'its origin is not one of the allowed origins',
  'too-long': 'it is longer than 2048 characters',
};

/** The browser's message for a refused `redirectUrl`, naming why but repeating nothing of it. */
export function redirectRefusal(error: ReturnUrlError): string {
  return `redirectUrl is refused: ${REASONS[error.code] ?? 'it is not allowed'}`;
}
