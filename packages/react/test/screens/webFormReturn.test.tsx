import type { CreateWebFormBody } from '@webform-kit/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WebFormFlow, WebFormReturn } from '../../src/screens/index.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';
import { loadWebFormReturnScreens } from '../../src/screens/loadWebFormReturnScreens.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';

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

const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');

let proxy: FakeProxy;
let opened: string[];
let start: string;

// WebFormFlow and WebFormReturn request their engine and later screens at mount. Loaded up front
// here, so these tests time the proxy's answers, not the module loader; lazyChunk.test.tsx and
// returnLazyChunk.test.tsx cover the loading itself.
beforeAll(() => Promise.all([loadWebFormFlowScreens(), loadWebFormReturnScreens()]));

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
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

/** Starts a flow in a new tab and returns the URL finAPI's form would send the user back to. */
async function startFlowAndLeave(via: 'redirectUrl' | 'abortRedirectUrl') {
  const flow = render(
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow
        kind="standing-order"
        request={ORDER}
        openIn="new-tab"
        returnTo={`${window.location.origin}/return`}
      />
    </WebFormKitProvider>,
  );
  await settle();
  fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
  await settle();
  flow.unmount();
  const back = new URL(opened[0] ?? '').searchParams.get(via);
  if (back === null) throw new Error(`the web form URL carries no ${via}`);
  return back;
}

describe('WebFormReturn', () => {
  it('checks with the proxy, then shows its outcome, not the URL’s hint', async () => {
    const back = await startFlowAndLeave('redirectUrl');
    window.history.replaceState(null, '', back);
    proxy.openForm();
    const onContinue = vi.fn();
    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormReturn onContinue={onContinue} />
      </WebFormKitProvider>,
    );
    await settle();
    // The form says success, but the proxy still reports IN_PROGRESS: keep checking.
    expect(dataScreen()).toBe('checking');
    expect(window.location.search).toBe('');

    proxy.finish('COMPLETED');
    await settle(1000);
    expect(dataScreen()).toBe('completed');
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Standing order set up');
    expect(heading).toHaveFocus();
    // The form's tab was opened by the flow, and the first tab shows the outcome too: closing this
    // one is the main action; Continue (a second copy of the app) is the alternative.
    expect(screen.getByRole('button', { name: 'Close this tab' })).toHaveAttribute(
      'data-variant',
      'primary',
    );
    expect(screen.getByRole('button', { name: 'Continue' })).toHaveAttribute(
      'data-variant',
      'secondary',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('shows an abort with the support link', async () => {
    const back = await startFlowAndLeave('abortRedirectUrl');
    window.history.replaceState(null, '', back);
    proxy.finish('ABORTED');
    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormReturn supportUrl="https://bank.example/support" onRestart={() => {}} />
      </WebFormKitProvider>,
    );
    await settle();
    expect(dataScreen()).toBe('aborted');
    expect(screen.getByRole('link', { name: /Contact customer support/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
  });

  it('after Start again, the flow begins anew instead of showing the old outcome', async () => {
    const back = await startFlowAndLeave('abortRedirectUrl');
    const firstId = proxy.current()?.id;
    window.history.replaceState(null, '', back);
    proxy.finish('ABORTED');
    const landing = render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormReturn onRestart={() => {}} />
      </WebFormKitProvider>,
    );
    await settle();
    expect(dataScreen()).toBe('aborted');
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    landing.unmount();

    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormFlow kind="standing-order" request={ORDER} openIn="new-tab" />
      </WebFormKitProvider>,
    );
    await settle();
    expect(dataScreen()).toBe('redirect');
    expect(proxy.current()?.id).not.toBe(firstId);
  });

  it('shows the fallback, never a screen, for a return URL this browser did not start', async () => {
    window.history.replaceState(
      null,
      '',
      '/return?webFormId=00000000-0000-4000-8000-000000000001&state=forged-state-value-000000&via=success',
    );
    render(
      <WebFormKitProvider client={proxy.client} push={false}>
        <WebFormReturn fallback={(error) => <p>Refused: {error.reason}</p>} />
      </WebFormKitProvider>,
    );
    await settle();
    expect(document.querySelector('[data-screen]')).toBeNull();
    expect(screen.getByText(/^Refused:/)).toBeInTheDocument();
  });
});
