import type { MessageCatalogue } from '../packages/react/src/i18n/Messages.ts';
import { cs } from '../packages/react/src/i18n/locales/cs.ts';
import { de } from '../packages/react/src/i18n/locales/de.ts';
import { en } from '../packages/react/src/i18n/locales/en.ts';
import { es } from '../packages/react/src/i18n/locales/es.ts';
import { fr } from '../packages/react/src/i18n/locales/fr.ts';
import { it } from '../packages/react/src/i18n/locales/it.ts';
import { nl } from '../packages/react/src/i18n/locales/nl.ts';
import { pl } from '../packages/react/src/i18n/locales/pl.ts';
import { ro } from '../packages/react/src/i18n/locales/ro.ts';
import { sk } from '../packages/react/src/i18n/locales/sk.ts';
import { tr } from '../packages/react/src/i18n/locales/tr.ts';

/** Every language of finAPI's form, for the toolbar's language switch and the gallery stories. */
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
