import { WEB_FORM_KINDS } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createTestProxy } from './helpers.ts';

const ID = '00000000-0000-4000-8000-000000000000';
const HANDLE = 'AAAAAAAAAAAAAAAAAAAAAA';
const SECRET = 'B'.repeat(43);
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** Every path the proxy serves, with the methods it serves there (HEAD where it reads like GET). */
const PATHS: { path: string; allow: string[]; head: boolean }[] = [
  ...WEB_FORM_KINDS.map((kind) => ({
    path: `/api/webforms/${kind}`,
    allow: ['POST'],
    head: false,
  })),
  { path: `/api/webforms/${ID}`, allow: ['GET', 'DELETE'], head: true },
  { path: `/api/webforms/${ID}/events`, allow: ['GET'], head: false },
  { path: '/api/tasks/background-update', allow: ['POST'], head: false },
  { path: `/api/tasks/${ID}`, allow: ['GET'], head: true },
  { path: `/api/tasks/${ID}/events`, allow: ['GET'], head: false },
  { path: `/api/callbacks/webforms/${HANDLE}/${SECRET}`, allow: ['POST'], head: false },
  { path: `/api/callbacks/tasks/${HANDLE}/${SECRET}/finalised`, allow: ['POST'], head: false },
  {
    path: `/api/callbacks/tasks/${HANDLE}/${SECRET}/web-form-required`,
    allow: ['POST'],
    head: false,
  },
];

describe('405 METHOD_NOT_ALLOWED', () => {
  it('answers every method a known path does not serve with 405 and Allow, calling nobody', async () => {
    const { proxy, finapi } = createTestProxy();
    let refused = 0;
    for (const { path, allow, head } of PATHS) {
      for (const method of METHODS) {
        if (allow.includes(method) || (head && method === 'HEAD')) continue;
        const response = await proxy(new Request(`http://proxy.test${path}`, { method }));
        const what = `${method} ${path}`;
        expect(response.status, what).toBe(405);
        expect(response.headers.get('allow'), what).toBe(allow.join(', '));
        if (method !== 'HEAD') {
          expect(await response.json(), what).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
        }
        refused++;
      }
    }
    expect(refused).toBe(81);
    expect(finapi.requests).toHaveLength(0);
  });

  it('never opens an event stream for HEAD, on web forms and tasks alike', async () => {
    const { proxy } = createTestProxy();
    for (const path of [`/api/webforms/${ID}/events`, `/api/tasks/${ID}/events`]) {
      const response = await proxy(new Request(`http://proxy.test${path}`, { method: 'HEAD' }));
      expect(response.status, path).toBe(405);
      expect(response.headers.get('content-type'), path).toContain('application/json');
    }
  });

  it('keeps the answers for unknown kinds, ids and paths', async () => {
    const { proxy, finapi } = createTestProxy();
    const cases: [string, string, number, string][] = [
      ['POST', '/api/webforms/bankConnectionImport', 404, 'UNKNOWN_KIND'],
      ['POST', `/api/webforms/${ID}`, 405, 'METHOD_NOT_ALLOWED'],
      ['GET', '/api/webforms/123', 400, 'INVALID_ID'],
      ['DELETE', '/api/webforms/123', 400, 'INVALID_ID'],
      ['GET', '/api/tasks/123', 400, 'INVALID_ID'],
      ['POST', '/api/tasks/standing-order', 405, 'METHOD_NOT_ALLOWED'],
      ['GET', '/api/webforms/123/events', 400, 'INVALID_ID'],
      ['POST', `/api/callbacks/tasks/${HANDLE}/${SECRET}/started`, 404, 'NOT_FOUND'],
      ['GET', `/api/webforms/${ID}/events/more`, 404, 'NOT_FOUND'],
      ['POST', '/api/webforms', 404, 'NOT_FOUND'],
    ];
    for (const [method, path, status, code] of cases) {
      const response = await proxy(new Request(`http://proxy.test${path}`, { method }));
      expect(response.status, `${method} ${path}`).toBe(status);
      expect(await response.json(), `${method} ${path}`).toMatchObject({ code });
    }
    expect(finapi.requests).toHaveLength(0);
  });
});
