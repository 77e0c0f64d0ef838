import type { WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createSigner } from '../../src/createSigner.ts';
import { createMemoryStore, createWebFormProxy } from '../../src/index.ts';
import { createFakeFinapi, FINAPI_TOKEN } from '../fakeFinapi.ts';
import {
  APP_ORIGIN,
  createBrowser,
  createTestProxy,
  IMPORT_BODY,
  PROXY_ORIGIN,
  SESSION_SECRET,
  WEB_FORM_HOST,
} from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';
const HOUR = 60 * 60 * 1000;
const OLD_SECRET = 'old-secret-0123456789-ABCDEFGHIJ-klmnop';
const NEW_SECRET = 'new-secret-9876543210-QRSTUVWXYZ-abcdef';

async function createWebForm(browser: ReturnType<typeof createBrowser>) {
  return (await (await browser.request('POST', CREATE, { body: IMPORT_BODY })).json()) as WebForm;
}

describe('issue 13.4: sessions expire on the server', () => {
  it('attack: a copied cookie stops working sessionMaxAgeMs after it was issued, whatever the browser keeps', async () => {
    let clock = 1_000_000_000_000;
    const { proxy } = createTestProxy({ now: () => clock, sessionMaxAgeMs: HOUR });
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);
    const copied = owner.cookie;

    clock += HOUR - 1000;
    expect((await owner.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(200);
    expect(owner.cookie).toBe(copied);

    clock += 1000;
    const thief = createBrowser(proxy);
    thief.cookie = copied;
    const response = await thief.request('GET', `/api/webforms/${webForm.id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).not.toBeNull();
    expect(thief.cookie).not.toBe(copied);
  });

  it('attack: a 30-day-old cookie is refused by default (24 hours), even by a store that keeps records forever', async () => {
    let clock = 1_000_000_000_000;
    const forever = createMemoryStore(() => 0);
    const { proxy } = createTestProxy({ now: () => clock, store: forever });
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);

    clock += 24 * HOUR - 1000;
    expect((await owner.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(200);
    clock += 30 * 24 * HOUR;
    const response = await owner.request('GET', `/api/webforms/${webForm.id}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=86400/);
  });

  it('attack: a cookie of the earlier format (<id>.<HMAC of "session:<id>">, no issue time) is refused', async () => {
    const { proxy } = createTestProxy();
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);
    const [name = '', value = ''] = (owner.cookie ?? '').split('=');
    const id = value.split('.')[0] ?? '';
    const oldFormat = `${name}=${id}.${await createSigner(SESSION_SECRET).sign(`session:${id}`)}`;

    const holder = createBrowser(proxy);
    holder.cookie = oldFormat;
    expect((await holder.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(404);
    expect(holder.cookie).not.toBe(oldFormat);
  });

  it('refuses a signed issue time far in the future (a clock gone wrong), so no session outlives its age', async () => {
    const clock = 1_000_000_000_000;
    const { proxy } = createTestProxy({ now: () => clock });
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);
    const [name = '', value = ''] = (owner.cookie ?? '').split('=');
    const id = value.split('.')[0] ?? '';
    const future = Math.floor((clock + 10 * 60_000) / 1000).toString(36);
    const signature = await createSigner(SESSION_SECRET).sign(`session:${id}.${future}`);

    const holder = createBrowser(proxy);
    holder.cookie = `${name}=${id}.${future}.${signature}`;
    expect((await holder.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(404);
  });

  it('refuses a sessionMaxAgeMs under a minute', () => {
    expect(() => createTestProxy({ sessionMaxAgeMs: 1000 })).toThrow(/sessionMaxAgeMs/);
  });
});

describe('issue 13.4: rotating sessionSecret', () => {
  /** Two instances sharing a store and finAPI, as before and after the rollover. */
  function rollover() {
    const finapi = createFakeFinapi();
    const store = createMemoryStore();
    const options = {
      finapiUrl: 'https://finapi.test',
      getAccessToken: async () => FINAPI_TOKEN,
      publicUrl: 'https://proxy.example.com',
      allowedOrigins: [APP_ORIGIN],
      allowedHosts: [new URL(PROXY_ORIGIN).host],
      allowedWebFormHosts: [WEB_FORM_HOST],
      fetch: finapi.fetch,
      store,
    };
    const before = createWebFormProxy({ ...options, sessionSecret: OLD_SECRET });
    const after = createWebFormProxy({
      ...options,
      sessionSecret: NEW_SECRET,
      previousSessionSecrets: [OLD_SECRET],
    });
    const newOnly = createWebFormProxy({ ...options, sessionSecret: NEW_SECRET });
    return { finapi, before, after, newOnly };
  }

  it('rollover: cookies signed with the previous secret keep their session; only the new secret signs', async () => {
    const { before, after, newOnly } = rollover();
    const browser = createBrowser(before);
    const webForm = await createWebForm(browser);
    const oldCookie = browser.cookie;

    const continued = createBrowser(after);
    continued.cookie = oldCookie;
    const read = await continued.request('GET', `/api/webforms/${webForm.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('set-cookie')).toBeNull();

    // A session started after the rollover is signed with the new secret alone.
    const fresh = createBrowser(after);
    await createWebForm(fresh);
    const stale = createBrowser(before);
    stale.cookie = fresh.cookie;
    await stale.request('GET', `/api/webforms/${webForm.id}`);
    expect(stale.cookie).not.toBe(fresh.cookie);

    // Once the previous secret is dropped, its cookies are refused.
    const dropped = createBrowser(newOnly);
    dropped.cookie = oldCookie;
    expect((await dropped.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(404);
  });

  it('callback URLs signed with the previous secret keep working during the rollover', async () => {
    const { finapi, before, after, newOnly } = rollover();
    const browser = createBrowser(before);
    const webForm = await createWebForm(browser);
    const callbackUrl = (finapi.requests[0]?.body as { callbacks: { finalised: string } }).callbacks
      .finalised;
    finapi.finishWebForm(webForm.id, 'COMPLETED');
    const post = (proxy: typeof after) =>
      proxy(
        new Request(callbackUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ webFormId: webForm.id, status: 'COMPLETED' }),
        }),
      );
    expect((await post(after)).status).toBe(204);
    expect((await post(newOnly)).status).toBe(404);
  });

  it('holds previous secrets to the same strength as the current one', () => {
    expect(() => createTestProxy({ previousSessionSecrets: ['x'.repeat(40)] })).toThrow(
      /previousSessionSecrets\[0\] must have at least 16 distinct characters/,
    );
    expect(() => createTestProxy({ previousSessionSecrets: ['short'] })).toThrow(
      /previousSessionSecrets\[0\] must be a string of at least 32 characters/,
    );
  });
});
