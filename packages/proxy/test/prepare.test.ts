import type { WebForm } from '@webform-kit/core';
import { describe, expect, it, vi } from 'vitest';
import {
  PAYMENT_KINDS,
  trustBrowserInput,
  WebFormProxyError,
  type PrepareContext,
} from '../src/index.ts';
import { finapiJson } from './fakeFinapi.ts';
import {
  advanceUntilSettled,
  createBrowser,
  createTestProxy,
  IMPORT_BODY,
  readSse,
} from './helpers.ts';
import { checkoutPrepare, PAYMENT_BODY, SHOP, summaryOf } from './orderBook.ts';

const PAY = '/api/webforms/standalone-payment';

/** The finAPI body of the creation the proxy sent, as finAPI received it. */
function sentBody(finapi: ReturnType<typeof createTestProxy>['finapi']) {
  const creation = finapi.requests.find((r) => r.method === 'POST');
  return creation?.body as Record<string, unknown> | undefined;
}

describe('without prepare', () => {
  it.each(PAYMENT_KINDS)(
    'answers %s with 403 PREPARE_REQUIRED, naming the prepare option, and calls finAPI never',
    async (kind) => {
      const { proxy, finapi } = createTestProxy();
      const response = await createBrowser(proxy).request('POST', `/api/webforms/${kind}`, {
        body: PAYMENT_BODY,
      });
      expect(response.status).toBe(403);
      const error = (await response.json()) as { code: string; message: string };
      expect(error.code).toBe('PREPARE_REQUIRED');
      expect(error.message).toContain('prepare');
      expect(error.message).toContain('trustBrowserInput');
      expect(finapi.requests).toHaveLength(0);
    },
  );

  it('passes the browser body through for bank connections and the background update', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    const imported = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
    });
    const updated = await browser.request('POST', '/api/webforms/bank-connection-update', {
      body: { bank: { bankConnectionId: 1 } },
    });
    const task = await browser.request('POST', '/api/tasks/background-update', {
      body: { bankConnectionId: 2 },
    });
    expect([imported.status, updated.status, task.status]).toEqual([201, 201, 201]);
    expect(finapi.requests.map((r) => r.body)).toEqual([
      expect.objectContaining(IMPORT_BODY),
      expect.objectContaining({ bank: { bankConnectionId: 1 } }),
      expect.objectContaining({ bankConnectionId: 2 }),
    ]);
  });
});

