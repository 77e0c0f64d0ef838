import type { WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createBrowser, createTestProxy, IMPORT_BODY, SESSION_SECRET } from './helpers.ts';

async function createWebForm(browser: ReturnType<typeof createBrowser>) {
  const response = await browser.request('POST', '/api/webforms/bank-connection-import', {
    body: IMPORT_BODY,
  });
  return (await response.json()) as WebForm;
}

describe('sessions', () => {
  it('starts a session on first use with an HttpOnly, SameSite=Lax cookie on Path=/', async () => {
    const { proxy } = createTestProxy({ publicUrl: 'http://127.0.0.1:8787' });
    const response = await proxy(
      new Request('http://127.0.0.1:8787/api/webforms/00000000-0000-4000-8000-000000000000'),
    );
    const cookie = response.headers.get('set-cookie') ?? '';
    // <id>.<issued at, seconds in base 36>.<signature>
    expect(cookie).toMatch(
      /^webform_kit_session=[A-Za-z0-9_-]{22}\.[0-9a-z]+\.[A-Za-z0-9_-]{43}; /,
    );
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
  });

  it('marks the cookie Secure (and __Host-) when the public URL is https', async () => {
    const { proxy } = createTestProxy({ publicUrl: 'https://shop.example.com' });
    const response = await proxy(new Request('https://shop.example.com/api/nothing-but-a-session'));
    expect(response.headers.get('set-cookie')).toBeNull();
    const withSession = await proxy(
      new Request('https://shop.example.com/api/webforms/00000000-0000-4000-8000-000000000000'),
    );
    const cookie = withSession.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-webform_kit_session=/);
    expect(cookie).toContain('; Secure');
  });

  it('keeps a session: a returning browser gets no new cookie and reads its own web form', async () => {
    const { proxy } = createTestProxy();
    const browser = createBrowser(proxy);
    const webForm = await createWebForm(browser);

    const response = await browser.request('GET', `/api/webforms/${webForm.id}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers 404, not 403, to another session asking for a web form it did not create', async () => {
    const { proxy, finapi } = createTestProxy();
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);
    const requestsBefore = finapi.requests.length;

    const stranger = createBrowser(proxy);
    const read = await stranger.request('GET', `/api/webforms/${webForm.id}`);
    const stream = await stranger.request('GET', `/api/webforms/${webForm.id}/events`);

    expect(read.status).toBe(404);
    expect(await read.json()).toEqual({ code: 'NOT_FOUND', message: 'No such web form' });
    expect(stream.status).toBe(404);
    expect(stream.headers.get('content-type')).toContain('application/json');
    expect(finapi.requests.length).toBe(requestsBefore);
  });

  it('treats a tampered cookie as no cookie: a new session that owns nothing', async () => {
    const { proxy } = createTestProxy();
    const owner = createBrowser(proxy);
    const webForm = await createWebForm(owner);
    const [name, value = ''] = (owner.cookie ?? '').split('=');
    const [id = '', issued = '', signature = ''] = value.split('.');
    const later = (parseInt(issued, 36) + 3600).toString(36);

    const forgedCookies = [
      `${name}=${id}.${issued}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `${name}=${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}.${issued}.${signature}`,
      `${name}=${id}.${later}.${signature}`,
      `${name}=${id}.${issued}`,
      `${name}=${id}.${issued}.`,
      `${name}=${id}`,
    ];
    for (const forged of forgedCookies) {
      const attacker = createBrowser(proxy);
      attacker.cookie = forged;
      const response = await attacker.request('GET', `/api/webforms/${webForm.id}`);
      expect(response.status, forged).toBe(404);
      expect(attacker.cookie, forged).not.toBe(forged);
    }
    expect((await owner.request('GET', `/api/webforms/${webForm.id}`)).status).toBe(200);
  });

  it('does not accept a cookie signed with another secret', async () => {
    const a = createTestProxy({ sessionSecret: `a-${SESSION_SECRET}` });
    const b = createTestProxy({ sessionSecret: `b-${SESSION_SECRET}` });
    const browser = createBrowser(a.proxy);
    await createWebForm(browser);
    const elsewhere = createBrowser(b.proxy);
    elsewhere.cookie = browser.cookie;
    await elsewhere.request('GET', '/api/webforms/00000000-0000-4000-8000-000000000000');
    expect(elsewhere.cookie).not.toBe(browser.cookie);
  });
});

describe('signatures', () => {
  it('accept exactly one spelling: the unused bits of the last character must be zero', async () => {
    const { createSigner } = await import('../src/createSigner.ts');
    const signer = createSigner(SESSION_SECRET);
    const signature = await signer.sign('session:abc');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(signature.at(-1) ?? '');
    // The same top four bits with other low bits decode to the same bytes.
    const twins = [1, 2, 3].map((low) => `${signature.slice(0, -1)}${alphabet[(last & ~3) | low]}`);

    expect(await signer.verify('session:abc', signature)).toBe(true);
    for (const twin of twins) expect(await signer.verify('session:abc', twin)).toBe(false);
  });
});
