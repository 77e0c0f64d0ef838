import { act, fireEvent, render, screen } from '@testing-library/react';
import type { CreateWebFormBody } from '@webform-kit/core';
import type { ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WebFormFlow, WebFormReturn, type WebFormReturnProps } from '../../src/screens/index.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';
import type { WebFormReturnScreensModule } from '../../src/screens/loadWebFormReturnScreens.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';

// The chunk WebFormReturn requests at mount, held back until a test lets it arrive (or fail);
// `loaded` is what an earlier mount on the page would have left loaded.
const chunk = vi.hoisted(() => ({
  requests: [] as { resolve: () => Promise<void>; reject: () => void }[],
  loaded: undefined as unknown,
}));
vi.mock('../../src/screens/loadWebFormReturnScreens.ts', () => ({
  loadedWebFormReturnScreens: () => chunk.loaded,
  loadWebFormReturnScreens: () =>
    new Promise<WebFormReturnScreensModule>((resolve, reject) => {
      chunk.requests.push({
        resolve: async () => resolve(await import('../../src/screens/WebFormReturnScreens.tsx')),
        reject: () => reject(new TypeError('Failed to fetch dynamically imported module')),
      });
    }),
}));

const ORDER: CreateWebFormBody<'standing-order'> = {
  amount: { value: 25, currency: 'EUR' },
  recipient: { iban: 'DE89370400440532013000', name: 'Savings' },
  startDate: '2027-01-01',
  frequency: 'MONTHLY',
};

async function settle(ms = 0) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  for (let i = 0; i < 5; i += 1) await act(() => vi.advanceTimersByTimeAsync(20));
}

/** Lets the latest requested chunk arrive. */
async function arrive() {
  const request = chunk.requests.at(-1);
  if (request === undefined) throw new Error('WebFormReturn requested no chunk');
  await act(() => request.resolve());
  await settle();
}

const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');

let proxy: FakeProxy;
let opened: string[];
let start: string;

// The flow that sends the user away is WebFormFlow's, with its own chunk: loaded up front.
beforeAll(() => loadWebFormFlowScreens());

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  chunk.requests = [];
  chunk.loaded = undefined;
  start = window.location.href;
  proxy = createFakeProxy();
  opened = [];
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return {} as Window;
  });
});

afterEach(() => {
  window.history.replaceState(null, '', start);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Starts a flow in a new tab and lands on the URL finAPI's form sends the user back to. */
async function leaveAndComeBack() {
  const flow = render(
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow
        kind="standing-order"
        input={ORDER}
        openIn="new-tab"
        returnTo={`${window.location.origin}/return`}
      />
    </WebFormKitProvider>,
  );
  await settle();
  fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
  await settle();
  flow.unmount();
  const back = new URL(opened[0] ?? '').searchParams.get('redirectUrl');
  if (back === null) throw new Error('the web form URL carries no redirectUrl');
  window.history.replaceState(null, '', back);
}

function Return(props: WebFormReturnProps) {
  return (
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormReturn {...props} />
    </WebFormKitProvider>
  );
}

describe('WebFormReturn loads its engine and outcome screens at mount', () => {
  it('shows the checking screen before the chunk arrives, and the proxy’s outcome after', async () => {
    await leaveAndComeBack();
    proxy.finish('COMPLETED');
    const asked = proxy.requests.length;
    render(<Return />);
    await settle();
    expect(chunk.requests).toHaveLength(1);
    expect(dataScreen()).toBe('checking');
    expect(screen.getByRole('heading', { name: 'Checking the result' })).toBeVisible();
    // The return URL is read with the engine, which comes with the chunk.
    expect(window.location.search).not.toBe('');
    expect(proxy.requests).toHaveLength(asked);

    await arrive();
    expect(window.location.search).toBe('');
    expect(dataScreen()).toBe('completed');
    expect(screen.getByRole('heading', { name: 'Standing order set up' })).toHaveFocus();
  });

  it('shows the connection-error screen when the chunk fails to load, and Try again loads it', async () => {
    await leaveAndComeBack();
    proxy.finish('COMPLETED');
    render(<Return />);
    await settle();
    await act(async () => chunk.requests[0]?.reject());
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(screen.getByRole('heading', { name: 'Connection problem' })).toHaveFocus();
    expect(window.location.search).not.toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(chunk.requests).toHaveLength(2);
    expect(dataScreen()).toBe('checking');
    await arrive();
    expect(dataScreen()).toBe('completed');
  });

  it('shows the fallback for a refused return URL once the chunk has read it', async () => {
    window.history.replaceState(
      null,
      '',
      '/return?webFormId=00000000-0000-4000-8000-000000000001&state=forged-state-value-000000&via=success',
    );
    render(<Return fallback={(error) => <p>Refused: {error.reason}</p>} />);
    await settle();
    expect(dataScreen()).toBe('checking');
    expect(screen.queryByText(/Refused/)).toBeNull();

    await arrive();
    expect(document.querySelector('[data-screen]')).toBeNull();
    expect(screen.getByText(/Refused/)).toBeInTheDocument();
  });

  it('shows the outcome at once when an earlier mount loaded the chunk', async () => {
    chunk.loaded = await import('../../src/screens/WebFormReturnScreens.tsx');
    await leaveAndComeBack();
    proxy.finish('COMPLETED');
    render(<Return />);
    await settle();
    expect(chunk.requests).toHaveLength(0);
    expect(dataScreen()).toBe('completed');
  });
});

describe('WebFormReturn on the server and at hydration', () => {
  /**
   * Renders on the server, then hydrates that markup (after `meanwhile`, what the page did in
   * between); returns the server's markup and React's complaints about the hydration.
   */
  async function serverThenHydrate(element: ReactNode, meanwhile?: () => Promise<void>) {
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    const serverMarkup = container.innerHTML;
    await meanwhile?.();
    document.body.append(container);
    const errors: unknown[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args) => errors.push(args));
    const root = hydrateRoot(container, element, {
      onRecoverableError: (error) => errors.push(error),
    });
    await settle();
    spy.mockRestore();
    return { serverMarkup, errors, unmount: () => act(() => root.unmount()) };
  }

  it('renders the checking screen on the server and hydrates it before the chunk arrives', async () => {
    await leaveAndComeBack();
    proxy.finish('COMPLETED');
    const { serverMarkup, errors, unmount } = await serverThenHydrate(<Return />);
    expect(serverMarkup).toContain('data-screen="checking"');
    expect(serverMarkup).toContain('Checking the result');
    expect(errors).toEqual([]);
    expect(dataScreen()).toBe('checking');

    await arrive();
    expect(dataScreen()).toBe('completed');
    unmount();
  });

  it('hydrates the server’s checking screen without a mismatch when the chunk is already loaded', async () => {
    await leaveAndComeBack();
    proxy.finish('COMPLETED');
    // The chunk's own first screen is the checking screen too, with the same markup.
    const { serverMarkup, errors, unmount } = await serverThenHydrate(<Return />, async () => {
      chunk.loaded = await import('../../src/screens/WebFormReturnScreens.tsx');
    });
    expect(serverMarkup).toContain('data-screen="checking"');
    expect(errors).toEqual([]);
    expect(chunk.requests).toHaveLength(0);
    expect(dataScreen()).toBe('completed');
    unmount();
  });
});
