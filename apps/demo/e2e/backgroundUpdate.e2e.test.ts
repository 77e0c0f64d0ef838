/**
 * The bank connection update as finAPI's background task, in the three ways the simulator can
 * end it (the demo's "Background update" setting): the bank needs the customer (a web form
 * round trip), it completes alone, or it fails alone (no form either way).
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import {
  readScenario,
  rememberScenario,
  restoreScenario,
  setScenario,
} from './support/demoControl.ts';
import { ERROR_HEADINGS } from './support/demoFlows.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openStartPage,
  openWebFormAction,
  screensSeen,
} from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const TITLE = 'Update a bank connection';

function heading(page: Page) {
  return page.locator('[data-screen]').getByRole('heading', { level: 1 });
}

test('the bank needs the customer: web-form-required, the form, back, completed', async () => {
  const journey = createJourney('background update web form required');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await changeDemoSetting(page, 'Background update', 'Completes in the background');
    await changeDemoSetting(page, 'Background update', 'Bank asks for the customer');
    expect((await readScenario()).taskMode).toBe('web-form-required');
    await chooseFlow(page, TITLE);

    await journey.expectScreen(page, 'web-form-required');
    expect(await screensSeen(page)).toEqual(['checking', 'web-form-required']);
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
    expect(await heading(page).textContent()).toBe('Bank connection updated');
  });
});

test('the update completes alone: checking, then completed, no form', async () => {
  const journey = createJourney('background update completes alone');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await changeDemoSetting(page, 'Background update', 'Completes in the background');
    // Long enough to look at the checking screen.
    await setScenario({ taskDelayMs: 5000 });
    await chooseFlow(page, TITLE);

    await journey.expectScreen(page, 'checking');
    await journey.expectScreen(page, 'completed');
    expect(await heading(page).textContent()).toBe('Bank connection updated');
    expect(await screensSeen(page)).toEqual(['checking', 'completed']);
    expect(new URL(page.url()).pathname).toBe('/start/bank-connection-update');
  });
});

test('the update fails alone: checking, then completed-with-error, no form', async () => {
  const journey = createJourney('background update fails alone');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await changeDemoSetting(page, 'Background update', 'Fails in the background');
    const { taskErrorCode } = await readScenario();
    await chooseFlow(page, TITLE);

    const screen = await journey.expectScreen(page, 'completed-with-error');
    expect(await screen.getAttribute('data-state')).toBe(taskErrorCode);
    expect(await heading(page).textContent()).toBe(ERROR_HEADINGS[String(taskErrorCode)]);
    expect(await screensSeen(page)).toEqual(['checking', 'completed-with-error']);
    expect(new URL(page.url()).pathname).toBe('/start/bank-connection-update');
  });
});
