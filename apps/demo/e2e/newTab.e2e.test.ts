/**
 * The new-tab variant: the demo opens finAPI's form in a tab of its own. The form's tab comes
 * back to /return and shows the outcome (offering to close itself), and the tab that started
 * the flow learns the outcome too, without a reload.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  isSameDocument,
  markDocument,
  openFormInNewTab,
  openStartPage,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

test('the form in a new tab: both tabs show the outcome, the new one offers to close itself', async () => {
  const journey = createJourney('new tab complete');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    await chooseFlow(app, 'Connect a bank account');
    await journey.expectScreen(app, 'redirect', { tab: 'app tab' });

    const form = await openFormInNewTab(app);
    await journey.snapshot(form, 'simulator form in the new tab');
    await journey.expectScreen(app, 'waiting', { state: 'IN_PROGRESS', tab: 'app tab' });
    await markDocument(app);

    await finishWebForm(form, { button: 'Complete' });
    await form.waitForURL(isReturnRoute);
    await journey.expectScreen(form, 'completed', { tab: 'form tab' });
    expect(new URL(form.url()).search).toBe('');

    // The starting tab learns it too, in the same document.
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });
    expect(await isSameDocument(app)).toBe(true);

    // The form's tab offers to close itself, and can (a script opened it).
    const closed = form.waitForEvent('close');
    // The click closes its own page: Playwright may report the page gone before the click
    // returns, which is the very outcome awaited here.
    await form
      .getByRole('button', { name: 'Close this tab' })
      .click()
      .catch((error: unknown) => {
        if (!form.isClosed()) throw error;
      });
    await closed;
  });
});
