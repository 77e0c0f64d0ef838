import { WebFormCallbackSchema, WebFormSchema, appendReturnParams } from '@webform-kit/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulatorServer, type SimulatorServer } from '../src/node.ts';

let server: SimulatorServer | undefined;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A loopback receiver for callbacks, as a proxy would run one. */
async function callbackReceiver() {
  const received: unknown[] = [];
  let notify = () => {};
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ contentType: request.headers['content-type'], body: JSON.parse(body) });
      response.writeHead(200).end();
      notify();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => receiver.close(() => resolve())));
  const { port } = receiver.address() as AddressInfo;
  const next = () => new Promise<void>((resolve) => (notify = resolve));
  return { url: `http://127.0.0.1:${port}/api/callbacks/web-form`, received, next };
}

describe('startSimulatorServer', () => {
  it('serves the whole round trip over real loopback HTTP', async () => {
    server = await startSimulatorServer({ port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const receiver = await callbackReceiver();

    const tokenResponse = await fetch(`${server.url}/api/v2/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&client_id=webform-kit-demo&client_secret=demo-secret&username=demo&password=demo',
    });
    const { access_token } = (await tokenResponse.json()) as { access_token: string };

    const created = await fetch(`${server.url}/api/webForms/bankConnectionImport`, {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callbacks: { finalised: receiver.url } }),
    });
    expect(created.status).toBe(201);
    const webForm = WebFormSchema.parse(await created.json());
    expect(webForm.url).toBe(`${server.url}/wf/${webForm.id}`);

    const redirectUrl = 'https://shop.example/return?order=7&via=success';
    const page = await fetch(appendReturnParams(webForm.url, { redirectUrl }));
    expect(page.status).toBe(200);
    const html = await page.text();
    const pageToken = /name="pageToken" value="([0-9a-f]+)"/.exec(html)?.[1] ?? '';

    const delivered = receiver.next();
    const done = await fetch(`${webForm.url}/complete`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ pageToken }),
      redirect: 'manual',
    });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(redirectUrl);

    await delivered;
    expect(receiver.received).toEqual([
      { contentType: 'application/json', body: { webFormId: webForm.id, status: 'COMPLETED' } },
    ]);
    expect(
      WebFormCallbackSchema.parse((receiver.received[0] as { body: unknown }).body),
    ).toBeTruthy();

    const read = await fetch(`${server.url}/api/webForms/${webForm.id}`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(await read.json()).toMatchObject({
      status: 'COMPLETED',
      payload: { bankConnectionId: 1001 },
    });
  });

  it('aborts a hanging request when the client disconnects', async () => {
    server = await startSimulatorServer({ port: 0, scenario: { hangNext: 1 } });
    const controller = new AbortController();
    const pending = fetch(`${server.url}/api/webForms/any`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow();
    // The simulator is still answering.
    const scenario = await fetch(`${server.url}/__simulator/scenario`);
    expect(await scenario.json()).toMatchObject({ hangNext: 0 });
  });
});
