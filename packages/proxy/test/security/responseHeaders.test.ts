import type { WebForm } from '@webform-kit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finapiJson } from '../fakeFinapi.ts';
import { createBrowser, createTestProxy, IMPORT_BODY, PROXY_ORIGIN } from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';
const CSP = "default-src 'none'; frame-ancestors 'none'";

afterEach(() => {
  vi.useRealTimers();
});

describe('issue 13.5: response headers', () => {
  it('attack: no answer can be sniffed into HTML or script: nosniff on every answer, and a CSP that loads and frames nothing', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    const created = await browser.request('POST', CREATE, { body: IMPORT_BODY });
    const webForm = (await created.clone().json()) as WebForm;
    const callbackUrl = (finapi.requests[0]?.body as { callbacks: { finalised: string } }).callbacks
      .finalised;
    const stream = await browser.request('GET', `/api/webforms/${webForm.id}/events`);
    await stream.body?.cancel();

    const answers: [string, Response][] = [
      ['201 create', created],
      ['200 read', await browser.request('GET', `/api/webforms/${webForm.id}`)],
      ['200 stream', stream],
      [
        '204 callback',
        await proxy(
          new Request(callbackUrl, {
            method: 'POST',
            body: JSON.stringify({ webFormId: webForm.id, status: 'NOT_YET_OPENED' }),
          }),
        ),
      ],
      ['400 invalid id', await browser.request('GET', '/api/webforms/42')],
      ['404 no route', await browser.request('GET', '/api/nothing')],
      ['404 off the base path', await browser.request('GET', '/index.html')],
      ['405', await browser.request('PUT', `/api/webforms/${webForm.id}`)],
      [
        '403 foreign origin',
        await browser.request('POST', CREATE, {
          body: IMPORT_BODY,
          headers: { origin: 'https://evil.example.com' },
        }),
      ],
      ['421 foreign host', await proxy(new Request('http://rebind.evil.example/api/nothing'))],
      ['204 delete', await browser.request('DELETE', `/api/webforms/${webForm.id}`)],
    ];
    for (const [what, response] of answers) {
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), what).toBe(CSP);
    }
  });
});

describe('issue 13.5: error messages repeat no input and reveal no internals', () => {
  it('attack: UNKNOWN_KIND does not quote the path', async () => {
    const { proxy } = createTestProxy();
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      { body: IMPORT_BODY },
    );
    expect(response.status).toBe(404);
    const body = (await response.json()) as { code: string; message: string };
    expect(body.code).toBe('UNKNOWN_KIND');
    expect(body.message).not.toMatch(/script|alert|%3C/i);
    expect(body.message).toContain('bank-connection-import');
  });

  it('attack: ORIGIN_NOT_ALLOWED does not quote the Origin; onEvent hears it', async () => {
    const { proxy, events } = createTestProxy();
    const origin = 'https://evil.example.com';
    const response = await createBrowser(proxy).request('POST', CREATE, {
      body: IMPORT_BODY,
      headers: { origin },
    });
    expect(response.status).toBe(403);
    const text = await response.text();
    expect(text).toContain('ORIGIN_NOT_ALLOWED');
    expect(text).not.toContain('evil');
    expect(events).toContainEqual({
      type: 'refused',
      code: 'ORIGIN_NOT_ALLOWED',
      detail: `Origin ${origin}`,
    });
  });

  it('attack: REDIRECT_URL_NOT_ALLOWED does not quote the redirect URL', async () => {
    const { proxy } = createTestProxy({ allowedOrigins: ['https://shop.example.com'] });
    for (const redirectUrl of [
      'https://shop.example.com.evil.test/return',
      'https://evil:secret@shop.example.com/return',
    ]) {
      const response = await createBrowser(proxy).request('POST', CREATE, {
        body: { ...IMPORT_BODY, redirectUrl },
      });
      const text = await response.text();
      expect(text, redirectUrl).toContain('REDIRECT_URL_NOT_ALLOWED');
      expect(text, redirectUrl).not.toMatch(/evil|secret/);
    }
  });

  it("attack: a finAPI timeout's answer names no timeout; onEvent has the duration", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { proxy, finapi, events } = createTestProxy({ finapiTimeoutMs: 3000 });
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    finapi.override(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
          arrived();
        }),
    );
    const pending = createBrowser(proxy).request('POST', CREATE, { body: IMPORT_BODY });
    await arrival;
    await vi.advanceTimersByTimeAsync(3000);
    const response = await pending;
    expect(response.status).toBe(504);
    const text = await response.text();
    expect(text).not.toMatch(/3000|\bms\b|\/api\/webForms/);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'finapi-request', status: 'timeout', durationMs: 3000 }),
    );
  });

  it("attack: finAPI's broken answers are reported without finAPI's path or status; onEvent has them", async () => {
    const { proxy, finapi, events } = createTestProxy();
    let answer = (): Response => new Response('<html>gateway</html>', { status: 201 });
    finapi.override(() => answer());
    const notJson = await createBrowser(proxy).request('POST', CREATE, { body: IMPORT_BODY });
    expect(notJson.status).toBe(502);
    expect(await notJson.text()).not.toMatch(/\/api\/|bankConnectionImport|POST/);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'finapi-invalid-response',
        method: 'POST',
        path: '/api/webForms/bankConnectionImport',
        detail: 'not JSON',
      }),
    );

    answer = () => finapiJson({ code: 'INTERNAL_SERVER_ERROR', description: 'db down' }, 503);
    const failed = await createBrowser(proxy).request('POST', CREATE, { body: IMPORT_BODY });
    expect(failed.status).toBe(502);
    expect(await failed.text()).not.toMatch(/503|db down/);
    expect(events).toContainEqual(expect.objectContaining({ type: 'finapi-request', status: 503 }));
  });

  it('keeps the proxy origin of the tests out of every message', async () => {
    const { proxy } = createTestProxy();
    const response = await createBrowser(proxy).request('POST', '/api/webforms/nope', {
      body: IMPORT_BODY,
    });
    expect(await response.text()).not.toContain(new URL(PROXY_ORIGIN).host);
  });
});
