/**
 * A page whose code fails to load (the network dropped on the click, or a redeploy replaced the
 * file): the demo says so in the page's place, keeps its shell, and Try again loads it.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { chooseFlow, openStartPage } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const FLOW_PAGE_CHUNK = /\/assets\/FlowPage-[^/]+\.js$/;

test('a flow page whose chunk fails to load offers Try again, which loads it', async () => {
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    let refused = 0;
    await page.route(FLOW_PAGE_CHUNK, async (route) => {
      refused += 1;
      await route.abort('internetdisconnected');
    });

    await chooseFlow(page, 'Set up a standing order');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.getByRole('heading', { name: 'This page couldn’t be loaded' }).count())
      .toBe(1);
    // Fetched once: a failed page does not ask again by itself, over and over.
    expect(refused).toBe(1);
    // The shell stays: the header's link home is still there.
    await expect.poll(() => page.getByRole('link', { name: 'Demo Bank' }).count()).toBe(1);
    await expectAccessible(page);

    await page.unroute(FLOW_PAGE_CHUNK);
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-screen="redirect"]').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
