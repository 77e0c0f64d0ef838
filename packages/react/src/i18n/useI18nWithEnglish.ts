import { useContext, useMemo } from 'react';
import { createTranslator } from './createTranslator.ts';
import { BUILT_IN_ENGLISH, I18nContext } from './I18nContext.ts';
import type { I18n } from './useI18n.ts';
import type { Messages } from './Messages.ts';

/**
 * {@link useI18n} with the English words to add when no language was chosen: the built-in
 * English (`BUILT_IN_ENGLISH`) holds only the redirect screen's, so that screen's chunk stays
 * small. `useI18n` adds the rest of English; the components of the first chunk add none
 * (`useRedirectI18n`). The provider's and the component's overrides win over either.
 */
export function useI18nWithEnglish(
  english: Partial<Messages> | undefined,
  overrides: Partial<Messages> | undefined,
): I18n {
  const { catalogue, overrides: provided } = useContext(I18nContext);
  return useMemo(() => {
    const merged = {
      ...(catalogue === BUILT_IN_ENGLISH && english),
      ...provided,
      ...overrides,
    };
    return { lang: catalogue.lang, t: createTranslator(catalogue, merged) };
  }, [catalogue, english, provided, overrides]);
}
