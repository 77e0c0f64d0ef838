import type { Task, WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createWebFormProxy, type WebFormProxyOptions } from '../../src/index.ts';
import { finapiJson } from '../fakeFinapi.ts';
import { createBrowser, createTestProxy, IMPORT_BODY, SESSION_SECRET } from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';
const ID = '946db09e-5bfc-11eb-ae93-0242ac130002';

function webFormAt(url: string): WebForm {
  return {
    id: ID,
    url,
    createdAt: '2026-01-01T00:00:00.000+0000',
    expiresAt: '2026-01-01T00:20:00.000+0000',
    type: 'BANK_CONNECTION_IMPORT',
    status: 'NOT_YET_OPENED',
    payload: {},
  };
}

/** A proxy whose finAPI creates a web form at `url`, and what a browser gets for it. */
async function createAt(url: string, options: Partial<WebFormProxyOptions> = {}) {
  const t = createTestProxy({ allowedWebFormHosts: [], ...options });
  t.finapi.override((request) =>
    request.method === 'POST' ? finapiJson(webFormAt(url), 201) : undefined,
  );
  const response = await createBrowser(t.proxy).request('POST', CREATE, { body: IMPORT_BODY });
  const text = await response.text();
  return { ...t, response, text };
}

describe('issue 13.2: the web form URL finAPI answers is pinned', () => {
  it('attack: a web form URL on a look-alike host is refused with 502 FINAPI_INVALID_RESPONSE, never passed on', async () => {
    const evil = `https://finapi-login.evil.example/wf/${ID}`;
    const { response, text, events } = await createAt(evil, {
      finapiUrl: 'https://webform-sandbox.finapi.io',
    });
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'FINAPI_INVALID_RESPONSE' });
    expect(text).not.toContain('evil');
    const refusal = events.find((event) => event.type === 'finapi-invalid-response');
    expect(refusal).toMatchObject({ method: 'POST', path: '/api/webForms/bankConnectionImport' });
    expect(refusal?.type === 'finapi-invalid-response' && refusal.detail).toContain(
      'finapi-login.evil.example',
    );
  });

  it('attack: hosts that only look like finapi.io are refused', async () => {
    for (const host of ['finapi.io.evil.example', 'evilfinapi.io', 'webform.finapi.io.evil']) {
      const { response } = await createAt(`https://${host}/wf/${ID}`, {
        finapiUrl: 'https://webform-sandbox.finapi.io',
      });
      expect(response.status, host).toBe(502);
    }
  });

  it('attack: a plain http:// web form URL is refused while finapiUrl is https', async () => {
    const { response, text } = await createAt(`http://webform.finapi.io/wf/${ID}`, {
      finapiUrl: 'https://webform-sandbox.finapi.io',
    });
    expect(response.status).toBe(502);
    expect(JSON.parse(text)).toMatchObject({ code: 'FINAPI_INVALID_RESPONSE' });
  });

  it("refuses a web form URL carrying user:password@ (core's schema did already)", async () => {
    const { response } = await createAt(`https://webform.finapi.io@evil.example/wf/${ID}`, {
      finapiUrl: 'https://webform-sandbox.finapi.io',
      allowedWebFormHosts: ['evil.example'],
    });
    expect(response.status).toBe(502);
  });

  it('attack: a read that moves the URL to another host is refused too', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const browser = createBrowser(proxy);
    const created = (await (
      await browser.request('POST', CREATE, { body: IMPORT_BODY })
    ).json()) as WebForm;
    const known = finapi.webForms.get(created.id) as WebForm;
    finapi.webForms.set(created.id, { ...known, url: `https://evil.example/wf/${created.id}` });
    clock += 2000;

    const read = await browser.request('GET', `/api/webforms/${created.id}`);
    expect(read.status).toBe(502);
    expect(await read.text()).not.toContain('evil');
  });

  it("attack: a task's payload.webForm.url on another host is refused", async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ now: () => clock });
    const owner = createBrowser(proxy);
    const task = (await (
      await owner.request('POST', '/api/tasks/background-update', { body: { bankConnectionId: 1 } })
    ).json()) as Task;
    finapi.setTask(task.id, {
      status: 'WEB_FORM_REQUIRED',
      payload: {
        bankConnectionId: 1,
        webForm: { id: ID, url: `https://evil.example/wf/${ID}`, status: 'NOT_YET_OPENED' },
      },
    });
    clock += 2000;

    const read = await owner.request('GET', `/api/tasks/${task.id}`);
    expect(read.status).toBe(502);
    expect(await read.text()).not.toContain('evil');
    // Nor was the web form it names granted to the session.
    expect((await owner.request('GET', `/api/webforms/${ID}`)).status).toBe(404);
  });

  it("passes URLs on finapiUrl's host (any port), under finapi.io, and on allowedWebFormHosts", async () => {
    const passing: [string, Partial<WebFormProxyOptions>][] = [
      [`https://webform.finapi.io/wf/${ID}`, { finapiUrl: 'https://webform-sandbox.finapi.io' }],
      [`https://finapi.io/wf/${ID}`, { finapiUrl: 'https://webform-sandbox.finapi.io' }],
      [`https://finapi.test:8443/wf/${ID}`, { finapiUrl: 'https://finapi.test' }],
      [`http://127.0.0.1:9999/wf/${ID}`, { finapiUrl: 'http://127.0.0.1:8788' }],
      [`https://127.0.0.1:9999/wf/${ID}`, { finapiUrl: 'http://127.0.0.1:8788' }],
      [
        `https://forms.bank.example/wf/${ID}`,
        { finapiUrl: 'https://finapi.test', allowedWebFormHosts: ['Forms.Bank.Example'] },
      ],
    ];
    for (const [url, options] of passing) {
      const { response, text } = await createAt(url, options);
      expect(response.status, url).toBe(201);
      expect((JSON.parse(text) as WebForm).url, url).toBe(url);
    }
  });

  it('refuses web form URLs on finapi.io when finapiUrl is not on finapi.io', async () => {
    const { response } = await createAt(`https://webform.finapi.io/wf/${ID}`, {
      finapiUrl: 'https://finapi.test',
    });
    expect(response.status).toBe(502);
  });

  it('takes host names in allowedWebFormHosts, and refuses anything else', () => {
    const base = {
      getAccessToken: async () => 'token',
      publicUrl: 'https://shop.example.com',
      sessionSecret: SESSION_SECRET,
    };
    for (const host of ['https://forms.bank.example', 'forms.bank.example:443', 'a/b', '']) {
      expect(() => createWebFormProxy({ ...base, allowedWebFormHosts: [host] }), host).toThrow(
        /allowedWebFormHosts/,
      );
    }
  });
});
