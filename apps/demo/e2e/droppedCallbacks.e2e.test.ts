/**
 * finAPI's callbacks never arrive (the demo's "Callback lost" scenario, callbackDropRate 1): the
 * outcome still does, from the proxy's own polling pushed over Server-Sent Events, or from the
 * proxy's answer on the return route.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import {
  finapiRequestsIn,
  proxyLog,
  readScenario,
  rememberScenario,
  restoreScenario,
} from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openFormInNewTab,
  openStartPage,
  openWebFormAction,
  webFormIdOf,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

test('with push, a form finished in another tab that never returns still reaches the app', async () => {
  const journey = createJourney('callbacks dropped push new tab');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'finAPI scenario', 'Callback lost');
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    expect((await readScenario()).callbackDropRate).toBe(1);
    const logStart = (await proxyLog()).length;
    await chooseFlow(app, 'Pay by bank transfer');
    const form = await openFormInNewTab(app);
    const webFormId = webFormIdOf(form.url());
    await journey.expectScreen(app, 'waiting', { state: 'IN_PROGRESS', tab: 'app tab' });
    // The app listens for pushed snapshots.
    await app.locator('[data-testid="event-log"] li[data-type="push-connected"]').first().waitFor();

    // The customer ends the form with an error and closes its tab without going back.
    await finishWebForm(
      form,
      { button: 'Complete with error', errorCode: 'UNSUPPORTED_FEATURE' },
      { followBack: false },
    );
    await journey.snapshot(form, 'simulator error page, not followed back');
    await form.close();

    const screen = await journey.expectScreen(app, 'completed-with-error', { tab: 'app tab' });
    expect(await screen.getAttribute('data-state')).toBe('UNSUPPORTED_FEATURE');
    // No callback reached the proxy; its polling of finAPI found the outcome.
    const log = (await proxyLog()).slice(logStart);
    expect(log.filter((entry) => entry.type === 'callback')).toEqual([]);
    const polls = finapiRequestsIn(log).filter(
      (request) => request.method === 'GET' && request.path === `/api/webForms/${webFormId}`,
    );
    expect(polls.length).toBeGreaterThan(0);
  });
});

test('in the same tab, the return route gets the outcome from the proxy without a callback', async () => {
  const journey = createJourney('callbacks dropped same tab');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await changeDemoSetting(page, 'finAPI scenario', 'Callback lost');
    const logStart = (await proxyLog()).length;
    await chooseFlow(page, 'Set up a standing order');
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
    const log = (await proxyLog()).slice(logStart);
    expect(log.filter((entry) => entry.type === 'callback')).toEqual([]);
  });
});
