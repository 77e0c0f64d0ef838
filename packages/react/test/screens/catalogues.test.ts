import { KNOWN_WEB_FORM_ERROR_CODES } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import type { Message, MessageCatalogue } from '../../src/i18n/Messages.ts';
import * as cs from '../../src/i18n/locales/cs.ts';
import * as de from '../../src/i18n/locales/de.ts';
import * as en from '../../src/i18n/locales/en.ts';
import * as es from '../../src/i18n/locales/es.ts';
import * as fr from '../../src/i18n/locales/fr.ts';
import * as itModule from '../../src/i18n/locales/it.ts';
import * as nl from '../../src/i18n/locales/nl.ts';
import * as pl from '../../src/i18n/locales/pl.ts';
import * as ro from '../../src/i18n/locales/ro.ts';
import * as sk from '../../src/i18n/locales/sk.ts';
import * as tr from '../../src/i18n/locales/tr.ts';

/** The languages of finAPI's web form, each with its module. */
const MODULES: Record<string, { default: MessageCatalogue } & Record<string, unknown>> = {
  cs,
  de,
  en,
  es,
  fr,
  it: itModule,
  nl,
  pl,
  ro,
  sk,
  tr,
};
const LANGS = Object.keys(MODULES);
function moduleOf(lang: string) {
  const module = MODULES[lang];
  if (module === undefined) throw new Error(`no module for ${lang}`);
  return module;
}
const catalogue = (lang: string) => moduleOf(lang).default;
const english = catalogue('en').messages as Record<string, Message>;

const variants = (message: Message | undefined): string[] =>
  message === undefined ? [] : typeof message === 'string' ? [message] : Object.values(message);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('cover the 11 languages of finAPI’s form', () => {
    expect(LANGS.sort()).toEqual([
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
    ]);
  });

  it.each(LANGS)('%s: the module exports its catalogue by name and as default', (lang) => {
    const module = moduleOf(lang);
    expect(module[lang]).toBe(module.default);
    expect(module.default.lang).toBe(lang);
  });

  it.each(LANGS)('%s: has every key of English and no other', (lang) => {
    expect(Object.keys(catalogue(lang).messages).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGS)('%s: every message uses the same placeholders as English', (lang) => {
    const messages = catalogue(lang).messages as Record<string, Message>;
    for (const [key, reference] of Object.entries(english)) {
      const expected = placeholders(variants(reference)[0] ?? '');
      for (const text of variants(messages[key])) {
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: expected });
      }
    }
  });

  it.each(LANGS)('%s: plural messages have every category the language needs', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const messages = catalogue(lang).messages as Record<string, Message>;
    for (const [key, message] of Object.entries(messages)) {
      if (typeof english[key] === 'string') {
        expect({ key, type: typeof message }).toEqual({ key, type: 'string' });
        continue;
      }
      expect(typeof message).toBe('object');
      for (const category of needed) {
        expect({ key, category, present: category in (message as object) }).toEqual({
          key,
          category,
          present: true,
        });
      }
    }
  });

  it.each(LANGS)('%s: no message is empty or left untrimmed', (lang) => {
    for (const message of Object.values(catalogue(lang).messages as Record<string, Message>)) {
      for (const text of variants(message)) {
        expect(text.trim()).not.toBe('');
        expect(text).toBe(text.trim());
      }
    }
  });

  it.each(LANGS)('%s: every finAPI error code has its own explanation', (lang) => {
    const messages = catalogue(lang).messages as Record<string, Message>;
    const bodies = [...KNOWN_WEB_FORM_ERROR_CODES, 'general'].map(
      (code) => messages[`error.body.${code}`],
    );
    const headings = [...KNOWN_WEB_FORM_ERROR_CODES, 'general'].map(
      (code) => messages[`error.heading.${code}`],
    );
    expect(new Set(bodies).size).toBe(KNOWN_WEB_FORM_ERROR_CODES.length + 1);
    expect(new Set(headings).size).toBe(KNOWN_WEB_FORM_ERROR_CODES.length + 1);
  });

  it.each(LANGS.filter((lang) => lang !== 'en'))(
    '%s: is translated, not copied from English',
    (lang) => {
      const messages = catalogue(lang).messages as Record<string, Message>;
      const same = Object.keys(english).filter(
        (key) => JSON.stringify(messages[key]) === JSON.stringify(english[key]),
      );
      // Only placeholder-only messages may read the same in every language.
      expect(
        same.filter((key) => variants(english[key]).some((t) => t.replace(/\{\w+\}/g, '').trim())),
      ).toEqual([]);
    },
  );
});
