import { KNOWN_WEB_FORM_ERROR_CODES } from '@webform-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTED_PAGE_LANGUAGES, type Simulator } from '../src/index.ts';
import { preferredLanguageOf } from '../src/preferredLanguageOf.ts';
import { HOSTED_PAGE_MESSAGES } from '../src/messages/index.ts';
import { openPage, pressAndRead, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

const PAYMENT = {
  orders: [
    {
      amount: { value: 1234.5, currency: 'EUR' },
      recipient: { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' },
    },
  ],
};

async function openForm(acceptLanguage?: string, presentation?: Record<string, unknown>) {
  const t = setup();
  simulator = t.simulator;
  const token = await t.login();
  if (presentation !== undefined) t.simulator.setPresentation('demo', presentation);
  const webForm = await t.createWebForm(token, 'standalonePayment', PAYMENT);
  const { page } = await openPage(t.simulator, webForm.url, acceptLanguage);
  return { ...t, token, webForm, page };
}

describe('the hosted page’s language, as finAPI’s form chooses it', () => {
  it('follows the browser’s Accept-Language by its weights', async () => {
    const { page } = await openForm('ja, de-AT;q=0.8, en;q=0.5');
    expect(page.document.documentElement.lang).toBe('de');
    expect(page.screen.getByRole('heading', { level: 1 }).textContent).toBe('Wählen Sie Ihre Bank');
    expect(page.screen.getByText('1.234,50 €')).toBeTruthy();
    expect(page.screen.getByText('Diese Seite ist noch 20 Minuten gültig.')).toBeTruthy();
  });

  it('speaks English when the browser asks for nothing it knows', async () => {
    const { page } = await openForm('ja, zh;q=0.9');
    expect(page.document.documentElement.lang).toBe('en');
  });

  it('offers the header’s language selector, and keeps the choice for the rest of the visit', async () => {
    const t = await openForm('en-GB');
    const select = t.page.screen.getByRole('combobox', { name: 'Language' }) as HTMLSelectElement;
    expect(Array.from(select.options, (option) => option.value)).toEqual([
      ...HOSTED_PAGE_LANGUAGES,
    ]);
    expect(select.value).toBe('en');
    const french = await pressAndRead(t.simulator, t.page, 'Change', { language: 'fr' });
    expect(french.page.document.documentElement.lang).toBe('fr');
    expect(french.page.screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Choisissez votre banque',
    );
    const login = await pressAndRead(t.simulator, french.page, 'Continuer');
    expect(login.page.screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Connexion à Demo Bank',
    );
  });

  it('shows the language the presentation fixes, without a selector (finAPI: language.locked)', async () => {
    const t = await openForm('de-DE', { language: 'pl' });
    expect(t.page.document.documentElement.lang).toBe('pl');
    expect(t.page.screen.queryByRole('combobox', { name: /Język|Language/ })).toBeNull();
    // A language posted anyway changes nothing.
    const after = await t.simulator.fetch(
      new Request(`${t.webForm.url}/language`, {
        method: 'POST',
        body: new URLSearchParams({
          pageToken:
            t.page.document.querySelector<HTMLInputElement>('[name=pageToken]')?.value ?? '',
          language: 'de',
        }),
      }),
    );
    expect(await after.text()).toContain('<html lang="pl"');
  });

  it('keeps the contract names of the demo controls English in every language', async () => {
    const { page } = await openForm(undefined, { language: 'tr' });
    expect(page.screen.getByRole('button', { name: 'Complete' })).toBeTruthy();
    expect(page.screen.getByRole('button', { name: 'Complete with error' })).toBeTruthy();
    expect(page.screen.getByRole('button', { name: 'Abort' })).toBeTruthy();
    expect(page.screen.getByRole('combobox', { name: 'Error code' })).toBeTruthy();
    expect(page.screen.getByRole('complementary', { name: 'Demo kontrolleri' })).toBeTruthy();
  });

  it('words the end pages in the page’s language', async () => {
    const t = await openForm(undefined, { language: 'nl' });
    const ended = await pressAndRead(t.simulator, t.page, 'Complete with error', {
      errorCode: KNOWN_WEB_FORM_ERROR_CODES[0],
    });
    expect(ended.page.screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Er ging iets mis',
    );
    expect(ended.page.screen.getByText(KNOWN_WEB_FORM_ERROR_CODES[0])).toBeTruthy();
  });

  it('has every text in every language', () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        typeof inner === 'object' ? keys(inner).map((k) => `${key}.${k}`) : [key],
      );
    const english = keys(HOSTED_PAGE_MESSAGES.en).sort();
    for (const lang of HOSTED_PAGE_LANGUAGES) {
      const messages = HOSTED_PAGE_MESSAGES[lang];
      expect(messages.lang).toBe(lang);
      expect(keys(messages).sort(), lang).toEqual(english);
      // Placeholders survive translation.
      for (const key of english) {
        const get = (m: object) => key.split('.').reduce<unknown>((v, k) => (v as never)[k], m);
        const placeholders = (text: unknown) =>
          String(text)
            .match(/\{\w+\}/g)
            ?.sort() ?? [];
        expect(placeholders(get(messages)), `${lang} ${key}`).toEqual(
          placeholders(get(HOSTED_PAGE_MESSAGES.en)),
        );
      }
    }
  });
});

describe('the hosted page’s theme', () => {
  it('follows prefers-color-scheme unless the presentation fixes light or dark', async () => {
    const system = await openForm();
    expect(system.page.document.documentElement.hasAttribute('data-theme')).toBe(false);
    const style = system.page.document.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(
      /@media \(prefers-color-scheme:dark\)\{:root:not\(\[data-theme=light\]\)/,
    );
    expect(style).toMatch(/:root\[data-theme=dark\]\{color-scheme:dark/);
    system.simulator.close();

    const dark = await openForm(undefined, { theme: 'dark' });
    expect(dark.page.document.documentElement.dataset['theme']).toBe('dark');
  });
});

describe('preferredLanguageOf', () => {
  it('reads weights, primary subtags and refusals', () => {
    expect(preferredLanguageOf('de-AT,de;q=0.9,en;q=0.8')).toBe('de');
    expect(preferredLanguageOf('fr;q=0.2, it;q=0.9')).toBe('it');
    expect(preferredLanguageOf('cs;q=0, sk')).toBe('sk');
    expect(preferredLanguageOf('*')).toBeUndefined();
    expect(preferredLanguageOf('')).toBeUndefined();
    expect(preferredLanguageOf(undefined)).toBeUndefined();
    expect(preferredLanguageOf('TR-tr')).toBe('tr');
  });
});
