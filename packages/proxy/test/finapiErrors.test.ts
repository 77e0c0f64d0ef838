import type { WebForm } from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINAPI_TOKEN, finapiJson } from './fakeFinapi.ts';
import { createBrowser, createTestProxy, IMPORT_BODY, type Browser } from './helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';

async function errorOf(response: Response) {
  return {
    status: response.status,
    body: (await response.json()) as { code: string; message: string },
  };
}

function create(browser: Browser) {
  return browser.request('POST', CREATE, { body: IMPORT_BODY });
}

describe('finAPI errors', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('maps a 400 ValidationError to 400 INVALID_REQUEST with the field messages', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() =>
      finapiJson(
        {
          errors: [
            { field: 'bank.search', message: 'must not be blank' },
            { field: 'maxDaysForDownload', message: 'must be less than or equal to 3650' },
          ],
          timestamp: '2026-01-01T00:00:00.000+0000',
          endpoint: 'POST /api/webForms/bankConnectionImport',
        },
        400,
      ),
    );
    expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
      status: 400,
      body: {
        code: 'INVALID_REQUEST',
        message:
          'finAPI refused the request: bank.search: must not be blank; maxDaysForDownload: must be less than or equal to 3650',
      },
    });
  });

  it('maps a 401 to 502 FINAPI_UNAUTHORIZED: the browser did nothing wrong', async () => {
    const { proxy } = createTestProxy({ getAccessToken: async () => 'expired-token' });
    expect(await errorOf(await create(createBrowser(proxy)))).toMatchObject({
      status: 502,
      body: { code: 'FINAPI_UNAUTHORIZED' },
    });
  });

  it('maps a 403 to 502 FINAPI_FORBIDDEN', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => finapiJson({ code: 'FORBIDDEN', description: 'No access' }, 403));
    expect(await errorOf(await create(createBrowser(proxy)))).toMatchObject({
      status: 502,
      body: { code: 'FINAPI_FORBIDDEN' },
    });
  });

  it('maps a 404 to 404 NOT_FOUND', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    finapi.override(() =>
      finapiJson({ code: 'NOT_FOUND', description: 'Profile 123 not found' }, 404),
    );
    expect(await errorOf(await create(browser))).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', message: 'No such web form' },
    });
  });

  it('maps a 422 with finAPI code X to 422 with code X and a message the proxy wrote', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() =>
      finapiJson(
        {
          code: 'PAYMENT_NOT_SUPPORTED',
          description: 'internal: mandator 4711 has PIS disabled <script>',
          timestamp: '2026-01-01T00:00:00.000+0000',
          endpoint: 'POST /api/webForms/standalonePayment',
        },
        422,
      ),
    );
    const { status, body } = await errorOf(await create(createBrowser(proxy)));
    expect(status).toBe(422);
    expect(body.code).toBe('PAYMENT_NOT_SUPPORTED');
    expect(body.message).not.toContain('mandator 4711');
    expect(body.message).not.toContain('<script>');
  });

  it('passes on an undocumented 422 code with a general message', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => finapiJson({ code: 'SOMETHING_NEW', description: 'x' }, 422));
    expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
      status: 422,
      body: {
        code: 'SOMETHING_NEW',
        message: 'finAPI could not process the request (SOMETHING_NEW)',
      },
    });
  });

  it('does not pass on a 422 whose code is not code-shaped', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => finapiJson({ code: '<img src=x>', description: 'x' }, 422));
    expect(await errorOf(await create(createBrowser(proxy)))).toMatchObject({
      status: 502,
      body: { code: 'FINAPI_ERROR' },
    });
  });

  it('maps a 423 to 409 LOCKED', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => finapiJson({ code: 'LOCKED', description: 'being updated' }, 423));
    const response = await createBrowser(proxy).request('POST', '/api/tasks/background-update', {
      body: { bankConnectionId: 1 },
    });
    expect(await errorOf(response)).toMatchObject({ status: 409, body: { code: 'LOCKED' } });
  });

  it('maps a 5xx to 502 FINAPI_ERROR', async () => {
    for (const status of [500, 503]) {
      const { proxy, finapi } = createTestProxy();
      finapi.override(() =>
        finapiJson({ code: 'INTERNAL_SERVER_ERROR', description: 'boom' }, status),
      );
      expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
        status: 502,
        body: { code: 'FINAPI_ERROR', message: 'finAPI failed' },
      });
    }
  });

  it('maps an unreachable finAPI to 502 FINAPI_UNAVAILABLE', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => {
      throw new TypeError('fetch failed: ECONNREFUSED');
    });
    expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
      status: 502,
      body: { code: 'FINAPI_UNAVAILABLE', message: 'finAPI could not be reached' },
    });
  });

  it('gives up after finapiTimeoutMs with 504 FINAPI_UNAVAILABLE', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    const { proxy, finapi } = createTestProxy({ finapiTimeoutMs: 3000 });
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    finapi.override(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
          arrived();
        }),
    );
    const pending = create(createBrowser(proxy));
    await arrival;
    await vi.advanceTimersByTimeAsync(2999);
    expect(finapi.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await errorOf(await pending)).toEqual({
      status: 504,
      body: { code: 'FINAPI_UNAVAILABLE', message: 'finAPI did not answer in time' },
    });
  });

  it('answers 502 FINAPI_INVALID_RESPONSE for an answer that is not JSON', async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() => new Response('<html>gateway</html>', { status: 201 }));
    const { status, body } = await errorOf(await create(createBrowser(proxy)));
    expect(status).toBe(502);
    expect(body.code).toBe('FINAPI_INVALID_RESPONSE');
    expect(body.message).toContain('not JSON');
  });

  it("answers 502 FINAPI_INVALID_RESPONSE naming what fails core's schema", async () => {
    const { proxy, finapi } = createTestProxy();
    finapi.override(() =>
      finapiJson(
        {
          id: '946db09e-5bfc-11eb-ae93-0242ac130002',
          url: 'javascript:alert(1)',
          createdAt: 'yesterday',
          expiresAt: '2026-01-01T00:00:00.000+0000',
          type: 'BANK_CONNECTION_IMPORT',
          status: 'DONE',
          payload: {},
        },
        201,
      ),
    );
    const { status, body } = await errorOf(await create(createBrowser(proxy)));
    expect(status).toBe(502);
    expect(body.code).toBe('FINAPI_INVALID_RESPONSE');
    expect(body.message).toContain('url:');
    expect(body.message).toContain('createdAt:');
    expect(body.message).toContain('status:');
  });

  it('answers 502 FINAPI_INVALID_RESPONSE when a read of a web form is malformed', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const browser = createBrowser(proxy);
    const created = (await (await create(browser)).json()) as WebForm;
    clock += 2000;
    finapi.override((request, path) =>
      request.method === 'GET' && path === `/api/webForms/${created.id}`
        ? finapiJson({ ...created, payload: { bankConnectionId: -3 } })
        : undefined,
    );
    const malformed = await errorOf(await browser.request('GET', `/api/webforms/${created.id}`));
    expect(malformed).toEqual({
      status: 502,
      body: {
        code: 'FINAPI_INVALID_RESPONSE',
        message: expect.stringContaining('payload.bankConnectionId'),
      },
    });
  });

  it('answers 502 FINAPI_INVALID_RESPONSE when finAPI answers with another id', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const browser = createBrowser(proxy);
    const created = (await (await create(browser)).json()) as WebForm;
    clock += 2000;
    finapi.override((request) =>
      request.method === 'GET'
        ? finapiJson({ ...created, id: '946db09e-5bfc-11eb-ae93-0242ac130002' })
        : undefined,
    );
    expect(
      await errorOf(await browser.request('GET', `/api/webforms/${created.id}`)),
    ).toMatchObject({
      status: 502,
      body: { code: 'FINAPI_INVALID_RESPONSE' },
    });
  });

  it('answers a failing getAccessToken with 502 FINAPI_UNAUTHORIZED and no detail', async () => {
    const { proxy, events } = createTestProxy({
      getAccessToken: async () => {
        throw new Error(`vault said no for ${FINAPI_TOKEN}`);
      },
    });
    expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
      status: 502,
      body: { code: 'FINAPI_UNAUTHORIZED', message: 'No finAPI access token could be obtained' },
    });
    expect(events.some((e) => e.type === 'error')).toBe(true);
  });

  it('lets getAccessToken refuse a request with its own WebFormProxyError', async () => {
    const { WebFormProxyError } = await import('../src/index.ts');
    const { proxy } = createTestProxy({
      getAccessToken: async () => {
        throw new WebFormProxyError(401, 'UNAUTHENTICATED', 'Please sign in');
      },
    });
    expect(await errorOf(await create(createBrowser(proxy)))).toEqual({
      status: 401,
      body: { code: 'UNAUTHENTICATED', message: 'Please sign in' },
    });
  });

  it('never lets the finAPI token reach a response body or header', async () => {
    const { proxy, finapi } = createTestProxy({ rateLimit: false });
    const browser = createBrowser(proxy);
    const responses: Response[] = [];
    const created = await create(browser);
    const webForm = (await created.clone().json()) as WebForm;
    responses.push(created);
    responses.push(await browser.request('GET', `/api/webforms/${webForm.id}`));
    // finAPI echoing the token back in every kind of error must not leak it either.
    for (const status of [400, 401, 403, 404, 422, 423, 500]) {
      finapi.override(() =>
        finapiJson(
          status === 400
            ? { errors: [{ field: 'token', message: `bad ${FINAPI_TOKEN}` }] }
            : { code: 'X', description: `Bearer ${FINAPI_TOKEN}` },
          status,
        ),
      );
      responses.push(await create(browser));
      responses.push(
        await browser.request('POST', '/api/tasks/background-update', {
          body: { bankConnectionId: 1 },
        }),
      );
    }
    for (const response of responses) {
      const text = await response.text();
      expect(text).not.toContain(FINAPI_TOKEN);
      for (const [, value] of response.headers) expect(value).not.toContain(FINAPI_TOKEN);
    }
    // The 400 field message is passed on, so that case must be checked as text, not by code.
    expect(
      finapi.requests.every((r) => r.headers.get('authorization') === `Bearer ${FINAPI_TOKEN}`),
    ).toBe(true);
  });
});
