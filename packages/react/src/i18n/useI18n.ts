import type { Translate } from './createTranslator.ts';
import { enLaterMessages } from './enLaterMessages.ts';
import type { Messages } from './Messages.ts';
import { useI18nWithEnglish } from './useI18nWithEnglish.ts';

export interface I18n {
  /** The active language's BCP 47 tag. */
  readonly lang: string;
  readonly t: Translate;
}

/**
 * The active language and a translator for it, with optional overrides on top of the
 * provider's (a screen's own `messages` prop). Without a chosen language it speaks English.
 *
 * @example
 * const { t } = useI18n();
 * return <button type="button">{t('common.cancel')}</button>;
 */
export function useI18n(overrides?: Partial<Messages>): I18n {
  return useI18nWithEnglish(enLaterMessages, overrides);
}
