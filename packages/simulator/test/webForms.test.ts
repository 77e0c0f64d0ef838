import {
  FinapiErrorSchema,
  ValidationErrorSchema,
  WEB_FORM_KINDS,
  WebFormSchema,
  finapiPathOf,
  parseFinapiTimestamp,
  webFormTypeOf,
  type WebFormKind,
} from '@webform-kit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bankConnectionImportDetailsExample,
  bankConnectionUpdateDetailsExample,
  directDebitWithAccountDetailsExample,
  paymentWithAccountDetailsExample,
  standalonePaymentDetailsExample,
  standingOrderDetailsExample,
} from '../../core/test/fixtures/finapiExamples.ts';
import { TEST_VALUES, type Simulator } from '../src/index.ts';
import { FINAPI_TIMESTAMP, ORIGIN, UUID, manualClock, setup } from './helpers.ts';

/** The spec's own example bodies, one per kind. */
const EXAMPLES: Record<WebFormKind, Record<string, unknown>> = {
  'bank-connection-import': bankConnectionImportDetailsExample,
  'bank-connection-update': bankConnectionUpdateDetailsExample,
  'standalone-payment': standalonePaymentDetailsExample,
  'payment-with-account-id': paymentWithAccountDetailsExample,
  'direct-debit-with-account-id': directDebitWithAccountDetailsExample,
  'standing-order': standingOrderDetailsExample,
};

let simulator: Simulator | undefined;
afterEach(() => simulator?.close());

