import { describe, expect, it } from 'vitest';
import { createTestProxy } from '../helpers.ts';

const UNKNOWN = '/api/webforms/00000000-0000-4000-8000-000000000000';

describe('issue 13.7: the Secure cookie behind a TLS terminator', () => {
  it('attack: TLS ended in front of an http publicUrl no longer means a cookie sent in the clear: secureCookies: true', async () => {
    const { proxy } = createTestProxy({ publicUrl: 'http://10.0.0.5:8787', secureCookies: true });
    const response = await proxy(new Request(`http://10.0.0.5:8787${UNKNOWN}`));
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-webform_kit_session=/);
    expect(cookie).toContain('; Secure');
    expect(cookie).toContain('Path=/');
  });

  it('attack: X-Forwarded-Proto: https without Secure cookies is reported once through onEvent', async () => {
    const { proxy, events } = createTestProxy({ publicUrl: 'http://10.0.0.5:8787' });
    for (let i = 0; i < 3; i++) {
      await proxy(
        new Request(`http://10.0.0.5:8787${UNKNOWN}`, {
          headers: { 'x-forwarded-proto': 'https' },
        }),
      );
    }
    const warnings = events.filter((event) => event.type === 'warning');
    expect(warnings).toEqual([
      {
        type: 'warning',
        code: 'INSECURE_COOKIE_BEHIND_TLS',
        message: expect.stringContaining('secureCookies: true'),
      },
    ]);
  });

  it('says nothing when the cookie is Secure, or when no TLS is in front', async () => {
    const secure = createTestProxy({ publicUrl: 'http://10.0.0.5:8787', secureCookies: true });
    await secure.proxy(
      new Request(`http://10.0.0.5:8787${UNKNOWN}`, { headers: { 'x-forwarded-proto': 'https' } }),
    );
    const plain = createTestProxy({ publicUrl: 'http://10.0.0.5:8787' });
    await plain.proxy(
      new Request(`http://10.0.0.5:8787${UNKNOWN}`, { headers: { 'x-forwarded-proto': 'http' } }),
    );
    expect([...secure.events, ...plain.events].filter((e) => e.type === 'warning')).toEqual([]);
  });

  it('defaults from publicUrl, and an explicit false wins over an https publicUrl', async () => {
    const https = createTestProxy({ publicUrl: 'https://shop.example.com' });
    const secureCookie = (
      await https.proxy(new Request(`https://shop.example.com${UNKNOWN}`))
    ).headers.get('set-cookie');
    expect(secureCookie).toContain('; Secure');

    const off = createTestProxy({ publicUrl: 'https://shop.example.com', secureCookies: false });
    const plainCookie = (
      await off.proxy(new Request(`https://shop.example.com${UNKNOWN}`))
    ).headers.get('set-cookie');
    expect(plainCookie).toMatch(/^webform_kit_session=/);
    expect(plainCookie).not.toContain('Secure');
  });
});
