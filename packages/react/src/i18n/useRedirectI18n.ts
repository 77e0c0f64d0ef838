import type { I18n } from './useI18n.ts';
import type { Messages } from './Messages.ts';
import { useI18nWithEnglish } from './useI18nWithEnglish.ts';

/**
 * The translator of the components `WebFormFlow` shows before its lazy chunk arrives (the
 * redirect screen and its parts, the frame every screen shares): without a chosen language they
 * know the redirect screen's English only, which is all they show, and so do not bring in the
 * rest of English. Everything else uses {@link useI18n}.
 */
export function useRedirectI18n(overrides?: Partial<Messages>): I18n {
  return useI18nWithEnglish(undefined, overrides);
}