describe('POST /api/webForms/{kind}', () => {
  it.each(WEB_FORM_KINDS)(
    'creates a %s web form from the spec example (201 WebForm)',
    async (kind) => {
      const clock = manualClock();
      const t = setup({ now: clock.now });
      simulator = t.simulator;
      const token = await t.login();

      const response = await t.post(`/api/webForms/${finapiPathOf(kind)}`, token, EXAMPLES[kind]);

      expect(response.status).toBe(201);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const json = (await response.json()) as Record<string, string>;
      const webForm = WebFormSchema.parse(json);
      expect(webForm.id).toMatch(UUID);
      expect(webForm.url).toBe(`${ORIGIN}/wf/${webForm.id}`);
      expect(webForm.type).toBe(webFormTypeOf(kind));
      expect(webForm.status).toBe('NOT_YET_OPENED');
      expect(webForm.payload).toEqual({});
      expect(webForm.createdAt).toBe('2021-03-09T08:36:15.000+0000');
      expect(webForm.expiresAt).toBe('2021-03-09T08:56:15.000+0000');
    },
  );

  it('gives every web form its own id', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const a = await t.createWebForm(token);
    const b = await t.createWebForm(token);
    expect(a.id).not.toBe(b.id);
  });

  it('writes timestamps in finAPI format and expires after ttlMs', async () => {
    const t = setup({ ttlMs: 5000 });
    simulator = t.simulator;
    const webForm = await t.createWebForm(await t.login());
    expect(webForm['createdAt']).toMatch(FINAPI_TIMESTAMP);
    expect(webForm['expiresAt']).toMatch(FINAPI_TIMESTAMP);
    const lifetime =
      parseFinapiTimestamp(webForm['expiresAt'] as string) -
      parseFinapiTimestamp(webForm['createdAt'] as string);
    expect(lifetime).toBe(5000);
  });

  it('answers 401 UNAUTHORIZED without a token', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.request('/api/webForms/bankConnectionImport', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    const error = FinapiErrorSchema.parse(await response.json());
    expect(error).toMatchObject({
      code: 'UNAUTHORIZED',
      endpoint: 'POST /api/webForms/bankConnectionImport',
    });
    expect(error.timestamp).toMatch(FINAPI_TIMESTAMP);
  });

  it('answers 401 UNAUTHORIZED for an unknown token', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.post('/api/webForms/bankConnectionImport', 'not-a-token', {});
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it("answers 403 FORBIDDEN for a client's token (finAPI wants the user's)", async () => {
    const t = setup();
    simulator = t.simulator;
    const grant = await t.token({
      grant_type: 'client_credentials',
      client_id: 'webform-kit-demo',
      client_secret: 'demo-secret',
    });
    const { access_token } = (await grant.json()) as { access_token: string };
    const response = await t.post('/api/webForms/bankConnectionImport', access_token, {});
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers 400 ValidationError naming the invalid fields', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const response = await t.post('/api/webForms/standalonePayment', token, {
      orders: [{ amount: { value: -1, currency: 'EUR' }, recipient: { iban: 'DE02', name: '' } }],
    });
    expect(response.status).toBe(400);
    const error = ValidationErrorSchema.parse(await response.json());
    expect(error.endpoint).toBe('POST /api/webForms/standalonePayment');
    expect(error.timestamp).toMatch(FINAPI_TIMESTAMP);
    const fields = error.errors.map((e) => e.field);
    expect(fields).toContain('orders[0].amount.value');
    expect(fields).toContain('orders[0].recipient.name');
  });

  it('answers 400 ValidationError when a required field is missing', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.post('/api/webForms/paymentWithAccountId', await t.login(), {
      orders: standalonePaymentDetailsExample.orders,
    });
    expect(response.status).toBe(400);
    const error = ValidationErrorSchema.parse(await response.json());
    expect(error.errors.map((e) => e.field)).toEqual(['sender']);
  });

  it('answers 400 ValidationError for malformed JSON', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.post(
      '/api/webForms/bankConnectionImport',
      await t.login(),
      '{"bank":',
    );
    expect(response.status).toBe(400);
    const error = ValidationErrorSchema.parse(await response.json());
    expect(error.errors[0]?.field).toBe('body');
    expect(error.errors[0]?.message).toMatch(/Malformed JSON/);
  });

  it('answers 400 ValidationError for an empty body and for a body that is not an object', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const empty = await t.post('/api/webForms/bankConnectionImport', token, '');
    expect(empty.status).toBe(400);
    const array = await t.post('/api/webForms/bankConnectionImport', token, '[]');
    expect(array.status).toBe(400);
    expect(ValidationErrorSchema.parse(await array.json()).errors[0]?.field).toBe('body');
  });

  it('answers 415 for a body that is not sent as application/json', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.request('/api/webForms/bankConnectionImport', {
      method: 'POST',
      headers: t.bearer(await t.login()),
      body: '{}',
    });
    expect(response.status).toBe(415);
    expect(FinapiErrorSchema.parse(await response.json()).code).toBe('NOT_SUPPORTED');
  });

  it('answers 400 for a date that is not a calendar date and for an unknown currency', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const badDate = await t.post('/api/webForms/standingOrder', token, {
      ...standingOrderDetailsExample,
      startDate: '2022-02-30',
    });
    expect(badDate.status).toBe(400);
    const badCurrency = await t.post('/api/webForms/standingOrder', token, {
      ...standingOrderDetailsExample,
      amount: { value: 1, currency: 'ABC' },
    });
    expect(badCurrency.status).toBe(400);
  });

  describe('callback URLs', () => {
    it.each([
      'https://shop.example/callbacks/finapi?state=1',
      'http://127.0.0.1:8787/api/callbacks/web-form',
      'http://localhost:8787/api/callbacks/web-form',
      'http://[::1]:8787/api/callbacks/web-form',
    ])('accepts %s', async (finalised) => {
      const t = setup();
      simulator = t.simulator;
      const response = await t.post('/api/webForms/bankConnectionImport', await t.login(), {
        callbacks: { finalised },
      });
      expect(response.status).toBe(201);
    });

    it.each([
      'http://shop.example/callbacks/finapi',
      'http://127.0.0.2/callbacks',
      'ftp://shop.example/callbacks',
      'http://localhost.evil.example/x',
      'http://127.0.0.1.nip.io/callbacks',
      'not a url',
    ])('refuses %s with 400 like finAPI pattern', async (finalised) => {
      const t = setup();
      simulator = t.simulator;
      const response = await t.post('/api/webForms/bankConnectionImport', await t.login(), {
        callbacks: { finalised },
      });
      expect(response.status).toBe(400);
      const error = ValidationErrorSchema.parse(await response.json());
      expect(error.errors[0]?.field).toBe('callbacks.finalised');
    });
  });

  describe('422 and 404 answers, each with its documented trigger', () => {
    const cases: [string, string, Record<string, unknown>, number, string][] = [
      [
        'PAYMENT_NOT_SUPPORTED for a non-EUR standalone payment',
        'standalonePayment',
        {
          orders: [
            { ...standalonePaymentDetailsExample.orders[0], amount: { value: 1, currency: 'USD' } },
          ],
        },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'PAYMENT_NOT_SUPPORTED for a non-EUR standing order',
        'standingOrder',
        { ...standingOrderDetailsExample, amount: { value: 1, currency: 'CHF' } },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'PAYMENT_NOT_SUPPORTED for a non-EUR direct debit',
        'directDebitWithAccountId',
        {
          ...directDebitWithAccountDetailsExample,
          orders: [
            {
              ...directDebitWithAccountDetailsExample.orders[0],
              amount: { value: 1, currency: 'GBP' },
            },
          ],
        },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'PAYMENT_NOT_SUPPORTED for a non-EUR payment from a (EUR) account',
        'paymentWithAccountId',
        {
          ...paymentWithAccountDetailsExample,
          orders: [
            {
              ...paymentWithAccountDetailsExample.orders[0],
              amount: { value: 1, currency: 'USD' },
            },
          ],
        },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'PAYMENT_NOT_SUPPORTED for an account without payment capabilities',
        'paymentWithAccountId',
        {
          ...paymentWithAccountDetailsExample,
          sender: { accountId: TEST_VALUES.noPaymentAccountId },
        },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'PAYMENT_NOT_SUPPORTED for a direct debit to an account without capabilities',
        'directDebitWithAccountId',
        {
          ...directDebitWithAccountDetailsExample,
          receiver: { accountId: TEST_VALUES.noPaymentAccountId },
        },
        422,
        'PAYMENT_NOT_SUPPORTED',
      ],
      [
        'BANK_NOT_SUPPORTED for the test IBAN of a standalone payment',
        'standalonePayment',
        { ...standalonePaymentDetailsExample, sender: { iban: TEST_VALUES.unsupportedBankIban } },
        422,
        'BANK_NOT_SUPPORTED',
      ],
      [
        'BANK_NOT_SUPPORTED for the test IBAN of a standing order',
        'standingOrder',
        { ...standingOrderDetailsExample, sender: { iban: TEST_VALUES.unsupportedBankIban } },
        422,
        'BANK_NOT_SUPPORTED',
      ],
      [
        'BANK_NOT_SUPPORTED for the unsupported bank id',
        'bankConnectionImport',
        { bank: { id: TEST_VALUES.unsupportedBankId } },
        422,
        'BANK_NOT_SUPPORTED',
      ],
      [
        'BANK_NOT_SUPPORTED for the unsupported bank search',
        'bankConnectionImport',
        { bank: { search: TEST_VALUES.unsupportedBankSearch } },
        422,
        'BANK_NOT_SUPPORTED',
      ],
      [
        'BANK_NOT_UNIQUE for the ambiguous bank search',
        'bankConnectionImport',
        { bank: { search: TEST_VALUES.ambiguousBankSearch } },
        422,
        'BANK_NOT_UNIQUE',
      ],
      [
        'BANK_NOT_SUPPORTED for the unsupported bank connection',
        'bankConnectionUpdate',
        { bank: { bankConnectionId: TEST_VALUES.unsupportedBankConnectionId } },
        422,
        'BANK_NOT_SUPPORTED',
      ],
      [
        'NOT_FOUND for the unknown bank connection',
        'bankConnectionUpdate',
        { bank: { bankConnectionId: TEST_VALUES.unknownBankConnectionId } },
        404,
        'NOT_FOUND',
      ],
      [
        'NOT_FOUND for the unknown profile',
        'bankConnectionImport',
        { profileId: TEST_VALUES.unknownProfileId },
        404,
        'NOT_FOUND',
      ],
    ];

    it.each(cases)('%s', async (_name, path, body, status, code) => {
      const t = setup();
      simulator = t.simulator;
      const response = await t.post(`/api/webForms/${path}`, await t.login(), body);
      expect(response.status).toBe(status);
      const error = FinapiErrorSchema.parse(await response.json());
      expect(error.code).toBe(code);
      expect(error.endpoint).toBe(`POST /api/webForms/${path}`);
    });

    it('MANDATOR_MISCONFIGURATION while the scenario says so', async () => {
      const t = setup({ scenario: { mandatorMisconfigured: true } });
      simulator = t.simulator;
      const response = await t.post('/api/webForms/bankConnectionImport', await t.login(), {});
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ code: 'MANDATOR_MISCONFIGURATION' });
    });

    it('INVALID_REDIRECT_URL when redirectUrl is required but missing, or forbidden but given', async () => {
      const t = setup({ scenario: { redirectUrlPolicy: 'required' } });
      simulator = t.simulator;
      const token = await t.login();
      const missing = await t.post('/api/webForms/bankConnectionImport', token, {});
      expect(missing.status).toBe(422);
      expect(await missing.json()).toMatchObject({ code: 'INVALID_REDIRECT_URL' });

      t.simulator.setScenario({ redirectUrlPolicy: 'forbidden' });
      const given = await t.post('/api/webForms/bankConnectionImport', token, {
        redirectUrl: 'https://shop.example/sca-done',
      });
      expect(given.status).toBe(422);
      expect(await given.json()).toMatchObject({ code: 'INVALID_REDIRECT_URL' });
    });
  });
});

