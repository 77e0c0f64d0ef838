import { within } from '@testing-library/dom';
import { appendReturnParams } from '@webform-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { type Simulator } from '../src/index.ts';
import type { readPage } from './helpers.ts';
import { manualClock, openPage, pressAndRead, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

const PAYMENT = {
  orders: [
    {
      amount: { value: 49.9, currency: 'EUR' },
      purpose: 'Order 1042',
      recipient: { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' },
    },
  ],
};
const REDIRECT = 'https://shop.example/return?order=1042';

async function openForm(path: string, body: unknown, options: { acceptLanguage?: string } = {}) {
  const t = setup();
  simulator = t.simulator;
  const token = await t.login();
  const webForm = await t.createWebForm(token, path, body);
  const url = appendReturnParams(webForm.url, { redirectUrl: REDIRECT });
  const { response, page } = await openPage(t.simulator, url, options.acceptLanguage);
  const status = async () =>
    ((await (await t.get(`/api/webForms/${webForm.id}`, token)).json()) as { status: string })
      .status;
  const payload = async () =>
    ((await (await t.get(`/api/webForms/${webForm.id}`, token)).json()) as { payload: object })
      .payload;
  return { ...t, token, webForm, response, page, status, payload };
}

function stepOf(page: Awaited<ReturnType<typeof readPage>>): string | undefined {
  return page.document.querySelector('main')?.dataset['step'];
}

function heading(page: Awaited<ReturnType<typeof readPage>>): string | null {
  return page.screen.getByRole('heading', { level: 1 }).textContent;
}

describe('the simulated bank visit', () => {
  it('walks a payment through bank, login, check and TAN, then sends the customer back', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    expect(stepOf(t.page)).toBe('bank');
    expect(heading(t.page)).toBe('Choose your bank');
    expect(t.page.screen.getByText('Step 1 of 4: Bank')).toBeTruthy();
    // What the customer approves is there from the start: the amount and the payee.
    expect(t.page.screen.getByText('€49.90')).toBeTruthy();
    expect(t.page.screen.getByText('to Demo Shop GmbH')).toBeTruthy();
    expect(
      (t.page.screen.getByRole('radio', { name: /^Demo Bank/ }) as HTMLInputElement).checked,
    ).toBe(true);

    const login = await pressAndRead(t.simulator, t.page, 'Continue', { bank: '280002' });
    expect(login.response.status).toBe(200);
    expect(stepOf(login.page)).toBe('login');
    expect(heading(login.page)).toBe('Log in to Musterbank');

    const review = await pressAndRead(t.simulator, login.page, 'Log in', {
      userId: 'erika',
      pin: '12345',
    });
    expect(stepOf(review.page)).toBe('review');
    expect(heading(review.page)).toBe('Check your payment');
    const details = review.page.document.querySelector('dl.details') as HTMLElement;
    expect(within(details).getByText('Demo Shop GmbH')).toBeTruthy();
    expect(within(details).getByText('DE02 1203 0000 0000 2020 51')).toBeTruthy();
    expect(within(details).getByText('Order 1042')).toBeTruthy();

    const tan = await pressAndRead(t.simulator, review.page, 'Continue');
    expect(stepOf(tan.page)).toBe('tan');
    expect(
      tan.page.screen.getByText('Musterbank has sent a TAN to your banking app.'),
    ).toBeTruthy();
    expect(await t.status()).toBe('IN_PROGRESS');

    const done = await pressAndRead(t.simulator, tan.page, 'Confirm payment', { tan: '123456' });
    expect(done.response.status).toBe(303);
    expect(done.response.headers.get('location')).toBe(REDIRECT);
    expect(await t.status()).toBe('COMPLETED');
    expect(await t.payload()).toEqual({ paymentId: expect.any(Number) });
  });

  it('keeps the demo controls on every step, so the form can be ended from anywhere', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    const login = await pressAndRead(t.simulator, t.page, 'Continue');
    const controls = login.page.screen.getByRole('complementary', { name: 'Demo controls' });
    expect(
      within(controls)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Complete', 'Complete with error', 'Abort']);
    const ended = await pressAndRead(t.simulator, login.page, 'Complete with error', {
      errorCode: 'BANK_SERVER_REJECTION',
    });
    expect(ended.page.document.querySelector('main')?.dataset['page']).toBe('completed-with-error');
    expect(await t.status()).toBe('COMPLETED_WITH_ERROR');
  });

  it('goes straight to the login when the request names the bank (finAPI: bankDetails LOCKED)', async () => {
    const t = await openForm('bankConnectionImport', { bank: { id: 280004 } });
    expect(stepOf(t.page)).toBe('login');
    expect(heading(t.page)).toBe('Log in to Nordbank Test');
    expect(t.page.screen.getByText('Step 1 of 2: Log in')).toBeTruthy();
  });

  it('preselects the bank a bank search finds', async () => {
    const t = await openForm('bankConnectionImport', { bank: { search: 'musterbank' } });
    const chosen = t.page.screen.getByRole('radio', { name: /^Musterbank/ }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
  });

  it('connects a bank account with a login and a TAN, and updates it later at the same bank', async () => {
    const t = await openForm('bankConnectionImport', {});
    const login = await pressAndRead(t.simulator, t.page, 'Continue', { bank: '280003' });
    const tan = await pressAndRead(t.simulator, login.page, 'Log in', { userId: 'a', pin: 'b' });
    const done = await pressAndRead(t.simulator, tan.page, 'Connect account', { tan: '000000' });
    expect(done.response.status).toBe(303);
    const { bankConnectionId } = (await t.payload()) as { bankConnectionId: number };

    const update = await t.createWebForm(t.token, 'bankConnectionUpdate', {
      bank: { bankConnectionId },
    });
    const { page } = await openPage(t.simulator, update.url);
    expect(heading(page)).toBe('Log in to Sparkasse Beispielstadt');
  });

  it('shows what a standing order and a direct debit do, in the customer’s words', async () => {
    const order = await openForm('standingOrder', {
      amount: { value: 25, currency: 'EUR' },
      purpose: 'Monthly savings',
      recipient: { iban: 'DE02120300000000202051', name: 'Savings Ltd' },
      startDate: '2026-03-01',
      frequency: 'QUARTERLY',
      sender: { iban: 'DE89370400440532013000' },
    });
    expect(heading(order.page)).toBe('Log in to Musterbank');
    expect(order.page.screen.getByText('to Savings Ltd · Quarterly')).toBeTruthy();
    const login = await pressAndRead(order.simulator, order.page, 'Log in', {
      userId: 'a',
      pin: 'b',
    });
    expect(heading(login.page)).toBe('Check your standing order');
    expect(login.page.screen.getByText('1 March 2026')).toBeTruthy();
    order.simulator.close();

    const debit = await openForm('directDebitWithAccountId', {
      receiver: { accountId: 7 },
      executionDate: '2026-03-02',
      directDebitType: 'BASIC',
      sequenceType: 'OOFF',
      orders: [
        {
          amount: { value: 10, currency: 'EUR' },
          payer: { iban: 'DE89370400440532013000', name: 'Erika Mustermann' },
          mandateId: 'M-1',
          mandateDate: '2026-01-15',
          creditorId: 'DE98ZZZ09999999999',
        },
        {
          amount: { value: 9.99, currency: 'EUR' },
          payer: { iban: 'DE02120300000000202051', name: 'Max Mustermann' },
          mandateId: 'M-2',
          mandateDate: '2026-01-15',
          creditorId: 'DE98ZZZ09999999999',
        },
      ],
    });
    // Two collections, added up in cents.
    expect(debit.page.screen.getByText('€19.99')).toBeTruthy();
    expect(debit.page.screen.getByText('2 direct debits')).toBeTruthy();
  });

  it('shows no raw ids, types or timestamps, but the bank and a friendly expiry', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    const text = t.page.document.body.textContent ?? '';
    expect(text).not.toContain(t.webForm.id);
    expect(text).not.toContain('STANDALONE_PAYMENT');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(t.page.screen.getByText('This page stays valid for 20 minutes.')).toBeTruthy();
  });

  it('counts down the expiry in minutes, then seconds', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token, 'standalonePayment', PAYMENT);
    clock.advance(19 * 60_000 + 15_000);
    const { page } = await openPage(t.simulator, webForm.url);
    expect(page.screen.getByText('This page stays valid for 45 seconds.')).toBeTruthy();
  });
});

