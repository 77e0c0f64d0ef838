/**
 * finAPI's web form URL works once: a second open shows the one-time error page and changes
 * nothing, and the customer still finishes from the first page.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney, expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { finishWebForm, isReturnRoute, waitForWebFormPage } from './support/finishWebForm.ts';
import { chooseFlow, openStartPage, openWebFormAction } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

test('opening the web form URL a second time shows the one-time error; the first page still completes', async () => {
  const journey = createJourney('one-time url opened twice');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await chooseFlow(page, 'Collect a direct debit');
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    await waitForWebFormPage(page);
    // The simulator's page is the customer's too: it is checked like the app's screens.
    await expectAccessible(page);
    await journey.snapshot(page, 'simulator form');
    const formUrl = page.url();

    const second = await context.newPage();
    await second.goto(formUrl);
    await second.locator('main[data-page="already-opened"]').waitFor();
    expect(await second.getByRole('heading', { level: 1 }).textContent()).toBe(
      'This link has already been used',
    );
    // No way to finish the form from there.
    expect(await second.getByRole('button', { name: 'Complete', exact: true }).count()).toBe(0);
    await expectAccessible(second);
    await journey.snapshot(second, 'simulator one-time error page');
    await second.close();

    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
  });
});
