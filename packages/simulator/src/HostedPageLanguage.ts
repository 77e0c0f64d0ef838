/**
 * The languages the simulator's hosted page speaks: the 11 of the webform-kit screens. finAPI's
 * spec lists fewer for its profiles' `language.locked` (DE, EN, CS, SK); the simulator offers all
 * 11 so that a demo can walk through in any language the kit supports.
 */
export const HOSTED_PAGE_LANGUAGES = [
  'cs',
  'de',
  'en',
  'es',
  'fr',
  'it',
  'nl',
  'pl',
  'ro',
  'sk',
  'tr',
] as const;
export type HostedPageLanguage = (typeof HOSTED_PAGE_LANGUAGES)[number];

/** The language a page falls back to when nothing says otherwise. */
export const DEFAULT_PAGE_LANGUAGE: HostedPageLanguage = 'en';

export function isHostedPageLanguage(value: unknown): value is HostedPageLanguage {
  return typeof value === 'string' && (HOSTED_PAGE_LANGUAGES as readonly string[]).includes(value);
}