describe('GET /api/webForms/{id}', () => {
  it("answers the user's web form", async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const created = await t.createWebForm(token);
    const response = await t.get(`/api/webForms/${created.id}`, token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(created);
  });

  it("answers 404 NOT_FOUND for another user's web form", async () => {
    const t = setup({
      users: [
        { username: 'demo', password: 'demo' },
        { username: 'other', password: 'other' },
      ],
    });
    simulator = t.simulator;
    const created = await t.createWebForm(await t.login('demo', 'demo'));
    const response = await t.get(`/api/webForms/${created.id}`, await t.login('other', 'other'));
    expect(response.status).toBe(404);
    expect(FinapiErrorSchema.parse(await response.json())).toMatchObject({
      code: 'NOT_FOUND',
      endpoint: `GET /api/webForms/${created.id}`,
    });
  });

  it('answers 404 NOT_FOUND for an unknown id', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.get(`/api/webForms/${crypto.randomUUID()}`, await t.login());
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers 401 without a token', async () => {
    const t = setup();
    simulator = t.simulator;
    const created = await t.createWebForm(await t.login());
    const response = await t.request(`/api/webForms/${created.id}`);
    expect(response.status).toBe(401);
  });

  it('echoes X-Request-Id, or makes one up', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const created = await t.createWebForm(token);
    const echoed = await t.request(`/api/webForms/${created.id}`, {
      headers: { ...t.bearer(token), 'x-request-id': 'trace-42' },
    });
    expect(echoed.headers.get('x-request-id')).toBe('trace-42');
    const made = await t.get(`/api/webForms/${created.id}`, token);
    expect(made.headers.get('x-request-id')).toMatch(UUID);
  });
});

