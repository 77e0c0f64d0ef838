import type { ReturnUrlError } from '@webform-kit/core';

/**
 * The browser's message for a refused `redirectUrl`: why, as core's reason code
 * (`origin-not-allowed`, `credentials`, ...), and nothing of the URL. Core's own message names
 * the refused origin or scheme, and an answer quoting what the caller sent is a reflection point.
 */
export function redirectRefusal(error: ReturnUrlError): string {
  return `redirectUrl is refused (${error.code}); it must be an http(s) URL on an allowed origin`;
}
