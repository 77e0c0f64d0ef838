/**
 * Return URLs are only a hint: the outcome shown is the proxy's. A URL rewritten to claim success
 * for an aborted form shows "aborted"; a used return URL replayed later, or in a new flow, and a
 * URL with a state this browser never issued show the demo's "This link can't be used" notice.
 * None of them ever shows the completed screen.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney, expectAccessible } from './support/createJourney.ts';
import {
  finapiRequestsIn,
  proxyLog,
  rememberScenario,
  restoreScenario,
} from './support/demoControl.ts';
import { flowCard } from './support/demoFlows.ts';
import { finishWebForm, isReturnRoute, waitForWebFormPage } from './support/finishWebForm.ts';
import { chooseFlow, openStartPage, openWebFormAction, screensSeen } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

/** The return URLs the kit appended to the simulator's form URL the page is on. */
function returnUrlsOf(page: Page) {
  const params = new URL(page.url()).searchParams;
  const get = (name: string) => {
    const value = params.get(name);
    if (value === null) throw new Error(`the form URL carries no ${name}`);
    return new URL(value);
  };
  return {
    success: get('redirectUrl'),
    error: get('errorRedirectUrl'),
    abort: get('abortRedirectUrl'),
  };
}

/** Starts a same-tab flow and opens its form; resolves on the simulator's form page. */
async function openForm(page: Page, title: string) {
  await openStartPage(page);
  await chooseFlow(page, title);
  await openWebFormAction(page).click();
  await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
  await waitForWebFormPage(page);
  return returnUrlsOf(page);
}

/**
 * The demo's notice for a refused return URL, instead of any screen of the kit; before it only
 * the checking screen may have shown, while the URL was read.
 */
async function expectRefused(page: Page) {
  await page.getByRole('heading', { name: 'This link can’t be used' }).waitFor();
  expect(await page.locator('[data-screen]').count()).toBe(0);
  expect((await screensSeen(page)).filter((screen) => screen !== 'checking')).toEqual([]);
  expect(new URL(page.url()).search).toBe('');
  await expectAccessible(page);
}

test('a return URL rewritten to claim success for an aborted form shows aborted', async () => {
  const journey = createJourney('tampered return success claimed for an aborted form');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    const urls = await openForm(page, 'Pay by bank transfer');

    // The customer aborts, and the simulator's redirect back never lands (its answer reaches the
    // tab as 204 No Content, so the tab stays where it is): the return is still to come.
    const redirected = new Promise<string>((resolve) => {
      void page.route(
        (url) => url.pathname.endsWith('/abort'),
        async (route) => {
          const answer = await route.fetch({ maxRedirects: 0 });
          resolve(answer.headers()['location'] ?? '');
          await route.fulfill({ status: 204 });
        },
      );
    });
    await page.getByRole('button', { name: 'Abort', exact: true }).click();
    const abortReturn = new URL(await redirected);
    expect(abortReturn.href).toBe(urls.abort.href);
    expect(abortReturn.searchParams.get('via')).toBe('abort');
    await page.unrouteAll();

    // Someone rewrites it to say success.
    const tampered = new URL(urls.abort);
    tampered.searchParams.set('via', 'success');
    await page.goto(tampered.href);
    const aborted = await journey.expectScreen(page, 'aborted');
    expect(await aborted.getByRole('heading', { level: 1 }).textContent()).toBe(
      flowCard('standalone-payment').abortedHeading,
    );
    expect(await screensSeen(page)).not.toContain('completed');
    expect(new URL(page.url()).search).toBe('');

    // The success URL the kit made for this flow, replayed after it ended: refused.
    await page.goto(urls.success.href);
    await expectRefused(page);
    await journey.snapshot(page, 'success url replayed after the abort');
  });
});

test('a used return URL replayed in a new flow is refused', async () => {
  const journey = createJourney('tampered return replayed in a new flow');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    const urls = await openForm(page, 'Pay from a connected account');
    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');

    // The customer pays again: the same card starts a new flow (and web form) in the same tab.
    await page.getByRole('button', { name: 'Continue' }).click();
    const logStart = (await proxyLog()).length;
    await chooseFlow(page, 'Pay from a connected account');
    await journey.expectScreen(page, 'redirect');
    const created = finapiRequestsIn((await proxyLog()).slice(logStart)).filter(
      (request) => request.method === 'POST',
    );
    expect(created.map((request) => request.path)).toEqual(['/api/webForms/paymentWithAccountId']);

    // Then the first flow's return URL comes back.
    await page.goto(urls.success.href);
    await expectRefused(page);
    expect(await page.getByText('has already ended or is too old').count()).toBe(1);
    await journey.snapshot(page, 'used return url refused');
  });
});

test('a return URL with a state this browser never issued is refused', async () => {
  const journey = createJourney('tampered return foreign state');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    const urls = await openForm(page, 'Set up a standing order');

    // This flow's web form, with a made-up state; and a made-up web form altogether.
    const foreignState = new URL(urls.success);
    foreignState.searchParams.set('state', randomBytes(16).toString('base64url'));
    const foreignForm = new URL(foreignState);
    foreignForm.searchParams.set('webFormId', randomUUID());
    const other = await context.newPage();
    for (const url of [foreignState, foreignForm]) {
      await other.goto(url.href);
      await expectRefused(other);
      expect(
        await other.getByText('doesn’t match a bank visit started in this browser').count(),
      ).toBe(1);
    }
    await journey.snapshot(other, 'foreign state refused');
    await other.close();

    // The real flow is untouched: its form still finishes as it should.
    await finishWebForm(page, { button: 'Abort' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'aborted');
  });
});