describe('DELETE /api/webForms/{id}', () => {
  it('answers 200 and the web form is gone', async () => {
    const t = setup();
    simulator = t.simulator;
    const token = await t.login();
    const created = await t.createWebForm(token);
    const response = await t.get(`/api/webForms/${created.id}`, token, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect((await t.get(`/api/webForms/${created.id}`, token)).status).toBe(404);
    expect((await t.get(`/api/webForms/${created.id}`, token, { method: 'DELETE' })).status).toBe(
      404,
    );
  });

  it("answers 404 for another user's web form and leaves it alone", async () => {
    const t = setup({
      users: [
        { username: 'demo', password: 'demo' },
        { username: 'other', password: 'other' },
      ],
    });
    simulator = t.simulator;
    const owner = await t.login('demo', 'demo');
    const created = await t.createWebForm(owner);
    const response = await t.get(`/api/webForms/${created.id}`, await t.login('other', 'other'), {
      method: 'DELETE',
    });
    expect(response.status).toBe(404);
    expect((await t.get(`/api/webForms/${created.id}`, owner)).status).toBe(200);
  });
});

describe('unknown API routes', () => {
  it('answer 404 in finAPI error shape', async () => {
    const t = setup();
    simulator = t.simulator;
    const response = await t.post('/api/webForms/somethingElse', await t.login(), {});
    expect(response.status).toBe(404);
    expect(FinapiErrorSchema.parse(await response.json()).code).toBe('NOT_FOUND');
  });
});
