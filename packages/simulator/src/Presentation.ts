import * as z from 'zod/mini';
import { HOSTED_PAGE_LANGUAGES } from './HostedPageLanguage.ts';

/** The hosted page's themes beyond following `prefers-color-scheme`. */
export const PAGE_THEMES = ['light', 'dark'] as const;
export type PageTheme = (typeof PAGE_THEMES)[number];

/**
 * A simulator-only knob per finAPI user: how the hosted page of that user's web forms looks.
 * finAPI's own form takes its language from the profile (`functionality.language.locked`), else
 * from its header's selector and the browser; it has no dark theme. A demo that has its own
 * language and theme switch sets them here, so the form follows the app.
 *
 * - `language`: the page's language, as a profile's `language.locked` would fix it (the page's
 *   own language selector is then hidden, as finAPI hides it for a locked language); `null`:
 *   the selector and the browser's `Accept-Language` decide.
 * - `theme`: `light` or `dark`; `null`: the browser's `prefers-color-scheme`.
 */
export const PresentationSchema = z.strictObject({
  language: z.nullable(z.enum(HOSTED_PAGE_LANGUAGES)),
  theme: z.nullable(z.enum(PAGE_THEMES)),
});
export type Presentation = z.infer<typeof PresentationSchema>;

/** A change to a user's presentation: any subset; `null` goes back to the browser's choice. */
export const PresentationPatchSchema = z.partial(PresentationSchema);
export type PresentationPatch = z.infer<typeof PresentationPatchSchema>;

/** What a user's pages look like until someone says otherwise: the browser decides. */
export const DEFAULT_PRESENTATION: Readonly<Presentation> = Object.freeze({
  language: null,
  theme: null,
});
