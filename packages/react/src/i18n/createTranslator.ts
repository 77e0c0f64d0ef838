import type { Message, MessageCatalogue, MessageKey, MessageValues, Messages } from './Messages.ts';

/** Looks up a message and fills in its placeholders; see {@link createTranslator}. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A translator for one catalogue with optional overrides. Plural messages pick their wording
 * with `Intl.PluralRules` for the catalogue's language, from `values.count`.
 *
 * @example
 * const t = createTranslator(de, { 'common.cancel': 'Zurück' });
 * t('waiting.timeLeft', { count: 5, duration: '5 Minuten' }); // 'Noch 5 Minuten'
 */
export function createTranslator(
  catalogue: MessageCatalogue,
  overrides?: Partial<Messages>,
): Translate {
  const messages: Messages = { ...catalogue.messages, ...overrides };
  const plural = new Intl.PluralRules(catalogue.lang);
  return (key, values = {}) => {
    const message: Message | undefined = messages[key];
    // A catalogue loaded at run time (or an untyped override) can lack a key: show the key
    // rather than crash the screen.
    if (message === undefined) return key;
    const text =
      typeof message === 'string'
        ? message
        : (message[plural.select(Number(values['count'] ?? 0))] ?? message.other);
    return text.replace(PLACEHOLDER, (match, name: string) =>
      Object.hasOwn(values, name) ? String(values[name]) : match,
    );
  };
}
