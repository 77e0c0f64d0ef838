import type { MessageCatalogue } from '../packages/react/src/i18n/Messages.ts';
import { en } from '../packages/react/src/i18n/locales/en.ts';

/** Every language of finAPI's form, for the toolbar's language switch. */
export const LOCALES: Record<string, MessageCatalogue> = { en };
