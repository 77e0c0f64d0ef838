import type { MessageCatalogue } from '@webform-kit/react';
import { createContext, useContext } from 'react';

/**
 * The kit's catalogue for the chosen language, loaded together with the demo's words;
 * `undefined` for English, which the kit has built in (so the start page needs none of the kit).
 */
export const KitLocaleContext = createContext<MessageCatalogue | undefined>(undefined);

export function useKitLocale(): MessageCatalogue | undefined {
  return useContext(KitLocaleContext);
}
