import { useContext, useMemo } from 'react';
import { BUILT_IN_ENGLISH, I18nContext } from './I18nContext.ts';
import type { Messages } from './Messages.ts';

/**
 * A screen's `messages`, completed with the English words it needs when no language was chosen:
 * the built-in English holds only the redirect screen's words (see `BUILT_IN_ENGLISH`), so each
 * later screen brings its own, and they load with its code. The provider's and the screen's own
 * overrides still win. With any chosen language (including `en`) this returns `messages` as given.
 *
 * @example
 * const messages = useEnglishFallback(enLaterMessages, props.messages);
 * <ScreenLayout {...props} messages={messages} />
 */
export function useEnglishFallback(
  english: Partial<Messages>,
  messages: Partial<Messages> | undefined,
): Partial<Messages> | undefined {
  const { catalogue, overrides } = useContext(I18nContext);
  return useMemo(
    () => (catalogue === BUILT_IN_ENGLISH ? { ...english, ...overrides, ...messages } : messages),
    [catalogue, english, overrides, messages],
  );
}
