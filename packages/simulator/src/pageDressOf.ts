import { DEFAULT_PAGE_LANGUAGE, type HostedPageLanguage } from './HostedPageLanguage.ts';
import type { PageDress } from './HostedPageView.ts';
import { HOSTED_PAGE_MESSAGES } from './messages/index.ts';
import { preferredLanguageOf } from './preferredLanguageOf.ts';
import type { Presentation } from './Presentation.ts';

/**
 * A page's language and theme, decided as finAPI's form decides its language:
 *
 * 1. a fixed language (finAPI: the profile's `functionality.language.locked`; the simulator: the
 *    user's presentation knob), with the header's selector hidden, as finAPI hides it then;
 * 2. otherwise the language chosen in the header's selector on this page;
 * 3. otherwise the browser's `Accept-Language`;
 * 4. otherwise English.
 *
 * The theme is the presentation's, or `null` for `prefers-color-scheme`.
 *
 * @example
 * pageDressOf({ presentation: undefined, chosen: undefined, acceptLanguage: 'de-DE,de;q=0.9' }).messages.lang // 'de'
 */
export function pageDressOf(input: {
  /** The web form's user's presentation; `undefined` when there is no web form. */
  presentation: Presentation | undefined;
  chosen: HostedPageLanguage | undefined;
  acceptLanguage: string | undefined;
}): PageDress {
  const fixed = input.presentation?.language ?? null;
  const language =
    fixed ?? input.chosen ?? preferredLanguageOf(input.acceptLanguage) ?? DEFAULT_PAGE_LANGUAGE;
  return {
    messages: HOSTED_PAGE_MESSAGES[language],
    theme: input.presentation?.theme ?? null,
    languageSelector: fixed === null,
  };
}
