import { WebFormSchema, type WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { trustBrowserInput } from '../src/index.ts';
import { APP_ORIGIN, createBrowser, createTestProxy, IMPORT_BODY } from './helpers.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('POST /api/webforms/{kind}', () => {
  it('creates the web form at finAPI and answers 201 with the validated WebForm', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);

    const response = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
    });

    expect(response.status).toBe(201);
    const webForm = WebFormSchema.parse(await response.json());
    expect(webForm.type).toBe('BANK_CONNECTION_IMPORT');
    expect(finapi.webForms.has(webForm.id)).toBe(true);
    expect(finapi.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/webForms/bankConnectionImport',
    });
  });

  it('maps every kebab-case kind to its finAPI path', async () => {
    const { proxy, finapi } = createTestProxy({ rateLimit: false, prepare: trustBrowserInput });
    const browser = createBrowser(proxy);
    const bodies = {
      'bank-connection-update': { bank: { bankConnectionId: 1 } },
      'standalone-payment': {
        orders: [{ amount: { value: 1, currency: 'EUR' }, recipient: { iban: 'DE1', name: 'A' } }],
      },
      'standing-order': {
        amount: { value: 1, currency: 'EUR' },
        recipient: { iban: 'DE1', name: 'A' },
        startDate: '2030-01-01',
        frequency: 'MONTHLY',
      },
    };
    for (const [kind, body] of Object.entries(bodies)) {
      const response = await browser.request('POST', `/api/webforms/${kind}`, { body });
      expect(response.status, kind).toBe(201);
    }
    expect(finapi.requests.map((r) => r.path)).toEqual([
      '/api/webForms/bankConnectionUpdate',
      '/api/webForms/standalonePayment',
      '/api/webForms/standingOrder',
    ]);
  });

  it('drops callbacks the browser sent and registers its own, with a secret in the path', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);

    await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: { ...IMPORT_BODY, callbacks: { finalised: 'https://evil.example.com/steal' } },
    });

    const sent = finapi.requests[0]?.body as { callbacks: { finalised: string } };
    expect(sent.callbacks.finalised).toMatch(
      /^https:\/\/proxy\.example\.com\/api\/callbacks\/webforms\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{43}$/,
    );
  });

  it('gives every web form its own callback handle and secret', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY });
    await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY });
    const [a, b] = finapi.requests.map(
      (r) => (r.body as { callbacks: { finalised: string } }).callbacks.finalised,
    );
    expect(a).not.toBe(b);
  });

  it('sends no callbacks when registerCallbacks is off', async () => {
    const { proxy, finapi } = createTestProxy({ registerCallbacks: false });
    await createBrowser(proxy).request('POST', '/api/webforms/bank-connection-import', {
      body: { ...IMPORT_BODY, callbacks: { finalised: 'https://evil.example.com/' } },
    });
    expect(finapi.requests[0]?.body).not.toHaveProperty('callbacks');
  });

  it('answers 404 UNKNOWN_KIND for a kind that does not exist, without calling finAPI', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bankConnectionImport',
      {
        body: IMPORT_BODY,
      },
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'UNKNOWN_KIND' });
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers 400 INVALID_JSON for a malformed body', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      {
        rawBody: '{"bank": ',
        headers: { 'content-type': 'application/json' },
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 'INVALID_JSON',
      message: 'The request body is not valid JSON',
    });
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers 400 INVALID_REQUEST for a body that is not a JSON object', async () => {
    const { proxy } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      {
        body: ['not', 'an', 'object'],
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it("answers 400 INVALID_REQUEST naming the field that fails core's request schema", async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-update',
      {
        body: { bank: { bankConnectionId: 'seven' } },
      },
    );
    expect(response.status).toBe(400);
    const error = (await response.json()) as { code: string; message: string };
    expect(error.code).toBe('INVALID_REQUEST');
    expect(error.message).toContain('bank.bankConnectionId');
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    const { proxy } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      {
        rawBody: 'bank=DEMO',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
    );
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('answers 413 BODY_TOO_LARGE for a declared body over the limit', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      {
        body: { ...IMPORT_BODY, bankConnectionName: 'x'.repeat(70_000) },
      },
    );
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'BODY_TOO_LARGE' });
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers 413 for a streamed body without a length once it passes the limit', async () => {
    const { proxy } = createTestProxy({ maxBodyBytes: 1024 });
    const chunk = new TextEncoder().encode(' '.repeat(512));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await proxy(
      new Request('http://proxy.test/api/webforms/bank-connection-import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(10);
  });

  it('refuses a redirectUrl outside the allowed origins with 400 REDIRECT_URL_NOT_ALLOWED', async () => {
    const { proxy, finapi } = createTestProxy({ allowedOrigins: ['https://shop.example.com'] });
    const browser = createBrowser(proxy);

    const refused = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: { ...IMPORT_BODY, redirectUrl: 'https://shop.example.com.evil.test/return' },
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ code: 'REDIRECT_URL_NOT_ALLOWED' });
    expect(finapi.requests).toHaveLength(0);

    const accepted = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: { ...IMPORT_BODY, redirectUrl: 'https://shop.example.com/return?flow=1' },
    });
    expect(accepted.status).toBe(201);
  });

  it('refuses a creation posted from a foreign page with 403 ORIGIN_NOT_ALLOWED', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    const foreign = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
      headers: { origin: 'https://evil.example.com' },
    });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
    expect(finapi.requests).toHaveLength(0);

    const app = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
      headers: { origin: APP_ORIGIN },
    });
    expect(app.status).toBe(201);
  });
});

