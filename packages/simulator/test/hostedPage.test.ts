import { KNOWN_WEB_FORM_ERROR_CODES, appendReturnParams } from '@webform-kit/core';
import { within } from '@testing-library/dom';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CLOSE_TAB_TEXT,
  HOSTED_PAGE_BUTTONS,
  createSimulator,
  type Simulator,
} from '../src/index.ts';
import { ORIGIN, api, manualClock, openPage, press, readPage, setup } from './helpers.ts';

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

const SHOP = 'https://shop.example';
// Return URLs with their own encoded query, which must come back exactly.
const RETURN = {
  redirectUrl: `${SHOP}/return?order=42&note=a%20b%26c&via=success`,
  errorRedirectUrl: `${SHOP}/return?order=42&via=error`,
  abortRedirectUrl: `${SHOP}/return?order=42&via=abort`,
  customerSupportUrl: `${SHOP}/help?topic=payment%2Fweb-form`,
};

async function opened(options: Parameters<typeof setup>[0] = {}, params = {}) {
  const t = setup(options);
  simulator = t.simulator;
  const token = await t.login();
  const webForm = await t.createWebForm(token, 'standalonePayment', {
    orders: [
      {
        amount: { value: 12.5, currency: 'EUR' },
        recipient: { iban: 'DE77533700080111111100', name: 'Shop' },
      },
    ],
  });
  const url = appendReturnParams(webForm.url, params);
  const { response, page } = await openPage(t.simulator, url);
  return { ...t, token, webForm, url, response, page };
}

async function statusOf(t: Awaited<ReturnType<typeof opened>>): Promise<string> {
  const response = await t.get(`/api/webForms/${t.webForm.id}`, t.token);
  return ((await response.json()) as { status: string }).status;
}

