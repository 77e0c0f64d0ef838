import { ProxyError, isProxyError } from '../proxyError.ts';
import { ReturnUrlError } from '../returnUrlError.ts';
import { ReturnFlowError } from './ReturnFlowError.ts';
import type { WebFormKitError } from './flowTypes.ts';

/**
 * A caught value as one of the kit's typed errors. Core's client only throws `ProxyError`, and
 * the URL helpers `ReturnUrlError`; anything else would be a bug, reported as `invalid-response`
 * rather than crashing the screen.
 */
export function toKitError(error: unknown): WebFormKitError {
  if (isProxyError(error) || error instanceof ReturnUrlError || error instanceof ReturnFlowError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProxyError('invalid-response', message, { cause: error });
}
