import { createProxyClient } from '@webform-kit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, renderHook, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider, statusQueryKey, useWebFormStatus } from '../../src/hooks/index.ts';
import { FakeProxy } from './support/fakeProxy.ts';
import { WEB_FORM_ID, webForm } from './support/fixtures.ts';
import { advance, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => useFakeClock());
afterEach(() => {
  cleanup();
  proxy.reset();
  vi.useRealTimers();
});

function Status() {
  const { status } = useWebFormStatus(WEB_FORM_ID);
  return <p>status: {status ?? 'unknown'}</p>;
}

describe('WebFormKitProvider', () => {
  it("joins the app's own QueryClient, so the kit's queries share its cache", async () => {
    proxy.answer(`GET /api/webforms/${WEB_FORM_ID}`, webForm({ status: 'IN_PROGRESS' }));
    const appClient = new QueryClient();
    render(
      <QueryClientProvider client={appClient}>
        <WebFormKitProvider>
          <Status />
        </WebFormKitProvider>
      </QueryClientProvider>,
    );
    await flush();
    expect(screen.getByText('status: IN_PROGRESS')).toBeInTheDocument();
    expect(appClient.getQueryData(statusQueryKey('web-form', WEB_FORM_ID))).toMatchObject({
      status: 'IN_PROGRESS',
    });
  });

  it('creates a QueryClient of its own when the app has none, kept across renders', async () => {
    proxy.answer(`GET /api/webforms/${WEB_FORM_ID}`, webForm({ status: 'IN_PROGRESS' }));
    const view = render(
      <WebFormKitProvider onEvent={() => {}}>
        <Status />
      </WebFormKitProvider>,
    );
    await flush();
    expect(screen.getByText('status: IN_PROGRESS')).toBeInTheDocument();

    // A new onEvent every render must not replace the cache (nor refetch).
    view.rerender(
      <WebFormKitProvider onEvent={() => {}}>
        <Status />
      </WebFormKitProvider>,
    );
    await advance(500);
    expect(screen.getByText('status: IN_PROGRESS')).toBeInTheDocument();
    expect(proxy.count(`GET /api/webforms/${WEB_FORM_ID}`)).toBe(1);
  });

  it('talks to the proxy through the client it is given', async () => {
    proxy.answer(`GET /payments/api/webforms/${WEB_FORM_ID}`, webForm({ status: 'ABORTED' }));
    const client = createProxyClient({ baseUrl: '/payments/api' });
    render(
      <WebFormKitProvider client={client}>
        <Status />
      </WebFormKitProvider>,
    );
    await flush();
    expect(screen.getByText('status: ABORTED')).toBeInTheDocument();
  });

  it('says clearly when a hook is used outside it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useWebFormStatus(WEB_FORM_ID))).toThrow(
      'useWebFormStatus must be used inside <WebFormKitProvider>',
    );
    vi.mocked(console.error).mockRestore();
  });
});
