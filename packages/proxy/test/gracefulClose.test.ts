import type { WebForm } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { startProxyServer } from '../src/node.ts';
import { createFakeFinapi, FINAPI_TOKEN } from './fakeFinapi.ts';
import { IMPORT_BODY, SESSION_SECRET, WEB_FORM_HOST } from './helpers.ts';

const CREATE = '/api/webforms/bank-connection-import';

/**
 * The proxy's Node server in front of a fake finAPI; while `hold` is on, its creations wait for
 * `release`.
 */
async function serverWithSlowCreations(closeGraceMs?: number) {
  const finapi = createFakeFinapi();
  const control = { hold: false, release: () => {} };
  const released = new Promise<void>((resolve) => (control.release = resolve));
  finapi.override(async (request, path) => {
    if (control.hold && request.method === 'POST' && path.startsWith('/api/webForms/')) {
      await released;
    }
    return undefined;
  });
  const server = await startProxyServer({
    port: 0,
    finapiUrl: 'https://finapi.test',
    getAccessToken: async () => FINAPI_TOKEN,
    allowedWebFormHosts: [WEB_FORM_HOST],
    sessionSecret: SESSION_SECRET,
    fetch: finapi.fetch,
    ...(closeGraceMs === undefined ? {} : { closeGraceMs }),
  });
  const creationsAsked = () => finapi.requests.filter((r) => r.method === 'POST').length;
  return { server, control, creationsAsked };
}

const create = (url: string, cookie?: string) =>
  fetch(`${url}${CREATE}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(IMPORT_BODY),
  });

async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Everything the stream sends until its end, or the error that cut it. */
async function readToEnd(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, cut: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, cut: true };
  }
}

describe('startProxyServer close (SIGTERM)', () => {
  it('answers the request under way, ends each stream with a retry hint, and accepts nothing new', async () => {
    const { server, control, creationsAsked } = await serverWithSlowCreations();
    // A web form with an open stream.
    const first = await create(server.url);
    expect(first.status).toBe(201);
    const cookie = first.headers.get('set-cookie')?.split(';')[0] ?? '';
    const { id } = (await first.json()) as WebForm;
    const stream = await fetch(`${server.url}/api/webforms/${id}/events`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const reading = readToEnd(stream.body as ReadableStream<Uint8Array>);

    // A second creation, under way at finAPI when the shutdown begins.
    control.hold = true;
    const underWay = create(server.url);
    await until(() => creationsAsked() === 2);
    const closing = server.close();
    control.release();

    expect((await underWay).status).toBe(201);
    const ended = await reading;
    // The stream ended with its chunked terminator, not a reset, after telling when to retry.
    expect(ended.cut).toBe(false);
    expect(ended.text).toContain(`data: {"id":"${id}"`);
    expect(ended.text.endsWith('retry: 1000\n\n')).toBe(true);
    await closing;
    await expect(create(server.url)).rejects.toThrow();
    expect(creationsAsked()).toBe(2);
  }, 20_000);

  it('cuts what is still under way after closeGraceMs, rather than wait for ever', async () => {
    const { server, control, creationsAsked } = await serverWithSlowCreations(100);
    control.hold = true;
    const hanging = create(server.url).then(
      (response) => response.status,
      () => 'cut',
    );
    await until(() => creationsAsked() === 1);
    await server.close();
    expect(await hanging).toBe('cut');
  }, 20_000);
});