describe('mistakes on the bank visit', () => {
  it('asks again for an empty login, keeping the ID but never the PIN', async () => {
    const t = await openForm('bankConnectionImport', { bank: { id: 280001 } });
    const again = await pressAndRead(t.simulator, t.page, 'Log in', { userId: 'erika', pin: ' ' });
    expect(again.response.status).toBe(400);
    expect(stepOf(again.page)).toBe('login');
    const pin = again.page.screen.getByLabelText('PIN') as HTMLInputElement;
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(pin.getAttribute('aria-describedby')).toBe('pin-error');
    expect(again.page.document.getElementById('pin-error')?.textContent).toBe(
      'Please fill in this field.',
    );
    expect((again.page.screen.getByLabelText('Online banking ID') as HTMLInputElement).value).toBe(
      'erika',
    );
    expect(pin.value).toBe('');
    expect(await t.status()).toBe('IN_PROGRESS');
  });

  it('refuses a TAN that is not six digits and changes nothing', async () => {
    const t = await openForm('bankConnectionImport', { bank: { id: 280001 } });
    const tan = await pressAndRead(t.simulator, t.page, 'Log in', { userId: 'a', pin: 'b' });
    const again = await pressAndRead(t.simulator, tan.page, 'Connect account', { tan: '12ab' });
    expect(again.response.status).toBe(400);
    expect(again.page.document.getElementById('tan-error')?.textContent).toBe(
      'Enter the six digits of the TAN.',
    );
    expect(await t.status()).toBe('IN_PROGRESS');
  });

  it('refuses a bank it does not know', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    const again = await pressAndRead(t.simulator, t.page, 'Continue', { bank: '1' });
    expect(again.response.status).toBe(400);
    expect(again.page.screen.getByText('Choose your bank.')).toBeTruthy();
  });

  it('answers a page left behind (the back button) with the step the visit is at', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    await pressAndRead(t.simulator, t.page, 'Continue');
    // The bank step's form again, after the visit moved on: no step is skipped or repeated.
    const stale = await pressAndRead(t.simulator, t.page, 'Continue');
    expect(stale.response.status).toBe(200);
    expect(stepOf(stale.page)).toBe('login');
  });

  it('cancels the visit from any step, as "Abort" does', async () => {
    const t = await openForm('standalonePayment', PAYMENT);
    const cancelled = await pressAndRead(t.simulator, t.page, 'Cancel');
    expect(cancelled.page.document.querySelector('main')?.dataset['page']).toBe('aborted');
    expect(await t.status()).toBe('ABORTED');
  });

  it('escapes what the request says: names and references are text, never markup', async () => {
    const t = await openForm('standalonePayment', {
      orders: [
        {
          amount: { value: 1, currency: 'EUR' },
          purpose: '<img src=x onerror=alert(1)>',
          recipient: { iban: 'DE02120300000000202051', name: '<script>alert(1)</script>' },
        },
      ],
    });
    expect(t.page.document.querySelectorAll('script, img')).toHaveLength(0);
    expect(t.page.screen.getByText('to <script>alert(1)</script>')).toBeTruthy();
    const login = await pressAndRead(t.simulator, t.page, 'Continue');
    const review = await pressAndRead(t.simulator, login.page, 'Log in', {
      userId: '"><b>x</b>',
      pin: 'p',
    });
    expect(review.page.document.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(review.page.screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
