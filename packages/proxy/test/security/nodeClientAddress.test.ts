import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startProxyServer, type ProxyServer } from '../../src/node.ts';
import { createFakeFinapi } from '../fakeFinapi.ts';
import { SESSION_SECRET } from '../helpers.ts';

let server: ProxyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A raw HTTP GET with the headers given (a browser's and a forger's alike), on its own socket. */
function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const request = http.get(url, { headers, agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      });
      request.on('error', reject);
    },
  );
}

const UNKNOWN = '/api/webforms/00000000-0000-4000-8000-000000000000';

describe('issue 13.1: the Node entry keys clients by their socket address', () => {
  it('attack: cookie-less requests from one address share one bucket, whatever X-Forwarded-For they forge', async () => {
    server = await startProxyServer({
      port: 0,
      getAccessToken: async () => 'token',
      sessionSecret: SESSION_SECRET,
      fetch: createFakeFinapi().fetch,
      anonymousRateLimit: { burst: 3, perSecond: 0.01 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const forged = { 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `198.51.100.${i}` };
      statuses.push((await get(`${server.url}${UNKNOWN}`, forged)).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
  });

  it("attack: passes the socket's address to clientKey, so the app can key by it or by its own user", async () => {
    const seen: (string | undefined)[] = [];
    server = await startProxyServer({
      port: 0,
      getAccessToken: async () => 'token',
      sessionSecret: SESSION_SECRET,
      fetch: createFakeFinapi().fetch,
      anonymousRateLimit: { burst: 1, perSecond: 0.01 },
      clientKey: (request, remoteAddress) => {
        seen.push(remoteAddress);
        return request.headers.get('x-user') ?? remoteAddress;
      },
    });
    expect((await get(`${server.url}${UNKNOWN}`, { 'x-user': 'alice' })).status).toBe(404);
    expect((await get(`${server.url}${UNKNOWN}`, { 'x-user': 'alice' })).status).toBe(429);
    expect((await get(`${server.url}${UNKNOWN}`, { 'x-user': 'bob' })).status).toBe(404);
    expect((await get(`${server.url}${UNKNOWN}`)).status).toBe(404);
    expect((await get(`${server.url}${UNKNOWN}`)).status).toBe(429);
    expect(seen).toHaveLength(5);
    expect(seen.every((address) => address === '127.0.0.1' || address === '::ffff:127.0.0.1')).toBe(
      true,
    );
  });
});

describe('issue 13.3: the Node entry refuses a rebound Host', () => {
  it('attack: Host rebind.evil.example over real HTTP is answered 421 HOST_NOT_ALLOWED; its own address is served', async () => {
    server = await startProxyServer({
      port: 0,
      getAccessToken: async () => 'token',
      sessionSecret: SESSION_SECRET,
      fetch: createFakeFinapi().fetch,
      publicUrl: 'https://shop.example.com',
    });
    const rebound = await get(`${server.url}${UNKNOWN}`, {
      host: 'rebind.evil.example',
      origin: 'http://rebind.evil.example',
    });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body)).toEqual({
      code: 'HOST_NOT_ALLOWED',
      message: 'This host is not served here',
    });
    expect(rebound.headers['set-cookie']).toBeUndefined();

    // Its own address (health checks, a reverse proxy passing it on) and the public host pass.
    expect((await get(`${server.url}${UNKNOWN}`)).status).toBe(404);
    expect((await get(`${server.url}${UNKNOWN}`, { host: 'shop.example.com' })).status).toBe(404);
  });
});
