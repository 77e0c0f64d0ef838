import { isKnownWebFormErrorCode, type KnownWebFormErrorCode } from '@webform-kit/core';
import type { MessageKey } from '../i18n/Messages.ts';

/** How the completed-with-error screen treats one of finAPI's error codes. */
export interface ErrorPolicy {
  heading: MessageKey;
  body: MessageKey;
  /**
   * The primary action: move on (the code is no failure for the customer, so its tone is
   * neutral information), ask customer support (only the app's operator can fix it), or try
   * again (the customer can fix it, or it may pass).
   */
  next: 'continue' | 'support' | 'retry';
  /** Whether customer support can act on a reference: finAPI or the app must look into it. */
  reference: boolean;
}

type Code = KnownWebFormErrorCode | 'general';

// ENTITY_EXISTS: the account is already connected, so the customer has what they came for.
// MANDATOR_MISCONFIGURATION: the app's finAPI set-up is wrong.
const NEXT: Partial<Record<Code, ErrorPolicy['next']>> = {
  ENTITY_EXISTS: 'continue',
  MANDATOR_MISCONFIGURATION: 'support',
};

// Unexplained failures (and codes the kit does not know), which support can look up.
const REFERENCE: readonly Code[] = [
  'INTERNAL_ERROR',
  'UNEXPECTED_ACCESS_RESPONSE',
  'MANDATOR_MISCONFIGURATION',
  'general',
];

/**
 * The wording and next step for a finAPI error code; codes the kit does not know (finAPI may add
 * some) get the general ones.
 *
 * @example
 * errorPolicyOf('ENTITY_EXISTS').next; // 'continue'
 */
export function errorPolicyOf(code: string | null | undefined): ErrorPolicy {
  const known: Code = code != null && isKnownWebFormErrorCode(code) ? code : 'general';
  return {
    heading: `error.heading.${known}`,
    body: `error.body.${known}`,
    next: NEXT[known] ?? 'retry',
    reference: REFERENCE.includes(known),
  };
}
