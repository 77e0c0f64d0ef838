import { createContext } from 'react';
import { enRedirectMessages } from './enRedirectMessages.ts';
import type { MessageCatalogue, Messages } from './Messages.ts';

export interface I18nContextValue {
  readonly catalogue: MessageCatalogue;
  readonly overrides: Partial<Messages> | undefined;
}

/**
 * The English every screen starts from when no {@link I18nProvider} names a language: only the
 * redirect screen's words, so the one-line flow's first chunk stays small. `useI18n` adds the
 * rest of English (`useI18nWithEnglish`), so the screens after the redirect screen, and an app's
 * own components, bring those words with their code. Not a complete catalogue, hence the cast;
 * the translator shows a missing key rather than failing.
 */
export const BUILT_IN_ENGLISH: MessageCatalogue = {
  lang: 'en',
  messages: enRedirectMessages as Messages,
};

/** English with no overrides unless an {@link I18nProvider} says otherwise. */
export const I18nContext = createContext<I18nContextValue>({
  catalogue: BUILT_IN_ENGLISH,
  overrides: undefined,
});