describe('GET /api/webforms/{id}', () => {
  it('answers the web form as finAPI has it now', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const browser = createBrowser(proxy);
    const created = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;
    finapi.finishWebForm(created.id, 'COMPLETED');
    clock += 1500;

    const response = await browser.request('GET', `/api/webforms/${created.id}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const webForm = WebFormSchema.parse(await response.json());
    expect(webForm).toMatchObject({ status: 'COMPLETED', payload: { bankConnectionId: 7 } });
  });

  it('reads finAPI at most once a second however often the browser asks', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock, rateLimit: false });
    const browser = createBrowser(proxy);
    const created = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;

    for (let i = 0; i < 10; i++) {
      clock += 250;
      expect((await browser.request('GET', `/api/webforms/${created.id}`)).status).toBe(200);
    }

    // 2.5 s of asking four times a second: reads at +1.0 s and +2.0 s after the creation.
    expect(finapi.count('GET', `/api/webForms/${created.id}`)).toBe(2);
  });

  it('answers 400 INVALID_ID for an id of the wrong shape, without calling finAPI', async () => {
    const { proxy, finapi } = createTestProxy();
    for (const id of [
      '123',
      'x'.repeat(35),
      'x'.repeat(35) + '_',
      '..%2F..%2Fapi%2Fusers',
      `${UNKNOWN_ID}0`,
    ]) {
      const response = await createBrowser(proxy).request('GET', `/api/webforms/${id}`);
      expect(response.status, id).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'INVALID_ID' });
    }
    expect(finapi.requests).toHaveLength(0);
  });

  it('answers 404 NOT_FOUND for an id this session never created, without calling finAPI', async () => {
    const { proxy, finapi } = createTestProxy();
    const response = await createBrowser(proxy).request('GET', `/api/webforms/${UNKNOWN_ID}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'No such web form' });
    expect(finapi.requests).toHaveLength(0);
  });
});

describe('DELETE /api/webforms/{id}', () => {
  it('deletes the web form at finAPI and answers 204; it is gone afterwards', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    const created = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;

    const response = await browser.request('DELETE', `/api/webforms/${created.id}`);
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(finapi.count('DELETE', `/api/webForms/${created.id}`)).toBe(1);
    expect(finapi.webForms.has(created.id)).toBe(false);

    const after = await browser.request('GET', `/api/webforms/${created.id}`);
    expect(after.status).toBe(404);
  });

  it('answers 404 for a web form of another session and leaves it alone', async () => {
    const { proxy, finapi } = createTestProxy();
    const owner = createBrowser(proxy);
    const created = (await (
      await owner.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;

    const response = await createBrowser(proxy).request('DELETE', `/api/webforms/${created.id}`);
    expect(response.status).toBe(404);
    expect(finapi.webForms.has(created.id)).toBe(true);
  });
});

describe('routing', () => {
  it('answers unknown routes with 404 NOT_FOUND as JSON', async () => {
    const { proxy } = createTestProxy();
    for (const path of [
      '/api/nothing',
      '/api/webforms',
      '/elsewhere',
      `/api/webforms/${UNKNOWN_ID}/events/more`,
    ]) {
      const response = await proxy(new Request(`http://proxy.test${path}`));
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('answers a wrong method with 405 METHOD_NOT_ALLOWED and an Allow header', async () => {
    const { proxy } = createTestProxy();
    const cases: [string, string, string][] = [
      ['PUT', `/api/webforms/${UNKNOWN_ID}`, 'GET, DELETE'],
      ['POST', `/api/webforms/${UNKNOWN_ID}`, 'GET, DELETE'],
      ['GET', '/api/webforms/bank-connection-import', 'POST'],
      ['POST', `/api/webforms/${UNKNOWN_ID}/events`, 'GET'],
      ['GET', '/api/tasks/background-update', 'POST'],
      ['DELETE', `/api/tasks/${UNKNOWN_ID}`, 'GET'],
      ['GET', '/api/callbacks/webforms/abc/def', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await proxy(new Request(`http://proxy.test${path}`, { method }));
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('allow')).toBe(allow);
      expect(await response.json()).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    }
  });

  it('serves the routes under a configured base path', async () => {
    const { proxy } = createTestProxy({ basePath: '/finapi-proxy/' });
    expect(proxy.basePath).toBe('/finapi-proxy');
    const browser = createBrowser(proxy);
    const response = await browser.request(
      'POST',
      '/finapi-proxy/webforms/bank-connection-import',
      {
        body: IMPORT_BODY,
      },
    );
    expect(response.status).toBe(201);
    expect(
      (await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY }))
        .status,
    ).toBe(404);
  });

  it('exposes the normalised allowed origins for the app', () => {
    const { proxy } = createTestProxy({
      allowedOrigins: ['https://Shop.example.com:443/', 'http://localhost:5173'],
    });
    expect(proxy.allowedOrigins).toEqual(['https://shop.example.com', 'http://localhost:5173']);
  });
});

describe('HEAD', () => {
  it('answers HEAD on a web form like GET, without a body', async () => {
    const { proxy } = createTestProxy();
    const browser = createBrowser(proxy);
    const created = (await (
      await browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;
    const response = await browser.request('HEAD', `/api/webforms/${created.id}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('does not open an event stream for HEAD', async () => {
    const { proxy } = createTestProxy();
    const response = await proxy(
      new Request('http://proxy.test/api/webforms/00000000-0000-4000-8000-000000000000/events', {
        method: 'HEAD',
      }),
    );
    expect(response.status).toBe(405);
  });
});
