/**
 * The demo's own chrome speaks the chosen language (start page, crumbs, settings, walkthrough,
 * event log), and the document title names each screen: "Payment submitted - Demo Bank".
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { LANGUAGES } from '../src/settings.ts';
import { loadDemoMessages } from '../src/i18n/loadDemoMessages.ts';
import { createJourney, expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openStartPage,
  openWebFormAction,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const SITE = 'Demo Bank';

/** The heading of the kit's screen, and the title the document should carry for it. */
async function expectTitledAfterScreen(page: Page, screen: string): Promise<string> {
  const heading = page.locator(`[data-screen="${screen}"]`).getByRole('heading').first();
  await heading.waitFor();
  const text = ((await heading.textContent()) ?? '').trim();
  await expect.poll(() => page.title()).toBe(`${text} - ${SITE}`);
  return text;
}

test('the document title names each screen: "Payment submitted - Demo Bank"', async () => {
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await expect.poll(() => page.title()).toBe(`What would you like to do? - ${SITE}`);
    await chooseFlow(page, 'Pay by bank transfer');
    await expectTitledAfterScreen(page, 'redirect');
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    expect(await expectTitledAfterScreen(page, 'completed')).toBe('Payment submitted');
    expect(await page.title()).toBe('Payment submitted - Demo Bank');
  });
});

test('the chrome in German: start page, settings, crumbs, walkthrough, log and titles', async () => {
  const journey = createJourney('chrome in german');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await changeDemoSetting(page, 'Language', 'Deutsch');
    await page.getByRole('heading', { level: 1, name: 'Was möchten Sie tun?' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await expect.poll(() => page.title()).toBe(`Was möchten Sie tun? - ${SITE}`);
    expect(await page.locator('details.demo-controls > summary').textContent()).toBe(
      'Demo-Einstellungen',
    );
    const aside = page.getByRole('complementary', { name: 'So funktioniert es' });
    expect(await aside.getByRole('heading', { name: 'Rundgang' }).count()).toBe(1);
    expect(await aside.getByRole('heading', { name: 'Ereignisprotokoll' }).count()).toBe(1);
    // No English left in the chrome: every card speaks German.
    expect(await page.getByRole('link', { name: /^Per Überweisung bezahlen/ }).count()).toBe(1);
    expect(await page.getByText('Pay by bank transfer').count()).toBe(0);
    await expectAccessible(page);
    await journey.snapshot(page, 'start page');

    await chooseFlow(page, 'Per Überweisung bezahlen');
    expect(await page.locator('.demo-crumb').textContent()).toBe('Per Überweisung bezahlen');
    await expectTitledAfterScreen(page, 'redirect');
    expect(await aside.locator('li[aria-current="step"] h3').textContent()).toBe(
      'Die App erstellt ein sicheres Formular',
    );
    await expectAccessible(page);
    await journey.snapshot(page, 'redirect');

    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    const completed = await expectTitledAfterScreen(page, 'completed');
    expect(completed).not.toBe('Payment submitted');
    const log = page.locator('[data-testid="event-log"]');
    await log.locator('li[data-type="outcome"]').waitFor();
    expect(await log.locator('li[data-type="outcome"]').textContent()).toContain(
      'Das Backend hat das Ergebnis bestätigt',
    );
    await expectAccessible(page);
    await journey.snapshot(page, 'completed');
  });
});

test('every language has every word of the demo, with its placeholders', async () => {
  const keys = (value: object, prefix = ''): [string, string][] =>
    Object.entries(value).flatMap(([key, inner]) =>
      typeof inner === 'object' && inner !== null
        ? keys(inner, `${prefix}${key}.`)
        : [[`${prefix}${key}`, String(inner)] as [string, string]],
    );
  const placeholders = (text: string) => text.match(/\{\w+\}/g)?.sort() ?? [];
  const english = new Map(keys(en));
  for (const language of LANGUAGES) {
    const messages = await loadDemoMessages(language);
    expect(messages.lang).toBe(language);
    const translated = new Map(keys(messages));
    expect([...translated.keys()].sort(), language).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect(placeholders(translated.get(key) ?? ''), `${language} ${key}`).toEqual(
        placeholders(text),
      );
    }
  }
});
