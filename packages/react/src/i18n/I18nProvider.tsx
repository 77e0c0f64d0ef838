import { useContext, useMemo, type ReactNode } from 'react';
import { I18nContext, type I18nContextValue } from './I18nContext.ts';
import type { MessageCatalogue, Messages } from './Messages.ts';

export interface I18nProviderProps {
  /** The language to show, e.g. `de` from `@webform-kit/react/locales/de`. Inherited when unset. */
  locale?: MessageCatalogue;
  /** Wording to replace, merged over the language's messages (and any outer provider's). */
  messages?: Partial<Messages>;
  children?: ReactNode;
}

/**
 * Sets the language and wording of every screen inside it. Providers nest: an inner one
 * inherits the outer language and merges its `messages` over the outer overrides.
 *
 * @example
 * import { de } from '@webform-kit/react/locales/de';
 *
 * <I18nProvider locale={de} messages={{ 'common.support': 'Hilfe-Center' }}>
 *   <WebFormFlow kind="bank-connection-import" />
 * </I18nProvider>
 */
export function I18nProvider({ locale, messages, children }: I18nProviderProps) {
  const outer = useContext(I18nContext);
  const catalogue = locale ?? outer.catalogue;
  // A new language drops the outer overrides: they were written for the outer language.
  const inherited =
    locale === undefined || locale === outer.catalogue ? outer.overrides : undefined;
  const value = useMemo<I18nContextValue>(
    () => ({
      catalogue,
      overrides: { ...inherited, ...messages },
    }),
    [catalogue, inherited, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
