/**
 * A web form that expires: with the simulator's forms living a few seconds, the flow shows the
 * expired screen by itself, and "Start again" gets a fresh form that goes round trip.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import {
  finapiRequestsIn,
  proxyLog,
  rememberScenario,
  restoreScenario,
  setScenario,
} from './support/demoControl.ts';
import { flowCard } from './support/demoFlows.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openFormInNewTab,
  openStartPage,
  openWebFormAction,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const creations = async () =>
  finapiRequestsIn(await proxyLog()).filter(
    (request) => request.method === 'POST' && request.path === '/api/webForms/standalonePayment',
  ).length;

test('a form left unopened expires on the redirect screen; "Start again" makes one that works', async () => {
  const journey = createJourney('expiry unopened then start again');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await setScenario({ ttlMs: 4000 });
    const before = await creations();
    await chooseFlow(page, 'Pay by bank transfer');
    await page.locator('[data-screen="redirect"]').waitFor();

    // Nobody opens it: the simulator expires it, and the app learns so by itself.
    const expired = await journey.expectScreen(page, 'expired');
    expect(await expired.getByRole('heading', { level: 1 }).textContent()).toBe(
      flowCard('standalone-payment').abortedHeading,
    );
    expect(await creations()).toBe(before + 1);

    // Forms live 20 minutes again; the customer starts over.
    await setScenario({ ttlMs: 20 * 60_000 });
    await page.getByRole('button', { name: 'Start again' }).click();
    await journey.expectScreen(page, 'redirect');
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    expect(await creations()).toBe(before + 2);
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
  });
});

test('a form opened in a new tab and left there expires on the waiting screen', async () => {
  const journey = createJourney('expiry opened in a new tab');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    // Long enough to open the form on a busy machine, short enough to wait for.
    await setScenario({ ttlMs: 12_000 });
    await chooseFlow(app, 'Pay by bank transfer');
    const form = await openFormInNewTab(app);
    await form.locator('main[data-page="form"]').waitFor();
    await app.locator('[data-screen="waiting"]').waitFor();

    await journey.expectScreen(app, 'expired', { tab: 'app tab' });
  });
});
