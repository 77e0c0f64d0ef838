import { enLaterMessages } from '../enLaterMessages.ts';
import { enRedirectMessages } from '../enRedirectMessages.ts';
import type { MessageCatalogue } from '../Messages.ts';

/**
 * English, the default language; its keys define every catalogue. `{time}` is a relative time
 * ("in 5 seconds", from `Intl.RelativeTimeFormat`), `{duration}` a duration ("5 minutes", from
 * `Intl.NumberFormat`).
 */
export const enMessages = {
  ...enRedirectMessages,
  ...enLaterMessages,
};

/**
 * English messages.
 *
 * @example
 * import { en } from '@webform-kit/react/locales/en';
 * <I18nProvider locale={en}>…</I18nProvider>
 */
export const en: MessageCatalogue = { lang: 'en', messages: enMessages };

export default en;
