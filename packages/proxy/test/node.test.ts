import { describe, expect, it } from 'vitest';
import { startProxyFromEnv, startProxyServer } from '../src/node.ts';
import { FINAPI_ENV, SESSION_SECRET } from './helpers.ts';

describe('startProxyServer', () => {
  it('listens on a free loopback port and uses its own URL as the public URL', async () => {
    const server = await startProxyServer({
      port: 0,
      getAccessToken: async () => 'token',
      sessionSecret: SESSION_SECRET,
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const response = await fetch(`${server.url}/api/nothing`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'No such route' });
    } finally {
      await server.close();
    }
  });

  it('refuses to start with a short session secret', async () => {
    await expect(
      startProxyServer({ port: 0, getAccessToken: async () => 'token', sessionSecret: 'short' }),
    ).rejects.toThrow(/sessionSecret/);
  });
});

describe('startProxyFromEnv from /node', () => {
  it('names the missing finAPI credentials when only some are set', async () => {
    await expect(
      startProxyFromEnv({ PORT: '0', FINAPI_CLIENT_ID: 'client', FINAPI_PASSWORD: 'pw' }),
    ).rejects.toThrow(/missing FINAPI_CLIENT_SECRET, FINAPI_USERNAME/);
  });

  it('refuses a port that is not a port', async () => {
    await expect(startProxyFromEnv({ PORT: 'eighty' })).rejects.toThrow(
      /PORT must be a port number/,
    );
  });

  it('runs against finAPI when all credentials are set, polling when PUBLIC_URL is not https', async () => {
    const running = await startProxyFromEnv({
      ...FINAPI_ENV,
      PORT: '0',
      SESSION_SECRET: SESSION_SECRET,
    });
    try {
      expect(running.mode).toBe('finapi');
      expect(running.simulatorUrl).toBeUndefined();
      expect(running.notes.join('\n')).toMatch(/callbacks are off/);
      expect(running.proxy.allowedOrigins).toEqual([
        'http://localhost:5173',
        'http://127.0.0.1:5173',
      ]);
    } finally {
      await running.close();
    }
  });

  it('serves finAPI only: without credentials it says to import it from @webform-kit/proxy/dev', async () => {
    await expect(startProxyFromEnv({ PORT: '0', SIMULATOR_PORT: '0' })).rejects.toThrow(
      /No FINAPI_\* credentials are set.*import startProxyFromEnv from @webform-kit\/proxy\/dev/,
    );
  });
});