describe('trustBrowserInput', () => {
  it('creates every kind from the browser body as sent, with the proxy’s own callbacks', async () => {
    const { proxy, finapi } = createTestProxy({ prepare: trustBrowserInput });
    const response = await createBrowser(proxy).request('POST', PAY, {
      body: { ...PAYMENT_BODY, callbacks: { finalised: 'https://evil.example.com/' } },
    });
    expect(response.status).toBe(201);
    const body = sentBody(finapi);
    expect(body?.orders).toEqual(PAYMENT_BODY.orders);
    expect((body?.callbacks as { finalised: string }).finalised).toMatch(
      /^https:\/\/proxy\.example\.com\/api\/callbacks\/webforms\//,
    );
    // No reference, no summary: nothing the browser sent is shown back as the app's.
    expect(await response.json()).not.toHaveProperty('summary');
  });

  it('still answers a body that is no JSON object with 400 INVALID_REQUEST', async () => {
    const { proxy } = createTestProxy({ prepare: trustBrowserInput });
    const response = await createBrowser(proxy).request('POST', PAY, { body: [1, 2] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
  });
});

describe('prepare', () => {
  it('hears the kind, the browser input as sent, the request and the session', async () => {
    const heard: PrepareContext[] = [];
    const { proxy } = createTestProxy({
      prepare: (context) => {
        heard.push(context);
        return checkoutPrepare(context);
      },
    });
    const browser = createBrowser(proxy);
    await browser.request('POST', PAY, {
      body: { orderId: 'order-a', note: 'gift' },
      headers: { 'x-shop-user': 'alice' },
    });
    await browser.request('POST', '/api/tasks/background-update', { body: { orderId: 'order-b' } });

    expect(heard).toHaveLength(2);
    expect(heard[0]).toMatchObject({
      kind: 'standalone-payment',
      input: { orderId: 'order-a', note: 'gift' },
      sessionId: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/),
    });
    expect(heard[0]?.request.headers.get('x-shop-user')).toBe('alice');
    expect(heard[1]).toMatchObject({ kind: 'background-update', sessionId: heard[0]?.sessionId });
  });

  it('sends finAPI the body prepare decided, and may be async', async () => {
    const { proxy, finapi } = createTestProxy({
      prepare: async (context) => {
        await Promise.resolve();
        return checkoutPrepare(context);
      },
    });
    const response = await createBrowser(proxy).request('POST', PAY, {
      body: { orderId: 'order-b' },
    });
    expect(response.status).toBe(201);
    expect(sentBody(finapi)).toEqual({
      orders: [
        { amount: { value: 250, currency: 'EUR' }, purpose: 'Order order-b', recipient: SHOP },
      ],
      callbacks: { finalised: expect.stringMatching(/^https:\/\/proxy\.example\.com\//) },
    });
  });

  it('never lets the browser change amount, recipient, purpose or callbacks, whatever it sends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { proxy, finapi } = createTestProxy({ prepare: checkoutPrepare, rateLimit: false });
      const evil = {
        amount: { value: 0.01, currency: 'EUR' },
        recipient: { iban: 'DE89370400440532013000', name: 'Mallory' },
        purpose: 'refund',
        callbacks: { finalised: 'https://evil.example.com/steal' },
      };
      const forgeries: string[] = [
        JSON.stringify({ orderId: 'order-b', ...evil }),
        JSON.stringify({ orderId: 'order-b', body: { orders: [evil] }, orders: [evil] }),
        `{"orderId":"order-b","__proto__":{"orders":[${JSON.stringify(evil)}],"callbacks":{"finalised":"https://evil.example.com/"}}}`,
        `{"orderId":"order-b","constructor":{"prototype":{"orders":[${JSON.stringify(evil)}]}}}`,
        JSON.stringify({
          orderId: 'order-b',
          summary: { amount: { value: 0.01, currency: 'EUR' } },
        }),
      ];
      const answers: unknown[] = [];
      for (const rawBody of forgeries) {
        // A new session each time, as another tab or device would be.
        const response = await advanceUntilSettled(
          createBrowser(proxy).request('POST', PAY, {
            rawBody,
            headers: { 'content-type': 'application/json' },
          }),
        );
        expect(response.status, rawBody).toBe(201);
        const answer = (await response.json()) as WebForm & { summary?: unknown };
        expect(answer.summary, rawBody).toEqual(summaryOf('order-b'));
        answers.push(answer.id);
      }
      // One reference, one flow: the first forgery created it, the others got the same form.
      expect(new Set(answers).size).toBe(1);
      expect(finapi.count('POST', '/api/webForms/standalonePayment')).toBe(1);
      const body = sentBody(finapi);
      expect(body?.orders).toEqual([
        { amount: { value: 250, currency: 'EUR' }, purpose: 'Order order-b', recipient: SHOP },
      ]);
      expect(Object.keys(body ?? {}).sort()).toEqual(['callbacks', 'orders']);
      expect(JSON.stringify(body?.callbacks)).not.toContain('evil');
      // Nothing leaked into the prototypes either.
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).orders).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends finAPI only what prepare decided, never the browser’s extra or prototype keys', async () => {
    const { proxy, finapi } = createTestProxy({ prepare: checkoutPrepare, rateLimit: false });
    const forgeries = [
      '{"orderId":"order-a","__proto__":{"orders":[{"amount":{"value":0.01,"currency":"EUR"}}]}}',
      '{"orderId":"order-b","constructor":{"prototype":{"recipient":{"iban":"DE89370400440532013000"}}}}',
    ];
    for (const rawBody of forgeries) {
      const response = await createBrowser(proxy).request('POST', PAY, {
        rawBody,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status, rawBody).toBe(201);
    }
    const sent = finapi.requests.filter((r) => r.method === 'POST').map((r) => r.body);
    expect(sent).toEqual([
      {
        orders: [
          { amount: { value: 10, currency: 'EUR' }, purpose: 'Order order-a', recipient: SHOP },
        ],
        callbacks: expect.any(Object),
      },
      {
        orders: [
          { amount: { value: 250, currency: 'EUR' }, purpose: 'Order order-b', recipient: SHOP },
        ],
        callbacks: expect.any(Object),
      },
    ]);
  });

  it('answers a WebFormProxyError thrown by prepare with its status and code', async () => {
    const { proxy, finapi } = createTestProxy({ prepare: checkoutPrepare });
    const response = await createBrowser(proxy).request('POST', PAY, {
      body: { orderId: 'order-z' },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'UNKNOWN_ORDER', message: 'No such order' });
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers any other throw as 500 INTERNAL_ERROR and reports it', async () => {
    const { proxy, events } = createTestProxy({
      prepare: () => {
        throw new Error('order database down');
      },
    });
    const response = await createBrowser(proxy).request('POST', PAY, { body: { orderId: 'x' } });
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain('database');
    expect(events).toContainEqual({ type: 'error', error: new Error('order database down') });
  });

  it('answers an invalid summary from prepare with 500 and reports it, creating nothing', async () => {
    const { proxy, finapi, events } = createTestProxy({
      prepare: (context) => ({
        ...checkoutPrepare(context),
        summary: { amount: { value: -5, currency: 'euro' }, payee: 'x\u202e' },
      }),
    });
    const response = await createBrowser(proxy).request('POST', PAY, {
      body: { orderId: 'order-a' },
    });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({
      code: 'INTERNAL_ERROR',
      message: 'The proxy failed unexpectedly',
    });
    const reported = events.find((e) => e.type === 'error');
    expect(String(reported?.type === 'error' && reported.error)).toMatch(
      /prepare for standalone-payment returned an invalid summary: amount\.value/,
    );
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers an invalid reference or a missing body from prepare with 500', async () => {
    for (const prepared of [
      { body: PAYMENT_BODY, reference: '' },
      { body: PAYMENT_BODY, reference: 42 },
      { body: PAYMENT_BODY, reference: 'x'.repeat(257) },
      { reference: 'order-a' },
      null,
    ]) {
      const { proxy, finapi } = createTestProxy({
        prepare: () => prepared as unknown as ReturnType<typeof checkoutPrepare>,
      });
      const response = await createBrowser(proxy).request('POST', PAY, { body: {} });
      expect(response.status, JSON.stringify(prepared)).toBe(500);
      expect(finapi.requests).toHaveLength(0);
    }
  });

  it('answers a body prepare built that fails the request schema with 400, naming the field', async () => {
    const { proxy } = createTestProxy({
      prepare: () => ({ body: { orders: [{ amount: { value: 'ten', currency: 'EUR' } }] } }),
    });
    const response = await createBrowser(proxy).request('POST', PAY, { body: {} });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toContain(
      'orders[0].amount.value',
    );
  });
});

describe('the summary', () => {
  it('comes with the create answer, every GET and every event, from the proxy alone', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    try {
      const { proxy, finapi } = createTestProxy({ prepare: checkoutPrepare });
      // finAPI never sends a summary; if an answer carried one, it would not reach the browser.
      finapi.override((request, path) => {
        if (request.method !== 'GET' || !path.startsWith('/api/webForms/')) return undefined;
        const webForm = finapi.webForms.get(path.split('/').at(-1) ?? '');
        if (webForm === undefined) return undefined;
        return Response.json({ ...webForm, summary: { payee: 'finAPI says so' } });
      });
      const browser = createBrowser(proxy);
      const created = await browser.request('POST', PAY, { body: { orderId: 'order-a' } });
      const webForm = (await created.json()) as WebForm & { summary: unknown };
      expect(webForm.summary).toEqual(summaryOf('order-a'));

      await vi.advanceTimersByTimeAsync(1000);
      const read = (await (
        await browser.request('GET', `/api/webforms/${webForm.id}`)
      ).json()) as WebForm & { summary: unknown };
      expect(read).toEqual(webForm);

      const stream = readSse(await browser.request('GET', `/api/webforms/${webForm.id}/events`));
      expect(await stream.next()).toEqual({ data: webForm });
      await vi.advanceTimersByTimeAsync(1000);
      finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { paymentId: 99 } });
      const sent = finapi.requests.find((r) => r.method === 'POST')?.body as {
        callbacks: { finalised: string };
      };
      await proxy(
        new Request(sent.callbacks.finalised, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: webForm.id, status: 'COMPLETED' }),
        }),
      );
      // The provisional event carries the summary too; the payment id comes with the read.
      expect(await stream.next()).toEqual({
        data: { ...webForm, status: 'COMPLETED', provisional: true },
      });
      expect(await stream.next()).toEqual({
        data: { ...webForm, status: 'COMPLETED', payload: { paymentId: 99 } },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('is absent when prepare gives none, even when finAPI’s answer carries one', async () => {
    const { proxy, finapi } = createTestProxy();
    const id = '946db09e-5bfc-11eb-ae93-0242ac130002';
    finapi.override((request) =>
      request.method === 'POST'
        ? finapiJson(
            {
              id,
              url: `https://webform.example.test/wf/${id}`,
              createdAt: '2026-01-01T00:00:00.000+0000',
              expiresAt: '2026-01-01T00:20:00.000+0000',
              type: 'BANK_CONNECTION_IMPORT',
              status: 'NOT_YET_OPENED',
              payload: {},
              summary: { payee: 'finAPI says so' },
            },
            201,
          )
        : undefined,
    );
    const created = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      { body: IMPORT_BODY },
    );
    expect(created.status).toBe(201);
    expect(await created.json()).not.toHaveProperty('summary');
  });
});

describe('WebFormProxyError from prepare', () => {
  it('may carry headers of its own', async () => {
    const { proxy } = createTestProxy({
      prepare: () => {
        throw new WebFormProxyError(401, 'UNAUTHENTICATED', 'Please sign in', {
          'www-authenticate': 'Bearer',
        });
      },
    });
    const response = await createBrowser(proxy).request('POST', PAY, { body: {} });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });
});
