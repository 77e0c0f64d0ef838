import { useContext, useMemo } from 'react';
import { createTranslator, type Translate } from './createTranslator.ts';
import { I18nContext } from './I18nContext.ts';
import type { Messages } from './Messages.ts';

export interface I18n {
  /** The active language's BCP 47 tag. */
  readonly lang: string;
  readonly t: Translate;
}

/**
 * The active language and a translator for it, with optional overrides on top of the
 * provider's (a screen's own `messages` prop).
 *
 * @example
 * const { t } = useI18n();
 * return <button type="button">{t('common.cancel')}</button>;
 */
export function useI18n(overrides?: Partial<Messages>): I18n {
  const { catalogue, overrides: provided } = useContext(I18nContext);
  return useMemo(() => {
    const merged = provided && overrides ? { ...provided, ...overrides } : (overrides ?? provided);
    return { lang: catalogue.lang, t: createTranslator(catalogue, merged) };
  }, [catalogue, provided, overrides]);
}
