/**
 * The simulator's hosted page as a bank visit: walked step by step (choose the bank, log in,
 * check the payment, confirm with a TAN), ended at once from the middle with the demo controls,
 * in the demo's language and theme, and accessible on a phone down to 320 px.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney, expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { ABORTED_HEADING } from './support/demoFlows.ts';
import { isReturnRoute, waitForWebFormPage } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openStartPage,
  openWebFormAction,
} from './support/openDemo.ts';
import { bankStepOf, walkBankVisit } from './support/walkBankVisit.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const PHONE = { width: 390, height: 844 };

/** Opens a flow's form; resolves with the order the page pays (a payment's `?order=`). */
async function openForm(page: Page, title: string): Promise<string | null> {
  await chooseFlow(page, title);
  await page.waitForURL((url) => url.pathname.startsWith('/start/'));
  const orderId = new URL(page.url()).searchParams.get('order');
  await openWebFormAction(page).click();
  await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
  await waitForWebFormPage(page);
  return orderId;
}

function demoControls(page: Page) {
  return page.getByRole('complementary', { name: 'Demo controls' });
}

function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

test('a payment walked step by step: bank, login, check, TAN, then back to the app', async () => {
  const journey = createJourney('bank visit walked step by step');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    const orderId = await openForm(page, 'Pay by bank transfer');
    expect(orderId).toMatch(/^[0-9A-Z]{8}$/);

    const steps = await walkBankVisit(page, {
      bank: 'Musterbank',
      confirm: 'Confirm payment',
      async before(step) {
        await expectAccessible(page);
        await journey.snapshot(page, `simulator ${step}`, { fullPage: true });
        // The outcome buttons are there on every step, "Complete" exactly once.
        expect(await demoControls(page).count()).toBe(1);
        expect(await page.getByRole('button', { name: 'Complete', exact: true }).count()).toBe(1);
        // What the customer approves: the amount and the payee, as a bank shows them (the shop's
        // backend decided them: a new visitor's first order of this kind is 49.90 EUR).
        const main = page.locator('main');
        expect(await main.getByText('€49.90', { exact: true }).count()).toBe(1);
        if (step === 'review') {
          expect(await heading(page).textContent()).toBe('Check your payment');
          expect(await main.getByText('DE02 1203 0000 0000 2020 51').count()).toBe(1);
          expect(await main.getByText(`Order ${orderId}`).count()).toBe(1);
        }
        if (step === 'login' || step === 'tan') {
          expect(await main.getByText('Musterbank', { exact: true }).count()).toBe(1);
        }
      },
    });
    expect(steps).toEqual(['bank', 'login', 'review', 'tan']);

    // The TAN confirms the payment, and the form sends the customer back as on "Complete".
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
    expect(
      await page.locator('[data-screen]').getByRole('heading', { level: 1 }).textContent(),
    ).toBe('Payment submitted');
  });
});

test('ended at once from the middle of the visit: "Abort" on the login step', async () => {
  const journey = createJourney('bank visit ended at once');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await openForm(page, 'Connect a bank account');
    expect(await bankStepOf(page)).toBe('bank');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.locator('main[data-step="login"]').waitFor();
    expect(await heading(page).textContent()).toBe('Log in to Demo Bank');
    await journey.snapshot(page, 'simulator login');

    await demoControls(page).getByRole('button', { name: 'Abort', exact: true }).click();
    await page.waitForURL(isReturnRoute);
    const aborted = await journey.expectScreen(page, 'aborted');
    expect(await aborted.getByRole('heading', { level: 1 }).textContent()).toBe(ABORTED_HEADING);
  });
});

test('the form follows the demo’s language and theme: German in dark and in light, on a phone', async () => {
  const journey = createJourney('bank visit german dark and light 390');
  for (const [theme, expected] of [
    ['Dunkel', 'dark'],
    ['Hell', 'light'],
  ] as const) {
    await chromium.session(async (context) => {
      const page = await context.newPage();
      await openStartPage(page);
      await changeDemoSetting(page, 'Language', 'Deutsch');
      await changeDemoSetting(page, 'Darstellung', theme);
      await openForm(page, 'Per Überweisung bezahlen');

      expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(expected);
      expect(await heading(page).textContent()).toBe('Wählen Sie Ihre Bank');
      expect(await page.locator('main').getByText('49,90 €', { exact: true }).count()).toBe(1);
      // The language is the demo's: the form offers no selector of its own then.
      expect(await page.getByRole('combobox', { name: 'Sprache' }).count()).toBe(0);
      // The contract names stay English in every language.
      expect(await page.getByRole('button', { name: 'Complete', exact: true }).count()).toBe(1);
      await expectAccessible(page);
      await journey.snapshot(page, `simulator bank ${expected}`, { fullPage: true });

      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.locator('main[data-step="login"]').waitFor();
      expect(await heading(page).textContent()).toBe('Bei Demo Bank anmelden');
      await expectAccessible(page);
      await journey.snapshot(page, `simulator login ${expected}`, { fullPage: true });
    }, PHONE);
  }
});

test('without a theme from the demo the form follows prefers-color-scheme', async () => {
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await openForm(page, 'Pay by bank transfer');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(
      false,
    );
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await expectAccessible(page);
  });
});

test('the form page passes axe at 320 px and never scrolls sideways', async () => {
  const journey = createJourney('bank visit 320');
  await chromium.session(
    async (context) => {
      const page = await context.newPage();
      await openStartPage(page);
      await openForm(page, 'Set up a standing order');
      await walkBankVisit(page, {
        confirm: 'Set up standing order',
        async before(step) {
          await expectAccessible(page);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
          ).toBeLessThanOrEqual(320);
          await journey.snapshot(page, `simulator ${step} 320`);
        },
      });
      await page.waitForURL(isReturnRoute);
      await journey.expectScreen(page, 'completed');
    },
    { width: 320, height: 640 },
  );
});
