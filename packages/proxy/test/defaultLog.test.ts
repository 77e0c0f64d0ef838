import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeProxyProblem, startProxyServer } from '../src/node.ts';
import type { ProxyEvent } from '../src/index.ts';
import type { ProxyServerOptions } from '../src/node.ts';
import { SESSION_SECRET } from './helpers.ts';

const FOREIGN = 'https://other-app.example';

let consoleError: ReturnType<typeof vi.spyOn>;
const logged = () => consoleError.mock.calls.map((args: unknown[]) => args.join(' '));

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => consoleError.mockRestore());

/** A server on a free port, asked once to create a web form from a page on another origin. */
async function refusedOnce(options: Partial<ProxyServerOptions> = {}): Promise<number> {
  const server = await startProxyServer({
    port: 0,
    getAccessToken: async () => 'token',
    sessionSecret: SESSION_SECRET,
    allowedOrigins: ['https://shop.example'],
    ...options,
  });
  try {
    const response = await fetch(`${server.url}/api/webforms/bank-connection-import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: FOREIGN },
      body: '{}',
    });
    await response.text();
    return response.status;
  } finally {
    await server.close();
  }
}

describe('startProxyServer logs what it refuses', () => {
  it('prints a refused Origin to console.error in one line, with the fix', async () => {
    expect(await refusedOnce()).toBe(403);
    expect(logged()).toEqual([
      `webform-kit proxy: refused ORIGIN_NOT_ALLOWED (Origin ${FOREIGN}): if that is your app, add it to allowedOrigins`,
    ]);
  });

  it('prints nothing with log: false', async () => {
    expect(await refusedOnce({ log: false })).toBe(403);
    expect(logged()).toEqual([]);
  });

  it("leaves the events to an app's own onEvent", async () => {
    const events: ProxyEvent[] = [];
    expect(await refusedOnce({ onEvent: (event) => events.push(event) })).toBe(403);
    expect(logged()).toEqual([]);
    expect(events).toContainEqual({
      type: 'refused',
      code: 'ORIGIN_NOT_ALLOWED',
      detail: `Origin ${FOREIGN}`,
    });
  });
});

describe('describeProxyProblem', () => {
  it('words a foreign Host with allowedHosts', () => {
    expect(
      describeProxyProblem({
        type: 'refused',
        code: 'HOST_NOT_ALLOWED',
        detail: 'Host evil.example',
      }),
    ).toBe(
      'webform-kit proxy: refused HOST_NOT_ALLOWED (Host evil.example): if that is your app, add it to allowedHosts',
    );
  });

  it('puts an error with a multi-line message on one line', () => {
    const line = describeProxyProblem({ type: 'error', error: new TypeError('bad\n  thing') });
    expect(line).toBe('webform-kit proxy: error TypeError: bad thing');
  });

  it('says nothing of ordinary events', () => {
    expect(
      describeProxyProblem({ type: 'poll-error', resource: 'web-form', id: 'x', code: 'y' }),
    ).toBeNull();
  });
});
