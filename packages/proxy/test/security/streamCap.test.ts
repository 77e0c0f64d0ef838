import type { WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { createBrowser, createTestProxy, IMPORT_BODY, readSse } from '../helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';

/** A browser of its own (one session each) with a web form, ready to open its stream. */
async function viewer(proxy: (request: Request) => Promise<Response>) {
  const browser = createBrowser(proxy);
  const webForm = (await (
    await browser.request('POST', CREATE, { body: IMPORT_BODY })
  ).json()) as WebForm;
  return {
    webForm,
    open: () => browser.request('GET', `/api/webforms/${webForm.id}/events`),
    read: () => browser.request('GET', `/api/webforms/${webForm.id}`),
  };
}

describe('issue 13.8: a global cap on open event streams', () => {
  it('attack: streams past maxEventStreams, from any sessions, get 503 STREAM_LIMIT_REACHED with Retry-After', async () => {
    const { proxy } = createTestProxy({ maxEventStreams: 2 });
    const viewers = await Promise.all([viewer(proxy), viewer(proxy), viewer(proxy)]);
    const [a, b, c] = viewers;
    const first = await a?.open();
    const second = await b?.open();
    expect(first?.status).toBe(200);
    expect(second?.status).toBe(200);

    const refused = await c?.open();
    expect(refused?.status).toBe(503);
    expect(refused?.headers.get('retry-after')).toBe('10');
    expect(refused?.headers.get('content-type')).toContain('application/json');
    expect(await refused?.json()).toMatchObject({ code: 'STREAM_LIMIT_REACHED' });
    // Everything else is still served.
    expect((await c?.read())?.status).toBe(200);

    // A client leaving gives its slot back.
    await first?.body?.cancel();
    expect((await c?.open())?.status).toBe(200);
    await second?.body?.cancel();
  });

  it('a stream that ends at a final status gives its slot back', async () => {
    let clock = 1_000_000;
    const { proxy, finapi } = createTestProxy({ maxEventStreams: 1, now: () => clock });
    const a = await viewer(proxy);
    const b = await viewer(proxy);
    finapi.finishWebForm(a.webForm.id, 'COMPLETED');
    clock += 2000;
    const ended = await a.open();
    const sse = readSse(ended);
    expect(await sse.next()).toMatchObject({ data: { status: 'COMPLETED' } });
    expect(await sse.next()).toEqual({ end: true });

    const next = await b.open();
    expect(next.status).toBe(200);
    await next.body?.cancel();
  });

  it('a stream refused for another reason takes no slot', async () => {
    const { proxy } = createTestProxy({ maxEventStreams: 1 });
    const stranger = createBrowser(proxy);
    const owner = await viewer(proxy);
    for (let i = 0; i < 3; i++) {
      expect(
        (await stranger.request('GET', `/api/webforms/${owner.webForm.id}/events`)).status,
      ).toBe(404);
    }
    const open = await owner.open();
    expect(open.status).toBe(200);
    await open.body?.cancel();
  });

  it('refuses a maxEventStreams that is no count', () => {
    for (const maxEventStreams of [0, -1, 1.5, Number.NaN]) {
      expect(() => createTestProxy({ maxEventStreams }), String(maxEventStreams)).toThrow(
        /maxEventStreams/,
      );
    }
  });
});
