import { describe, expect, it } from 'vitest';
import { startProxyFromEnv } from '../src/dev.ts';
import { FINAPI_ENV, SESSION_SECRET } from './helpers.ts';

describe('startProxyFromEnv from /dev', () => {
  it('refuses a simulator port that is not a port', async () => {
    await expect(startProxyFromEnv({ PORT: '0', SIMULATOR_PORT: '-1' })).rejects.toThrow(
      /SIMULATOR_PORT must be a port number/,
    );
  });

  it('runs against finAPI, not the simulator, when all credentials are set', async () => {
    const running = await startProxyFromEnv({ ...FINAPI_ENV, PORT: '0', SESSION_SECRET });
    await running.close();
    expect([running.mode, running.simulatorUrl]).toEqual(['finapi', undefined]);
  });

  it('runs the simulator in process without credentials, with a note for the random secret', async () => {
    const running = await startProxyFromEnv({
      PORT: '0',
      SIMULATOR_PORT: '0',
      ALLOWED_ORIGINS: 'https://shop.example.com, https://admin.example.com',
    });
    try {
      expect(running.mode).toBe('simulator');
      expect(running.simulatorUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running.notes.join('\n')).toMatch(/SESSION_SECRET is not set/);
      expect(running.proxy.allowedOrigins).toEqual([
        'https://shop.example.com',
        'https://admin.example.com',
      ]);
      const response = await fetch(`${running.url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ bank: { search: 'DEMO' } }),
      });
      expect(response.status).toBe(201);
      const { url } = (await response.json()) as { url: string };
      expect(url.startsWith(`${running.simulatorUrl}/wf/`)).toBe(true);
    } finally {
      await running.close();
    }
  });
});