describe('the hosted web form page', () => {
  it('opens once: the first open moves the web form to IN_PROGRESS', async () => {
    const t = await opened();
    expect(t.response.status).toBe(200);
    expect(t.response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(t.page.document.querySelector('main')?.dataset['page']).toBe('form');
    expect(await statusOf(t)).toBe('IN_PROGRESS');
  });

  it('shows the one-time error page on any later open and changes nothing', async () => {
    const t = await opened();
    const again = await openPage(t.simulator, t.webForm.url);
    expect(again.response.status).toBe(410);
    expect(again.page.document.querySelector('main')?.dataset['page']).toBe('already-opened');
    expect(again.page.screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This link has already been used',
    );
    expect(again.page.screen.queryByRole('button')).toBeNull();
    expect(await statusOf(t)).toBe('IN_PROGRESS');

    // The page first opened can still finish the web form.
    const done = await press(t.simulator, t.page, 'Complete');
    expect(done.status).toBe(200);
    expect(await statusOf(t)).toBe('COMPLETED');
  });

  it('does not use up the one-time URL on HEAD (link previews)', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    const head = await t.simulator.fetch(new Request(webForm.url, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    const { response } = await openPage(t.simulator, webForm.url);
    expect(response.status).toBe(200);
  });

  it('offers "Complete", "Complete with error" (with an error code choice) and "Abort" in the demo controls from the first page', async () => {
    const { page } = await opened();
    const controls = page.screen.getByRole('complementary', { name: 'Demo controls' });
    const buttons = within(controls)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(buttons).toEqual(['Complete', 'Complete with error', 'Abort']);
    expect(Object.values(HOSTED_PAGE_BUTTONS)).toEqual(buttons);
    // "Complete" is a contract: exactly one button of that name on the page.
    expect(page.screen.getAllByRole('button', { name: 'Complete' })).toHaveLength(1);
    const select = page.screen.getByRole('combobox', { name: 'Error code' }) as HTMLSelectElement;
    expect(Array.from(select.options, (option) => option.value)).toEqual([
      ...KNOWN_WEB_FORM_ERROR_CODES,
    ]);
    // The choice belongs to the "Complete with error" button's form.
    const withError = page.screen.getByRole('button', {
      name: 'Complete with error',
    }) as HTMLButtonElement;
    expect(select.form).toBe(withError.form);
    // The contract names are English whatever the page's language.
    expect(controls.querySelector('[lang="en"]')?.contains(withError)).toBe(true);
  });

  it('is accessible markup: language, title, one h1, labelled controls, focus style, small screens', async () => {
    const { page } = await opened();
    const document = page.document;
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toMatch(/finAPI Web Form/);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    for (const control of Array.from(
      document.querySelectorAll('select, input:not([type=hidden])'),
    )) {
      expect(document.querySelector(`label[for="${control.id}"]`)).not.toBeNull();
    }
    const style = document.querySelector('style')?.textContent ?? '';
    expect(style).toMatch(/:focus-visible\{outline:3px solid/);
    expect(document.querySelector('meta[name=viewport]')?.getAttribute('content')).toBe(
      'width=device-width, initial-scale=1',
    );
    // Nothing fixed-width: the layout wraps at 320 px.
    expect(style).not.toMatch(/(?:^|[;{])width:\s*\d{3,}px/);
    expect(document.querySelectorAll('script')).toHaveLength(0);
  });

  it('serves the page with no-store caching and a script-free content security policy', async () => {
    const { response } = await opened();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers 404 with an error page for an unknown web form', async () => {
    const t = setup();
    simulator = t.simulator;
    const { response, page } = await openPage(t.simulator, `${ORIGIN}/wf/${crypto.randomUUID()}`);
    expect(response.status).toBe(404);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('not-found');
  });

  it('shows an error page for a deleted web form', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    await t.get(`/api/webForms/${webForm.id}`, token, { method: 'DELETE' });
    const { response, page } = await openPage(t.simulator, webForm.url);
    expect(response.status).toBe(410);
    expect(page.screen.getByRole('heading', { level: 1 }).textContent).toBe('Web form not found');
  });

  it('shows the expired page once expiresAt has passed', async () => {
    const clock = manualClock();
    const t = setup({ now: clock.now });
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    clock.advance(20 * 60_000);
    const { response, page } = await openPage(t.simulator, webForm.url);
    expect(response.status).toBe(410);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('expired');
  });

  it('shows a finished page for a web form that ended before it was opened', async () => {
    const t = setup();
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    t.simulator.finish(webForm.id, 'COMPLETED');
    const { response, page } = await openPage(t.simulator, webForm.url);
    expect(response.status).toBe(410);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('finished');
  });

  it('works under a publicUrl with a path, with or without the path in front', async () => {
    const sim = createSimulator({ publicUrl: 'http://127.0.0.1:8787/finapi/' });
    simulator = sim;
    const t = api(sim);
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    expect(webForm.url).toBe(`http://127.0.0.1:8787/finapi/wf/${webForm.id}`);
    const { page } = await openPage(sim, webForm.url);
    const done = await press(sim, page, 'Complete');
    expect(done.status).toBe(200);
    const viaPrefix = await sim.fetch(
      new Request(`http://127.0.0.1:8787/finapi/api/webForms/${webForm.id}`, {
        headers: t.bearer(token),
      }),
    );
    expect(await viaPrefix.json()).toMatchObject({ status: 'COMPLETED' });
  });
});

describe('the "Complete" button', () => {
  it('redirects (303) to exactly the decoded redirectUrl, its own query intact', async () => {
    const t = await opened({}, RETURN);
    const response = await press(t.simulator, t.page, 'Complete');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(RETURN.redirectUrl);
    expect(await statusOf(t)).toBe('COMPLETED');
  });

  it('says the tab may be closed without a redirectUrl', async () => {
    const t = await opened({}, { customerSupportUrl: RETURN.customerSupportUrl });
    const response = await press(t.simulator, t.page, 'Complete');
    expect(response.status).toBe(200);
    const page = await readPage(response);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('completed');
    expect(page.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('sets the payload id for the type: paymentId for a payment', async () => {
    const t = await opened();
    await press(t.simulator, t.page, 'Complete');
    const response = await t.get(`/api/webForms/${t.webForm.id}`, t.token);
    const json = (await response.json()) as { payload: Record<string, unknown> };
    expect(json.payload).toEqual({ paymentId: expect.any(Number) });
    expect(Number.isInteger(json.payload['paymentId'])).toBe(true);
  });

  it('ignores a javascript: redirectUrl and shows the close-tab text', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    const url = `${webForm.url}?redirectUrl=${encodeURIComponent('javascript:alert(1)')}`;
    const { page } = await openPage(t.simulator, url);
    const response = await press(t.simulator, page, 'Complete');
    expect(response.status).toBe(200);
    expect((await readPage(response)).screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('ignores a relative redirectUrl', async () => {
    const t = setup();
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    const { page } = await openPage(t.simulator, `${webForm.url}?redirectUrl=%2Freturn`);
    const response = await press(t.simulator, page, 'Complete');
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('the "Complete with error" button', () => {
  it('finishes with the chosen errorCode and offers errorRedirectUrl as a link, not a redirect', async () => {
    const t = await opened({}, RETURN);
    const response = await press(t.simulator, t.page, 'Complete with error', {
      errorCode: 'BANK_SERVER_REJECTION',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
    const page = await readPage(response);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('completed-with-error');
    expect(page.screen.getByText('BANK_SERVER_REJECTION')).toBeTruthy();
    const back = page.screen.getByRole('link', { name: 'Back to the app' }) as HTMLAnchorElement;
    expect(back.getAttribute('href')).toBe(RETURN.errorRedirectUrl);
    const support = page.screen.getByRole('link', { name: 'Contact customer support' });
    expect(support.getAttribute('href')).toBe(RETURN.customerSupportUrl);
    expect(page.screen.queryByText(CLOSE_TAB_TEXT)).toBeNull();

    const json = (await (await t.get(`/api/webForms/${t.webForm.id}`, t.token)).json()) as object;
    expect(json).toMatchObject({
      status: 'COMPLETED_WITH_ERROR',
      payload: { errorCode: 'BANK_SERVER_REJECTION' },
    });
  });

  it('says the tab may be closed without errorRedirectUrl, and shows no support link without one', async () => {
    const t = await opened();
    const response = await press(t.simulator, t.page, 'Complete with error');
    const page = await readPage(response);
    expect(page.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
    expect(page.screen.queryByRole('link')).toBeNull();
    expect(page.screen.getByText(KNOWN_WEB_FORM_ERROR_CODES[0])).toBeTruthy();
  });

  it('shows the support link alone when only customerSupportUrl is given', async () => {
    const t = await opened({}, { customerSupportUrl: RETURN.customerSupportUrl });
    const page = await readPage(await press(t.simulator, t.page, 'Complete with error'));
    expect(page.screen.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Contact customer support',
    ]);
    expect(page.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('ignores javascript: and data: return URLs', async () => {
    const t = setup();
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    // appendReturnParams refuses such URLs, so they are appended by hand here.
    const hostile = `${webForm.url}?errorRedirectUrl=${encodeURIComponent('javascript:alert(1)')}&customerSupportUrl=${encodeURIComponent('data:text/html,hi')}`;
    const { page } = await openPage(t.simulator, hostile);
    const result = await readPage(await press(t.simulator, page, 'Complete with error'));
    expect(result.screen.queryByRole('link')).toBeNull();
    expect(result.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('refuses an error code that is not code-shaped, and changes nothing', async () => {
    const t = await opened();
    const response = await press(t.simulator, t.page, 'Complete with error', {
      errorCode: '<script>',
    });
    expect(response.status).toBe(400);
    expect(await statusOf(t)).toBe('IN_PROGRESS');
  });
});

describe('the "Abort" button', () => {
  it('sends the user back to abortRedirectUrl automatically (303), its query intact', async () => {
    const t = await opened({}, RETURN);
    const response = await press(t.simulator, t.page, 'Abort');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(RETURN.abortRedirectUrl);
    expect(await statusOf(t)).toBe('ABORTED');
  });

  it('shows the support link and the close-tab text without abortRedirectUrl', async () => {
    const t = await opened({}, { customerSupportUrl: RETURN.customerSupportUrl });
    const response = await press(t.simulator, t.page, 'Abort');
    expect(response.status).toBe(200);
    const page = await readPage(response);
    expect(page.document.querySelector('main')?.dataset['page']).toBe('aborted');
    expect(
      page.screen.getByRole('link', { name: 'Contact customer support' }).getAttribute('href'),
    ).toBe(RETURN.customerSupportUrl);
    expect(page.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('says only that the tab may be closed without any return URL', async () => {
    const t = await opened();
    const page = await readPage(await press(t.simulator, t.page, 'Abort'));
    expect(page.screen.queryByRole('link')).toBeNull();
    expect(page.screen.getByText(CLOSE_TAB_TEXT)).toBeTruthy();
  });

  it('ignores a javascript: abortRedirectUrl', async () => {
    const t = setup();
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    const url = `${webForm.url}?abortRedirectUrl=${encodeURIComponent('JavaScript:alert(1)')}`;
    const { page } = await openPage(t.simulator, url);
    const response = await press(t.simulator, page, 'Abort');
    expect(response.status).toBe(200);
    expect(response.headers.get('location')).toBeNull();
  });
});

describe('the page token', () => {
  it('lets only the page that was opened finish the web form', async () => {
    const t = await opened();
    const forged = await t.simulator.fetch(
      new Request(`${ORIGIN}/wf/${t.webForm.id}/complete`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'pageToken=guessed',
      }),
    );
    expect(forged.status).toBe(403);
    expect(await statusOf(t)).toBe('IN_PROGRESS');
  });

  it('refuses a post for a web form that was never opened', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const webForm = await t.createWebForm(token);
    const response = await t.simulator.fetch(
      new Request(`${ORIGIN}/wf/${webForm.id}/abort`, {
        method: 'POST',
        body: new URLSearchParams(),
      }),
    );
    expect(response.status).toBe(403);
  });

  it('answers a second press with the finished page and keeps the first outcome', async () => {
    const t = await opened();
    await press(t.simulator, t.page, 'Abort');
    const again = await press(t.simulator, t.page, 'Complete');
    expect(again.status).toBe(409);
    expect(await statusOf(t)).toBe('ABORTED');
  });

  it('shows the expired page when a button is pressed after expiresAt', async () => {
    const clock = manualClock();
    const t = await opened({ now: clock.now });
    clock.advance(20 * 60_000);
    const response = await press(t.simulator, t.page, 'Complete');
    expect(response.status).toBe(410);
    expect((await readPage(response)).document.querySelector('main')?.dataset['page']).toBe(
      'expired',
    );
    expect(await statusOf(t)).toBe('EXPIRED');
  });
});
