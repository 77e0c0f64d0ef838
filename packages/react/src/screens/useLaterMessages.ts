import { enLaterMessages } from '../i18n/enLaterMessages.ts';
import type { Messages } from '../i18n/Messages.ts';
import { useEnglishFallback } from '../i18n/useEnglishFallback.ts';

/**
 * For the screens after the redirect screen: their `messages` with the rest of English underneath
 * when no language was chosen. Importing this is what puts those words in the screens' chunk.
 */
export function useLaterMessages(
  messages: Partial<Messages> | undefined,
): Partial<Messages> | undefined {
  return useEnglishFallback(enLaterMessages, messages);
}
