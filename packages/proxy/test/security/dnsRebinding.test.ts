import type { WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createWebFormProxy } from '../../src/index.ts';
import {
  APP_ORIGIN,
  createBrowser,
  createTestProxy,
  IMPORT_BODY,
  SESSION_SECRET,
} from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';
const REBOUND = 'http://rebind.evil.example';

describe('issue 13.3: DNS rebinding', () => {
  it('attack: Host rebind.evil.example with the matching Origin creates nothing (421 HOST_NOT_ALLOWED, no cookie, no finAPI call)', async () => {
    const { proxy, finapi, events } = createTestProxy();
    const create = new Request(`${REBOUND}${CREATE}`, {
      method: 'POST',
      headers: { origin: REBOUND, 'content-type': 'application/json' },
      body: JSON.stringify(IMPORT_BODY),
    });

    const response = await proxy(create);

    expect(response.status).toBe(421);
    expect(await response.json()).toEqual({
      code: 'HOST_NOT_ALLOWED',
      message: 'This host is not served here',
    });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(create.bodyUsed).toBe(false);
    expect(finapi.requests).toHaveLength(0);
    expect(events).toContainEqual({
      type: 'refused',
      code: 'HOST_NOT_ALLOWED',
      detail: 'Host rebind.evil.example',
    });
  });

  it('attack: a rebound page cannot read, stream or delete with a real session cookie, nor post callbacks', async () => {
    const { proxy, finapi } = createTestProxy();
    const browser = createBrowser(proxy);
    const webForm = (await (
      await browser.request('POST', CREATE, { body: IMPORT_BODY })
    ).json()) as WebForm;
    const callbackUrl = (finapi.requests[0]?.body as { callbacks: { finalised: string } }).callbacks
      .finalised;
    const calls = finapi.requests.length;

    const rebound = (method: string, path: string, body?: string) =>
      proxy(
        new Request(`${REBOUND}${path}`, {
          method,
          headers: { cookie: browser.cookie ?? '', 'content-type': 'application/json' },
          body: body ?? null,
        }),
      );
    const callbackPath = new URL(callbackUrl).pathname;
    for (const [method, path, body] of [
      ['GET', `/api/webforms/${webForm.id}`],
      ['GET', `/api/webforms/${webForm.id}/events`],
      ['DELETE', `/api/webforms/${webForm.id}`],
      ['POST', callbackPath, JSON.stringify({ webFormId: webForm.id, status: 'COMPLETED' })],
      ['GET', '/elsewhere'],
    ] as const) {
      expect((await rebound(method, path, body)).status, `${method} ${path}`).toBe(421);
    }
    expect(finapi.requests).toHaveLength(calls);
  });

  it('attack: the Host header is what counts, not the URL a framework built', async () => {
    const { proxy } = createTestProxy({ publicUrl: 'https://shop.example.com' });
    const response = await proxy(
      new Request(`https://shop.example.com${CREATE}`, {
        method: 'POST',
        headers: { host: 'rebind.evil.example', 'content-type': 'application/json' },
        body: JSON.stringify(IMPORT_BODY),
      }),
    );
    expect(response.status).toBe(421);
  });

  it('attack: a Host that is no host name at all is refused', async () => {
    const { proxy } = createTestProxy({ publicUrl: 'https://shop.example.com' });
    for (const host of ['shop.example.com@evil.example', 'shop.example.com/x', '', 'a b']) {
      const response = await proxy(
        new Request('https://shop.example.com/api/nothing', { headers: { host } }),
      );
      expect(response.status, JSON.stringify(host)).toBe(421);
    }
  });

  it("serves publicUrl's host, the allowed origins' hosts and allowedHosts, in any case, with or without the default port", async () => {
    const proxy = createWebFormProxy({
      getAccessToken: async () => 'token',
      publicUrl: 'https://shop.example.com/prefix',
      allowedOrigins: [APP_ORIGIN],
      allowedHosts: ['proxy.internal:8787'],
      sessionSecret: SESSION_SECRET,
    });
    for (const host of [
      'shop.example.com',
      'SHOP.example.com',
      'shop.example.com:443',
      new URL(APP_ORIGIN).host,
      'proxy.internal:8787',
    ]) {
      const response = await proxy(
        new Request('https://shop.example.com/api/nothing', { headers: { host } }),
      );
      expect(response.status, host).toBe(404);
    }
    for (const host of ['shop.example.com:8443', 'proxy.internal', 'localhost:5174']) {
      const response = await proxy(
        new Request('https://shop.example.com/api/nothing', { headers: { host } }),
      );
      expect(response.status, host).toBe(421);
    }
  });

  it('takes host names with an optional port in allowedHosts, and refuses anything else', () => {
    const base = {
      getAccessToken: async () => 'token',
      publicUrl: 'https://shop.example.com',
      sessionSecret: SESSION_SECRET,
    };
    for (const host of [
      'https://shop.example.com',
      'shop.example.com/api',
      'user@shop.example.com',
    ]) {
      expect(() => createWebFormProxy({ ...base, allowedHosts: [host] }), host).toThrow(
        /allowedHosts/,
      );
    }
  });
});
