/**
 * The app's backend goes away while the customer is at the form, and comes back: the app says
 * it lost the connection, recovers on "Try again", and the flow finishes with the same web form.
 * (globalSetup.ts's control server stops and restarts the demo's proxy on its port; sessions,
 * web forms and callback URLs survive, as with a restarted deployment sharing its store.)
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import {
  finapiRequestsIn,
  proxyLog,
  rememberScenario,
  restartProxy,
  restoreScenario,
  stopProxy,
} from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  isSameDocument,
  markDocument,
  openFormInNewTab,
  openStartPage,
  webFormIdOf,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
let proxyStopped = false;
beforeEach(rememberScenario);
afterEach(async () => {
  // A failed test must not leave the next ones without a proxy.
  if (proxyStopped) await restartProxy();
  proxyStopped = false;
  await restoreScenario();
});

test('the proxy stops while the customer is at the form and comes back: the flow carries on', async () => {
  const journey = createJourney('proxy outage while waiting');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    const logStart = (await proxyLog()).length;
    await chooseFlow(app, 'Connect a bank account');
    const form = await openFormInNewTab(app);
    const webFormId = webFormIdOf(form.url());
    await journey.expectScreen(app, 'waiting', { state: 'IN_PROGRESS', tab: 'app tab' });
    await markDocument(app);

    proxyStopped = true;
    await stopProxy();
    await journey.expectScreen(app, 'connection-error', { tab: 'app tab while the proxy is away' });

    const logAtRestart = (await proxyLog()).length;
    await restartProxy();
    proxyStopped = false;
    await app.getByRole('button', { name: 'Try again' }).click();
    await journey.expectScreen(app, 'waiting', {
      state: 'IN_PROGRESS',
      tab: 'app tab after the proxy is back',
    });

    await finishWebForm(form, { button: 'Complete' });
    await form.waitForURL(isReturnRoute);
    await journey.expectScreen(form, 'completed', { tab: 'form tab' });
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });
    expect(await isSameDocument(app)).toBe(true);

    // The same web form throughout: created once, and followed by the restarted proxy too.
    const log = await proxyLog();
    const requests = finapiRequestsIn(log.slice(logStart));
    expect(requests.filter((request) => request.method === 'POST').map((r) => r.path)).toEqual([
      '/api/webForms/bankConnectionImport',
    ]);
    expect(finapiRequestsIn(log.slice(logAtRestart))).toContainEqual({
      type: 'finapi-request',
      method: 'GET',
      path: `/api/webForms/${webFormId}`,
      status: 200,
    });
  });
});

test('the customer finishes while the proxy is away: the return shows connection-error, then the outcome', async () => {
  const journey = createJourney('proxy outage during the return');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    await chooseFlow(app, 'Pay by bank transfer');
    const form = await openFormInNewTab(app);
    await app.locator('[data-screen="waiting"]').waitFor();

    proxyStopped = true;
    await stopProxy();
    // finAPI's callback goes nowhere now; the return route cannot ask the proxy either.
    await finishWebForm(form, { button: 'Complete' });
    await form.waitForURL(isReturnRoute);
    await journey.expectScreen(form, 'connection-error', {
      tab: 'form tab while the proxy is away',
    });
    await journey.expectScreen(app, 'connection-error', { tab: 'app tab while the proxy is away' });

    await restartProxy();
    proxyStopped = false;
    await form.getByRole('button', { name: 'Try again' }).click();
    await journey.expectScreen(form, 'completed', { tab: 'form tab' });
    // The return tells the starting tab, which asks the proxy at once.
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });
  });
});
