import { describe, expect, it, vi } from 'vitest';
import { createSimulatedProxy, startProxyFromEnv } from '../src/dev.ts';
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

describe('createSimulatedProxy from /dev', () => {
  it('serves the proxy in front of its own simulator, and logs a refused Origin by default', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const origin = 'http://127.0.0.1:3000';
    const simulated = await createSimulatedProxy({ publicUrl: origin, allowedOrigins: [origin] });
    try {
      const created = await simulated.fetch(
        new Request(`${origin}/api/webforms/bank-connection-import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ bank: { search: 'DEMO' } }),
        }),
      );
      expect(created.status).toBe(201);
      const { url } = (await created.json()) as { url: string };
      expect(url.startsWith(`${simulated.simulatorUrl}/wf/`)).toBe(true);

      const foreign = await simulated.fetch(
        new Request(`${origin}/api/webforms/bank-connection-import`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://other.example' },
          body: '{}',
        }),
      );
      expect(foreign.status).toBe(403);
      expect(errors.mock.calls.flat().join('\n')).toMatch(/ORIGIN_NOT_ALLOWED.*other\.example/);
    } finally {
      errors.mockRestore();
      await simulated.close();
    }
    // Closed means closed: the simulator no longer answers.
    await expect(fetch(`${simulated.simulatorUrl}/api/webForms`)).rejects.toThrow();
  });

  it('refuses a weak session secret as createWebFormProxy does', async () => {
    await expect(
      createSimulatedProxy({ publicUrl: 'http://127.0.0.1:3000', sessionSecret: 'short' }),
    ).rejects.toThrow(/sessionSecret/);
  });
});
