import type { MessageCatalogue } from '../../src/i18n/Messages.ts';
import { cs } from '../../src/i18n/locales/cs.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { en } from '../../src/i18n/locales/en.ts';
import { es } from '../../src/i18n/locales/es.ts';
import { fr } from '../../src/i18n/locales/fr.ts';
import { it } from '../../src/i18n/locales/it.ts';
import { nl } from '../../src/i18n/locales/nl.ts';
import { pl } from '../../src/i18n/locales/pl.ts';
import { ro } from '../../src/i18n/locales/ro.ts';
import { sk } from '../../src/i18n/locales/sk.ts';
import { tr } from '../../src/i18n/locales/tr.ts';

/**
 * Every language of finAPI's form, for Storybook's language switch (.storybook/preview.tsx) and
 * the stories' language matrices: shared here so the stories and .storybook import neither each
 * other nor a list of their own.
 */
export const LOCALES: Record<string, MessageCatalogue> = {
  cs,
  de,
  en,
  es,
  fr,
  it,
  nl,
  pl,
  ro,
  sk,
  tr,
};
