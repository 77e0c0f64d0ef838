import { isKnownWebFormErrorCode, type KnownWebFormErrorCode } from '@webform-kit/core';
import type { MessageKey } from '../i18n/Messages.ts';

/** Which explanation an error code gets: its own, or the general one for codes the kit does not know. */
export function errorMessageKeys(code: string | null | undefined): {
  heading: MessageKey;
  body: MessageKey;
} {
  const known: KnownWebFormErrorCode | 'general' =
    code != null && isKnownWebFormErrorCode(code) ? code : 'general';
  return { heading: `error.heading.${known}`, body: `error.body.${known}` };
}
