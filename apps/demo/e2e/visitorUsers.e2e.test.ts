/**
 * Each visitor is a finAPI user of their own: one visitor's abandoned "Update a bank connection"
 * (finAPI locks an update of that connection while it runs: 423) no longer locks the card for
 * everyone else, while it still does for that visitor.
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
import { chooseFlow, openStartPage, openWebFormAction } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const TITLE = 'Update a bank connection';

async function updateStatuses(since: number): Promise<(number | string)[]> {
  return finapiRequestsIn((await proxyLog()).slice(since))
    .filter((entry) => entry.method === 'POST' && entry.path === '/api/tasks/backgroundUpdate')
    .map((entry) => entry.status);
}

test('one visitor’s abandoned bank connection update does not lock it for another', async () => {
  const journey = createJourney('visitor users locked update');
  const since = (await proxyLog()).length;
  await chromium.session(async (first) => {
    // The first visitor starts the update and walks away from its form.
    const abandoned = await first.newPage();
    await openStartPage(abandoned);
    await chooseFlow(abandoned, TITLE);
    await journey.expectScreen(abandoned, 'web-form-required', { tab: 'first visitor' });

    await chromium.session(async (second) => {
      // Another visitor updates the same card's connection, round trip.
      const page = await second.newPage();
      await openStartPage(page);
      await chooseFlow(page, TITLE);
      await journey.expectScreen(page, 'web-form-required', { tab: 'second visitor' });
      await openWebFormAction(page).click();
      await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
      await finishWebForm(page, { button: 'Complete' });
      await page.waitForURL(isReturnRoute);
      await journey.expectScreen(page, 'completed', { tab: 'second visitor' });
    });
    expect(await updateStatuses(since)).toEqual([201, 201]);

    // For the first visitor the lock holds, as finAPI's does: a second update is refused.
    const again = await first.newPage();
    await openStartPage(again);
    await chooseFlow(again, TITLE);
    await expect.poll(() => updateStatuses(since)).toEqual([201, 201, 423]);
    await again.locator('[data-screen]:not([data-screen="checking"])').waitFor();
    expect(await again.locator('[data-screen="web-form-required"]').count()).toBe(0);
  });
});
