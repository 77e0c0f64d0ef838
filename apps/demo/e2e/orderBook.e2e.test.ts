/**
 * The demo shop's server-side order book: the browser names an order, the demo's backend decides
 * what it costs and records how it ended (its `onOutcome`), also when the customer closes the tab
 * at the bank; an order belongs to the visitor who opened it.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { finishWebForm, waitForWebFormPage } from './support/finishWebForm.ts';
import { chooseFlow, openStartPage, openWebFormAction } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

interface ListedOrder {
  id: string;
  kind: string;
  amount: { value: number; currency: string };
  outcome: { kind: string; webFormId: string } | null;
}

/** `GET /__demo/orders` as the page's visitor. */
async function ordersOf(page: Page): Promise<ListedOrder[]> {
  return page.evaluate(async () => {
    const response = await fetch('/__demo/orders');
    if (!response.ok) throw new Error(`GET /__demo/orders answered ${response.status}`);
    return ((await response.json()) as { orders: ListedOrder[] }).orders;
  });
}

/** The order id the page's address names. */
function orderIdIn(page: Page): string {
  const id = new URL(page.url()).searchParams.get('order');
  if (id === null) throw new Error(`${page.url()} names no order`);
  return id;
}

/** The orders panel's row for an order, once it shows `status`. */
async function expectOrderRow(page: Page, id: string, status: string) {
  const row = page.getByRole('row', { name: new RegExp(`^${id}\\b`) });
  await row.getByRole('cell', { name: status, exact: true }).waitFor({ timeout: 15_000 });
}

test('a paid order is recorded by the backend and listed with its outcome', () =>
  chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Your orders' }).count()).toBe(1);
    await chooseFlow(page, 'Pay by bank transfer');
    await page.waitForURL((url) => url.searchParams.has('order'));
    const orderId = orderIdIn(page);
    await openWebFormAction(page).click();
    await finishWebForm(page, { button: 'Complete' });
    await page.getByRole('heading', { name: 'Payment submitted' }).waitFor();

    const [order] = await ordersOf(page);
    expect(order).toMatchObject({
      id: orderId,
      kind: 'standalone-payment',
      outcome: { kind: 'completed' },
    });
    expect(order?.amount.currency).toBe('EUR');
    expect(order?.amount.value).toBeGreaterThan(0);

    await page
      .getByRole('button', { name: /continue|back/i })
      .first()
      .click();
    await page.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
    await expectOrderRow(page, orderId, 'Submitted');
    await expectAccessible(page);
  }));

test('an order whose tab was closed at the bank is still recorded, from the callback', () =>
  chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await chooseFlow(page, 'Set up a standing order');
    await page.waitForURL((url) => url.searchParams.has('order'));
    const orderId = orderIdIn(page);
    await openWebFormAction(page).click();
    await waitForWebFormPage(page);
    // The customer approves at the bank and closes the tab before the app's page comes back.
    // finAPI's redirect back is the simulator's answer to the button: the tab closes as it starts.
    const returning = page.waitForRequest(
      (request) => new URL(request.url()).pathname === '/return',
    );
    await page.getByRole('button', { name: 'Complete', exact: true }).click();
    await returning;
    await page.close();

    const other = await context.newPage();
    await openStartPage(other);
    await expect
      .poll(
        async () => (await ordersOf(other)).find((order) => order.id === orderId)?.outcome?.kind,
        {
          timeout: 15_000,
        },
      )
      .toBe('completed');
    await expectOrderRow(other, orderId, 'Submitted');
  }));

