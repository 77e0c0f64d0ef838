import type { Page } from 'playwright-core';
import { waitForWebFormPage } from './finishWebForm.ts';

/** One step of the simulator's bank visit, as `data-step` names it. */
export type BankStep = 'bank' | 'login' | 'review' | 'tan';

/** The step the simulator's form page shows. */
export async function bankStepOf(page: Page): Promise<BankStep> {
  await waitForWebFormPage(page);
  return (await page.locator('main[data-page="form"]').getAttribute('data-step')) as BankStep;
}

/**
 * Takes one step of the simulator's bank visit as a customer would, in English: picks the bank,
 * types a login, reads the order, types a TAN. `before` runs on each step's page first (an axe
 * check, a screenshot). Resolves when the TAN is confirmed; the form then sends the customer back.
 *
 * @example
 * await walkBankVisit(page, { bank: 'Musterbank', confirm: 'Confirm payment' });
 */
export async function walkBankVisit(
  page: Page,
  options: {
    bank?: string;
    /** The TAN step's button: "Confirm payment", "Connect account" ... */
    confirm: string;
    before?: (step: BankStep) => Promise<void>;
  },
): Promise<BankStep[]> {
  const walked: BankStep[] = [];
  for (;;) {
    const step = await bankStepOf(page);
    walked.push(step);
    await options.before?.(step);
    const main = page.locator('main[data-page="form"]');
    // Marks this step's document, to wait below for the next one (each step is a form post).
    await main.evaluate((element) => element.setAttribute('data-left', ''));
    switch (step) {
      case 'bank':
        if (options.bank !== undefined) {
          await main.getByRole('radio', { name: new RegExp(`^${options.bank}`) }).check();
        }
        await main.getByRole('button', { name: 'Continue', exact: true }).click();
        break;
      case 'login':
        await main.getByLabel('Online banking ID').fill('erika');
        await main.getByLabel('PIN').fill('12345');
        await main.getByRole('button', { name: 'Log in', exact: true }).click();
        break;
      case 'review':
        await main.getByRole('button', { name: 'Continue', exact: true }).click();
        break;
      case 'tan':
        await main.getByLabel('TAN').fill('123456');
        await main.getByRole('button', { name: options.confirm, exact: true }).click();
        return walked;
    }
    await page.locator('main:not([data-left])').waitFor();
  }
}
