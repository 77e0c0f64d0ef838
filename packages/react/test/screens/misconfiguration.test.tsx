import { act, render } from '@testing-library/react';
import { createProxyClient } from '@webform-kit/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
// The module the kit's engine reports through (one page, one record of what was said).
import { resetMisconfigurationReports } from '../../../core/src/flow/reportMisconfiguration.ts';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WebFormFlow } from '../../src/screens/index.ts';
import { createFakeProxy } from './fakeProxy.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';

const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');
const RETURN_TO = `${location.origin}/return`;

async function settle() {
  for (let i = 0; i < 10; i += 1) await act(() => vi.advanceTimersByTimeAsync(10_000));
}

/** A checkout whose proxy answers every request with `answer`. */
function renderCheckout(answer: () => Response) {
  const client = createProxyClient({ baseUrl: '/api', fetch: async () => answer() });
  return render(
    <WebFormKitProvider client={client} push={false}>
      <WebFormFlow kind="bank-connection-import" request={{}} returnTo={RETURN_TO} />
    </WebFormKitProvider>,
  );
}

const originRefused = () =>
  new Response(JSON.stringify({ code: 'ORIGIN_NOT_ALLOWED', message: 'origin refused' }), {
    status: 403,
    headers: { 'content-type': 'application/json' },
  });

let consoleError: ReturnType<typeof vi.spyOn>;
const logged = () => consoleError.mock.calls.map((args: unknown[]) => args.join(' '));

// WebFormFlow requests its engine and later screens at mount. Loaded up front here, so these tests
// time the flow, not the module loader; lazyChunk.test.tsx covers the loading itself.
beforeAll(() => loadWebFormFlowScreens());

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  resetMisconfigurationReports();
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('a misconfigured checkout in development', () => {
  it('shows the error screen and logs the cause and the fix once', async () => {
    const first = renderCheckout(originRefused);
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(logged()).toHaveLength(1);
    expect(logged()[0]).toContain('403 ORIGIN_NOT_ALLOWED');
    expect(logged()[0]).toContain(`list ${location.origin} in the proxy's allowedOrigins`);

    first.unmount();
    sessionStorage.clear();
    renderCheckout(originRefused);
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(logged()).toHaveLength(1);
  });

  it('a returnTo on another origin logs the allowedOrigins to pass', async () => {
    const proxy = createFakeProxy();
    render(
      <WebFormKitProvider client={proxy.client} push={false}>
        <WebFormFlow
          kind="bank-connection-import"
          request={{}}
          returnTo="https://bank.example/return"
        />
      </WebFormKitProvider>,
    );
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(logged()).toEqual([
      expect.stringContaining("pass allowedOrigins={['https://bank.example']}"),
    ]);
  });

  it('logs nothing in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    renderCheckout(originRefused);
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(logged()).toEqual([]);
  });
});
