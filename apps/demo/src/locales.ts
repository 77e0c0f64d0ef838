import type { MessageCatalogue } from '@webform-kit/react';
import type { Language } from './settings.ts';

// One dynamic import per language: the app downloads only the language it shows.
const loaders: Record<Exclude<Language, 'en'>, () => Promise<MessageCatalogue>> = {
  cs: () => import('@webform-kit/react/locales/cs').then((m) => m.cs),
  de: () => import('@webform-kit/react/locales/de').then((m) => m.de),
  es: () => import('@webform-kit/react/locales/es').then((m) => m.es),
  fr: () => import('@webform-kit/react/locales/fr').then((m) => m.fr),
  it: () => import('@webform-kit/react/locales/it').then((m) => m.it),
  nl: () => import('@webform-kit/react/locales/nl').then((m) => m.nl),
  pl: () => import('@webform-kit/react/locales/pl').then((m) => m.pl),
  ro: () => import('@webform-kit/react/locales/ro').then((m) => m.ro),
  sk: () => import('@webform-kit/react/locales/sk').then((m) => m.sk),
  tr: () => import('@webform-kit/react/locales/tr').then((m) => m.tr),
};

/**
 * The kit's catalogue for a language; `undefined` for English, which the kit has built in (the
 * kit's pages use its `en`), so that the start page's chunk needs nothing of the kit.
 */
export function loadLocale(language: Language): Promise<MessageCatalogue | undefined> {
  return language === 'en' ? Promise.resolve(undefined) : loaders[language]();
}
