import type { enMessages } from './locales/en.ts';

/** A message whose wording depends on a number, one entry per CLDR plural category. */
export type PluralMessage = { other: string } & {
  [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** One entry of a catalogue: plain text with `{placeholders}`, or a plural message. */
export type Message = string | PluralMessage;

/**
 * Every message the screens show or announce. English defines the keys; every other language
 * must have exactly these keys (the compiler checks it when a catalogue is typed
 * `MessageCatalogue`).
 */
export type Messages = {
  [Key in keyof typeof enMessages]: (typeof enMessages)[Key] extends string
    ? string
    : PluralMessage;
};

export type MessageKey = keyof Messages;

/** Values for a message's `{placeholders}`; `count` also picks the plural category. */
export type MessageValues = Readonly<Record<string, string | number>>;

/**
 * One language: its BCP 47 tag and its messages. Each language is its own module
 * (`@webform-kit/react/locales/de`), so an app bundles only the ones it imports.
 */
export interface MessageCatalogue {
  readonly lang: string;
  readonly messages: Messages;
}
