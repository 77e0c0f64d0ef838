/**
 * A reload of the app's tab while the customer is at the form (in a new tab): the flow resumes
 * from the tab's storage (waiting again, the same web form, no second one created at finAPI)
 * and finishes correctly.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import {
  finapiRequestsIn,
  proxyLog,
  rememberScenario,
  restoreScenario,
} from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openFormInNewTab,
  openStartPage,
  screensSeen,
  webFormIdOf,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

test('reloading the app tab while the form is in progress resumes the same flow', async () => {
  const journey = createJourney('reload while waiting');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    const logStart = (await proxyLog()).length;
    await chooseFlow(app, 'Set up a standing order');
    const form = await openFormInNewTab(app);
    const webFormId = webFormIdOf(form.url());
    await journey.expectScreen(app, 'waiting', {
      state: 'IN_PROGRESS',
      tab: 'app tab before the reload',
    });

    await app.reload();
    await journey.expectScreen(app, 'waiting', {
      state: 'IN_PROGRESS',
      tab: 'app tab after the reload',
    });
    // The reloaded page never offered the redirect screen's button again, not even while the
    // engine's chunk was on its way: it checked, then showed where the flow stands.
    expect(await screensSeen(app)).toEqual(['checking', 'waiting']);

    await finishWebForm(form, { button: 'Complete' });
    await form.waitForURL(isReturnRoute);
    await journey.expectScreen(form, 'completed', { tab: 'form tab' });
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });

    // One web form was created for the flow (none after the reload), and it is the one the
    // proxy followed to the end.
    const requests = finapiRequestsIn((await proxyLog()).slice(logStart));
    const creations = requests.filter((request) => request.method === 'POST');
    expect(creations.map((request) => request.path)).toEqual(['/api/webForms/standingOrder']);
    expect(requests).toContainEqual({
      type: 'finapi-request',
      method: 'GET',
      path: `/api/webForms/${webFormId}`,
      status: 200,
    });
  });
});
