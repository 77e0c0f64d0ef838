import type { Task, WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import type { AccessTokenContext } from '../src/index.ts';
import { FINAPI_TOKEN } from './fakeFinapi.ts';
import { createBrowser, createTestProxy, IMPORT_BODY, PROXY_ORIGIN } from './helpers.ts';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const EVIL_ORIGIN = 'https://evil.example.com';

describe('the browser routes guard in order: session, Origin, rate limit, then the route', () => {
  it('refuses a foreign Origin before a rate token is taken or the body is read', async () => {
    const { proxy, finapi } = createTestProxy({ rateLimit: { burst: 2, perSecond: 0.001 } });
    const browser = createBrowser(proxy);
    // The session's first request starts it (a token of the client's bucket, not the session's).
    expect((await browser.request('GET', `/api/webforms/${UNKNOWN_ID}`)).status).toBe(404);

    const foreign = (method: string, path: string, body?: string) =>
      new Request(`${PROXY_ORIGIN}${path}`, {
        method,
        headers: {
          cookie: browser.cookie ?? '',
          origin: EVIL_ORIGIN,
          'content-type': 'application/json',
        },
        body: body ?? null,
      });
    for (let i = 0; i < 3; i++) {
      const create = foreign('POST', '/api/webforms/bank-connection-import', '{"bank":{}}');
      const refused = await proxy(create);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ code: 'ORIGIN_NOT_ALLOWED' });
      expect(create.bodyUsed).toBe(false);
      const task = foreign('POST', '/api/tasks/background-update', '{"bankConnectionId":1}');
      expect((await proxy(task)).status).toBe(403);
      expect(task.bodyUsed).toBe(false);
      expect((await proxy(foreign('DELETE', `/api/webforms/${UNKNOWN_ID}`))).status).toBe(403);
    }

    // Nine refusals later both of the session's tokens are still there.
    const created = await browser.request('POST', '/api/webforms/bank-connection-import', {
      body: IMPORT_BODY,
    });
    expect(created.status).toBe(201);
    expect((await browser.request('GET', `/api/webforms/${UNKNOWN_ID}`)).status).toBe(404);
    expect((await browser.request('GET', `/api/webforms/${UNKNOWN_ID}`)).status).toBe(429);
    expect(finapi.requests.map((r) => r.method)).toEqual(['POST']);
  });

  it('sets a new session cookie on a refusal too', async () => {
    const { proxy } = createTestProxy();
    const response = await proxy(
      new Request(`${PROXY_ORIGIN}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { origin: EVIL_ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify(IMPORT_BODY),
      }),
    );
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toMatch(/^__Host-webform_kit_session=/);
  });

  it("answers another session's ids with 404 before any finAPI call or token", async () => {
    const tokens: AccessTokenContext[] = [];
    const { proxy, finapi } = createTestProxy({
      getAccessToken: async (_request, context) => {
        tokens.push(context);
        return FINAPI_TOKEN;
      },
    });
    const owner = createBrowser(proxy);
    const webForm = (await (
      await owner.request('POST', '/api/webforms/bank-connection-import', { body: IMPORT_BODY })
    ).json()) as WebForm;
    const task = (await (
      await owner.request('POST', '/api/tasks/background-update', { body: { bankConnectionId: 1 } })
    ).json()) as Task;
    const finapiCalls = finapi.requests.length;
    const tokenCalls = tokens.length;

    const stranger = createBrowser(proxy);
    const attempts: [string, string][] = [
      ['GET', `/api/webforms/${webForm.id}`],
      ['HEAD', `/api/webforms/${webForm.id}`],
      ['DELETE', `/api/webforms/${webForm.id}`],
      ['GET', `/api/webforms/${webForm.id}/events`],
      ['GET', `/api/tasks/${task.id}`],
      ['GET', `/api/tasks/${task.id}/events`],
    ];
    for (const [method, path] of attempts) {
      const response = await stranger.request(method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      if (method !== 'HEAD') {
        expect(await response.json(), `${method} ${path}`).toMatchObject({ code: 'NOT_FOUND' });
      }
    }

    expect(finapi.requests).toHaveLength(finapiCalls);
    expect(tokens).toHaveLength(tokenCalls);
    expect(finapi.webForms.has(webForm.id)).toBe(true);
  });
});
