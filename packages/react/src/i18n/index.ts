export { I18nProvider, type I18nProviderProps } from './I18nProvider.tsx';
export { useI18n, type I18n } from './useI18n.ts';
export { createTranslator, type Translate } from './createTranslator.ts';
export { formatTimeLeft, type TimeLeft } from './formatTimeLeft.ts';
export { formatRelativeSeconds } from './formatRelativeSeconds.ts';
export type {
  Message,
  MessageCatalogue,
  MessageKey,
  MessageValues,
  Messages,
  PluralMessage,
} from './Messages.ts';
export { en } from './locales/en.ts';
