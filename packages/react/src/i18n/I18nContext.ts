import { createContext } from 'react';
import type { MessageCatalogue, Messages } from './Messages.ts';
import { en } from './locales/en.ts';

export interface I18nContextValue {
  readonly catalogue: MessageCatalogue;
  readonly overrides: Partial<Messages> | undefined;
}

/** English with no overrides unless an {@link I18nProvider} says otherwise. */
export const I18nContext = createContext<I18nContextValue>({
  catalogue: en,
  overrides: undefined,
});
