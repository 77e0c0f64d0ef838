import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPasswordGrantTokenProvider, createWebFormProxy } from '../src/index.ts';
import {
  createBrowser,
  IMPORT_BODY,
  PROXY_ORIGIN,
  SESSION_SECRET,
  WEB_FORM_HOST,
} from './helpers.ts';
import { createFakeFinapi, FINAPI_TOKEN } from './fakeFinapi.ts';

const credentials = {
  clientId: 'client',
  clientSecret: 'client-secret',
  username: 'demo',
  password: 'pw',
};
const request = new Request('http://proxy.test/');
const context = { sessionId: 's', via: 'browser' as const };

/** finAPI Access's token endpoint, handing out numbered tokens. */
function fakeAccess(expiresIn = 3600) {
  const grants: URLSearchParams[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    expect(String(url)).toBe('https://access.test/api/v2/oauth/token');
    expect(new Headers(init?.headers).get('content-type')).toBe(
      'application/x-www-form-urlencoded',
    );
    const form = new URLSearchParams(String(init?.body));
    grants.push(form);
    if (form.get('client_secret') !== 'client-secret') return new Response('{}', { status: 401 });
    if (form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'revoked') {
      return new Response('{}', { status: 400 });
    }
    return Response.json({
      access_token: `token-${grants.length}`,
      token_type: 'bearer',
      expires_in: expiresIn,
      refresh_token: grants.length === 1 ? 'refresh-1' : 'revoked',
      scope: 'all',
    });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, grants };
}

describe('createPasswordGrantTokenProvider', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs in with the password grant once and reuses the token', async () => {
    const access = fakeAccess();
    const getToken = createPasswordGrantTokenProvider({
      ...credentials,
      accessUrl: 'https://access.test',
      fetch: access.fetch,
    });

    const tokens = await Promise.all([getToken(request, context), getToken(request, context)]);
    expect(tokens).toEqual(['token-1', 'token-1']);
    expect(await getToken(request, context)).toBe('token-1');
    expect(access.grants).toHaveLength(1);
    expect(Object.fromEntries(access.grants[0] ?? [])).toEqual({
      grant_type: 'password',
      username: 'demo',
      password: 'pw',
      client_id: 'client',
      client_secret: 'client-secret',
    });
  });

  it('renews a minute before expiry, with the refresh token, else by logging in again', async () => {
    let clock = 0;
    const access = fakeAccess(3600);
    const getToken = createPasswordGrantTokenProvider({
      ...credentials,
      accessUrl: 'https://access.test',
      fetch: access.fetch,
      now: () => clock,
    });
    expect(await getToken(request, context)).toBe('token-1');
    clock = 3600_000 - 60_001;
    expect(await getToken(request, context)).toBe('token-1');
    clock += 1;
    expect(await getToken(request, context)).toBe('token-2');
    expect(access.grants[1]?.get('grant_type')).toBe('refresh_token');
    expect(access.grants[1]?.get('refresh_token')).toBe('refresh-1');

    clock += 3600_000;
    // The second refresh token is refused: a fresh login follows.
    expect(await getToken(request, context)).toBe('token-4');
    expect(access.grants.map((g) => g.get('grant_type'))).toEqual([
      'password',
      'refresh_token',
      'refresh_token',
      'password',
    ]);
  });

  it('reports refused credentials as FINAPI_UNAUTHORIZED and never echoes them', async () => {
    const access = fakeAccess();
    const getToken = createPasswordGrantTokenProvider({
      ...credentials,
      clientSecret: 'wrong',
      accessUrl: 'https://access.test',
      fetch: access.fetch,
    });
    const error = await getToken(request, context).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'FINAPI_UNAUTHORIZED' });
    expect(String((error as Error).message)).not.toContain('wrong');
  });

  it('reports an unreadable token answer as FINAPI_INVALID_RESPONSE', async () => {
    const getToken = createPasswordGrantTokenProvider({
      ...credentials,
      fetch: (async () => new Response('{"token":"x"}')) as typeof fetch,
    });
    await expect(getToken(request, context)).rejects.toMatchObject({
      code: 'FINAPI_INVALID_RESPONSE',
    });
  });

  it("serves as the proxy's passwordGrant option against accessUrl", async () => {
    const finapi = createFakeFinapi();
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).startsWith('https://access.test/')) {
        return Response.json({ access_token: FINAPI_TOKEN, token_type: 'bearer', expires_in: 600 });
      }
      return finapi.fetch(input, init);
    }) as typeof globalThis.fetch;
    const proxy = createWebFormProxy({
      finapiUrl: 'https://finapi.test',
      accessUrl: 'https://access.test',
      passwordGrant: credentials,
      publicUrl: 'https://proxy.example.com',
      allowedHosts: [new URL(PROXY_ORIGIN).host],
      allowedWebFormHosts: [WEB_FORM_HOST],
      sessionSecret: SESSION_SECRET,
      fetch,
    });
    const response = await createBrowser(proxy).request(
      'POST',
      '/api/webforms/bank-connection-import',
      {
        body: IMPORT_BODY,
      },
    );
    expect(response.status).toBe(201);
  });

  it('drops a token finAPI refused, and the next request gets a fresh one', async () => {
    const finapi = createFakeFinapi();
    // finAPI Access first hands out a token finAPI refuses (revoked meanwhile), then a good one.
    const grants: string[] = [];
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).startsWith('https://access.test/')) {
        grants.push(new URLSearchParams(String(init?.body)).get('grant_type') ?? '');
        const token = grants.length === 1 ? 'revoked-token' : FINAPI_TOKEN;
        return Response.json({ access_token: token, token_type: 'bearer', expires_in: 3600 });
      }
      return finapi.fetch(input, init);
    }) as typeof globalThis.fetch;
    const proxy = createWebFormProxy({
      finapiUrl: 'https://finapi.test',
      accessUrl: 'https://access.test',
      passwordGrant: credentials,
      publicUrl: 'https://proxy.example.com',
      allowedHosts: [new URL(PROXY_ORIGIN).host],
      allowedWebFormHosts: [WEB_FORM_HOST],
      sessionSecret: SESSION_SECRET,
      fetch,
    });
    const browser = createBrowser(proxy);
    const create = () =>
      browser.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY });

    const refused = await create();
    expect(refused.status).toBe(502);
    expect(await refused.json()).toMatchObject({ code: 'FINAPI_UNAUTHORIZED' });
    // Not an hour of refusals: the next request logs in again and goes through.
    expect((await create()).status).toBe(201);
    expect(grants).toEqual(['password', 'password']);
    expect((await create()).status).toBe(201);
    expect(grants).toHaveLength(2);
  });

  it('forgets only the token it is told of, renewing with the refresh token first', async () => {
    const access = fakeAccess();
    const provider = createPasswordGrantTokenProvider({
      ...credentials,
      accessUrl: 'https://access.test',
      fetch: access.fetch,
    });
    expect(await provider(request, context)).toBe('token-1');
    provider.forget('some-older-token');
    expect(await provider(request, context)).toBe('token-1');
    provider.forget('token-1');
    expect(await provider(request, context)).toBe('token-2');
    expect(access.grants.map((g) => g.get('grant_type'))).toEqual(['password', 'refresh_token']);
  });
});
