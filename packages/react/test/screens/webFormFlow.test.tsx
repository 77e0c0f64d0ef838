import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';
import type { CreateWebFormBody } from '@webform-kit/core';
import { WebFormKitProvider, flowStorageKey } from '../../src/hooks/index.ts';
import { WebFormFlow, type WebFormFlowProps } from '../../src/screens/index.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';

const PAYMENT: CreateWebFormBody<'standalone-payment'> = {
  orders: [
    {
      amount: { value: 49.9, currency: 'EUR' },
      recipient: { iban: 'DE89370400440532013000', name: 'Example Shop' },
    },
  ],
};

/**
 * Lets the poll timers run for `ms`, then the fake's answers arrive: reading a Response body takes
 * a few more (fake) ticks after the request was made.
 */
async function settle(ms = 0) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  for (let i = 0; i < 5; i += 1) await act(() => vi.advanceTimersByTimeAsync(20));
}

let proxy: FakeProxy;
let opened: string[];

function renderFlow(props: Partial<WebFormFlowProps<'standalone-payment'>> = {}) {
  return render(
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow
        kind="standalone-payment"
        request={PAYMENT}
        openIn="new-tab"
        supportUrl="https://bank.example/support"
        {...props}
      />
    </WebFormKitProvider>,
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });
const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');

// WebFormFlow requests its engine and later screens at mount. Loaded up front here, so these tests
// time the proxy's answers, not the module loader; lazyChunk.test.tsx covers the loading itself.
beforeAll(() => loadWebFormFlowScreens());

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  proxy = createFakeProxy();
  opened = [];
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return {} as Window;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('WebFormFlow', () => {
  it('plays a payment through to completed, moving focus to each new screen', async () => {
    const onContinue = vi.fn();
    renderFlow({ onContinue });
    expect(dataScreen()).toBe('redirect');
    await settle();
    // The first screen leaves focus to the page.
    expect(heading()).not.toHaveFocus();

    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    expect(opened).toEqual([proxy.current()?.url]);
    await settle();
    expect(dataScreen()).toBe('waiting');
    expect(heading()).toHaveFocus();

    proxy.openForm();
    await settle(1000);
    expect(heading()).toHaveTextContent('Please complete the secure form');

    proxy.finish('COMPLETED');
    await settle(1000);
    expect(dataScreen()).toBe('completed');
    expect(heading()).toHaveTextContent('Payment submitted');
    expect(heading()).toHaveFocus();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledWith({
      kind: 'completed',
      resource: 'payment',
      paymentId: 42,
    });
  });

  it('starts a new web form when the flow is shown again after Continue', async () => {
    const first = renderFlow({ onContinue: vi.fn() });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    proxy.finish('COMPLETED');
    await settle(1000);
    expect(dataScreen()).toBe('completed');
    const firstId = proxy.current()?.id;
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    first.unmount();

    // The app shows the same flow again later, for a second payment.
    renderFlow();
    await settle();
    expect(dataScreen()).toBe('redirect');
    expect(proxy.current()?.id).not.toBe(firstId);
    expect(proxy.requests.filter((r) => r.startsWith('POST'))).toHaveLength(2);
  });

  it('offers a link when the browser blocks the new tab', async () => {
    vi.mocked(window.open).mockReturnValue(null);
    renderFlow();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    await settle();
    const link = screen.getByRole('link', { name: /Open the secure form/ });
    expect(link).toHaveAttribute('data-action', 'open-web-form');
    expect(link.getAttribute('href')).toContain(proxy.current()?.id);
    expect(link).toHaveFocus();
  });

  it('records the form as opened when the customer follows the fallback link', async () => {
    vi.mocked(window.open).mockReturnValue(null);
    renderFlow();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    await settle();
    const link = screen.getByRole('link', { name: /Open the secure form/ });
    // A browser opens the new tab after this click (jsdom follows no target="_blank" link).
    fireEvent.click(link);
    await settle();
    // The one-time URL is used now: the flow waits, and a reload resumes it as opened.
    expect(dataScreen()).toBe('waiting');
    const key = flowStorageKey({ kind: 'standalone-payment', input: PAYMENT });
    expect(JSON.parse(sessionStorage.getItem(key) ?? '{}')).toMatchObject({
      opened: true,
    });
  });

  it('explains an error code, links support, and starts again with a new web form', async () => {
    renderFlow();
    await settle();
    const first = proxy.current()?.id;
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    proxy.finish('COMPLETED_WITH_ERROR', 'BANK_SERVER_REJECTION');
    await settle(1000);
    expect(dataScreen()).toBe('completed-with-error');
    // A payment flow: the heading says what happened to the money, the lead why.
    expect(heading()).toHaveTextContent('No payment was made');
    expect(document.querySelector('.wfk-screen__lead')).toHaveTextContent(/Your bank stopped/);
    expect(screen.getByRole('link', { name: /Contact customer support/ })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(dataScreen()).toBe('redirect');
    expect(proxy.current()?.id).not.toBe(first);
    expect(heading()).toHaveFocus();
  });

  it.each([
    ['ABORTED', 'aborted', /You cancelled the process/],
    ['EXPIRED', 'expired', /only valid for a limited time/],
  ] as const)(
    'shows %s of a payment: no payment was made, and a way to start again',
    async (status, name, lead) => {
      renderFlow();
      await settle();
      fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
      proxy.finish(status);
      await settle(1000);
      expect(dataScreen()).toBe(name);
      expect(heading()).toHaveTextContent('No payment was made');
      expect(document.querySelector('.wfk-screen__lead')).toHaveTextContent(lead);
      expect(screen.getByRole('button', { name: 'Start again' })).toBeInTheDocument();
    },
  );

  it('shows the connection error while the proxy is unreachable, and retry keeps the web form', async () => {
    renderFlow();
    await settle();
    const id = proxy.current()?.id;
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    proxy.setOffline(true);
    await settle(1000);
    expect(dataScreen()).toBe('connection-error');
    expect(heading()).toHaveFocus();

    proxy.setOffline(false);
    proxy.openForm();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(dataScreen()).toBe('waiting');
    expect(heading()).toHaveTextContent('Please complete the secure form');
    expect(proxy.current()?.id).toBe(id);
  });

  it('cancelling on the redirect screen ends the web form at the proxy', async () => {
    const onCancel = vi.fn();
    renderFlow({ onCancel });
    await settle();
    const id = proxy.current()?.id;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await settle();
    expect(proxy.requests).toContain(`DELETE /api/webforms/${id}`);
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('plays a background update that needs the user', async () => {
    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormFlow kind="background-update" request={{ bankConnectionId: 42 }} openIn="new-tab" />
      </WebFormKitProvider>,
    );
    await settle();
    expect(dataScreen()).toBe('checking');

    proxy.requireWebForm();
    await settle(1000);
    expect(dataScreen()).toBe('web-form-required');
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    expect(opened).toHaveLength(1);
    proxy.openForm();
    await settle(1000);
    expect(dataScreen()).toBe('waiting');

    proxy.finish('COMPLETED');
    await settle(1000);
    expect(dataScreen()).toBe('completed');
    expect(heading()).toHaveTextContent('Bank connection updated');
  });
});