test('another visitor naming an order id gets an order of their own, never its form', () =>
  chromium.session(async (first) => {
    const page = await first.newPage();
    await openStartPage(page);
    await chooseFlow(page, 'Pay by bank transfer');
    await page.waitForURL((url) => url.searchParams.has('order'));
    const orderId = orderIdIn(page);
    await openWebFormAction(page).waitFor();
    await expect
      .poll(async () => (await ordersOf(page)).map((order) => order.id))
      .toEqual([orderId]);

    await chromium.session(async (second) => {
      const intruder = await second.newPage();
      await openStartPage(intruder);
      await intruder.goto(new URL(`/start/standalone-payment?order=${orderId}`, page.url()).href);
      await openWebFormAction(intruder).waitFor();
      // The order opens with the creation, which the redirect screen starts as it shows.
      await expect.poll(async () => (await ordersOf(intruder)).length).toBe(1);
      const theirs = await ordersOf(intruder);
      expect(theirs[0]?.id).not.toBe(orderId);
      expect(theirs[0]?.kind).toBe('standalone-payment');
      // A reload of that address pays the same stand-in order, not one more each time.
      await intruder.reload();
      await openWebFormAction(intruder).waitFor();
      await expect
        .poll(async () => (await ordersOf(intruder)).map((order) => order.id))
        .toEqual([theirs[0]?.id]);
    });
    // The first visitor's order is untouched: still theirs, still open.
    expect(await ordersOf(page)).toMatchObject([{ id: orderId, outcome: null }]);
  }));

test('a payment page without an order id opens a new order and keeps it in the address', () =>
  chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await page.goto(new URL('/start/payment-with-account-id', page.url()).href);
    await openWebFormAction(page).waitFor();
    const orderId = orderIdIn(page);
    expect(orderId).toMatch(/^[0-9A-Z]{8}$/);
    await page.reload();
    await openWebFormAction(page).waitFor();
    expect(orderIdIn(page)).toBe(orderId);
    await expect
      .poll(async () => (await ordersOf(page)).map((order) => order.id))
      .toEqual([orderId]);
  }));

test('GET /__demo/orders is the only method the order list answers', () =>
  chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    const status = await page.evaluate(
      async () => (await fetch('/__demo/orders', { method: 'POST', body: '{}' })).status,
    );
    expect(status).toBe(405);
    expect(await ordersOf(page)).toEqual([]);
  }));

test('pay order A, then order B shows B’s amount; back at order A shows A’s receipt, no new form', () =>
  chromium.session(async (context) => {
    const page = await context.newPage();
    await openStartPage(page);
    await chooseFlow(page, 'Pay by bank transfer');
    await page.waitForURL((url) => url.searchParams.has('order'));
    const orderA = orderIdIn(page);
    const redirectA = page.locator('[data-screen="redirect"]');
    // A new visitor's first order is 49.90 EUR: the shop's backend decided it, not the page.
    await redirectA.getByText('€49.90', { exact: true }).waitFor();
    await openWebFormAction(page).click();
    await finishWebForm(page, { button: 'Complete' });
    await page.getByRole('heading', { name: 'Payment submitted' }).waitFor();

    await openStartPage(page);
    await chooseFlow(page, 'Pay by bank transfer');
    await page.waitForURL((url) => url.searchParams.get('order') !== orderA);
    const orderB = orderIdIn(page);
    expect(orderB).not.toBe(orderA);
    const redirectB = page.locator('[data-screen="redirect"]');
    await redirectB.getByText('€250.00', { exact: true }).waitFor();
    await expect.poll(() => redirectB.getByText(orderB).count()).toBeGreaterThan(0);
    await expectAccessible(page);

    // Back at order A: the proxy answers 409 ALREADY_COMPLETED, the kit follows A's web form.
    const created: string[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && response.url().includes('/api/webforms/')) {
        created.push(String(response.status()));
      }
    });
    await page.goto(new URL(`/start/standalone-payment?order=${orderA}`, page.url()).href);
    const receipt = page.locator('[data-screen="completed"]');
    await receipt.getByRole('heading', { name: 'Payment submitted' }).waitFor();
    await receipt.getByText('€49.90', { exact: true }).waitFor();
    expect(await receipt.getByText(orderA).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-action="open-web-form"]').count()).toBe(0);
    expect(created).toEqual(['409']);
    await expectAccessible(page);
  }));
