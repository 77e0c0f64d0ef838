import { act, fireEvent, render, screen } from '@testing-library/react';
import type { CreateWebFormBody } from '@webform-kit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WebFormFlow, type WebFormFlowProps } from '../../src/screens/index.ts';
import type { WebFormFlowScreensModule } from '../../src/screens/loadWebFormFlowScreens.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';

// The chunk WebFormFlow requests at mount, held back until a test lets it arrive (or fail).
const chunk = vi.hoisted(() => ({
  requests: [] as { resolve: () => Promise<void>; reject: () => void }[],
}));
vi.mock('../../src/screens/loadWebFormFlowScreens.ts', () => ({
  loadedWebFormFlowScreens: () => undefined,
  loadWebFormFlowScreens: () =>
    new Promise<WebFormFlowScreensModule>((resolve, reject) => {
      chunk.requests.push({
        resolve: async () => resolve(await import('../../src/screens/WebFormFlowScreens.tsx')),
        reject: () => reject(new TypeError('Failed to fetch dynamically imported module')),
      });
    }),
}));

const PAYMENT: CreateWebFormBody<'standalone-payment'> = {
  orders: [
    {
      amount: { value: 49.9, currency: 'EUR' },
      recipient: { iban: 'DE89370400440532013000', name: 'Example Shop' },
    },
  ],
};

async function settle(ms = 0) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  for (let i = 0; i < 5; i += 1) await act(() => vi.advanceTimersByTimeAsync(20));
}

/** Lets the latest requested chunk arrive. */
async function arrive() {
  const request = chunk.requests.at(-1);
  if (request === undefined) throw new Error('WebFormFlow requested no chunk');
  await act(() => request.resolve());
  await settle();
}

let proxy: FakeProxy;
let assign: ReturnType<typeof vi.fn>;

function renderFlow(props: Partial<WebFormFlowProps<'standalone-payment'>> = {}) {
  return render(
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow kind="standalone-payment" input={PAYMENT} openIn="same-tab" {...props} />
    </WebFormKitProvider>,
  );
}

const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');
const openButton = () => screen.getByRole('button', { name: /secure form/ });

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  chunk.requests = [];
  proxy = createFakeProxy();
  assign = vi.fn();
  const real = window.location;
  vi.stubGlobal('location', { href: real.href, origin: real.origin, assign });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('WebFormFlow loads its engine and later screens at mount', () => {
  it('shows the redirect screen before the chunk arrives, asking the proxy for nothing yet', async () => {
    renderFlow();
    await settle();
    expect(chunk.requests).toHaveLength(1);
    expect(dataScreen()).toBe('redirect');
    expect(
      screen.getByRole('heading', { name: 'Confirm your payment with your bank' }),
    ).toBeVisible();
    expect(openButton()).toHaveTextContent('Continue to the secure form');
    expect(proxy.requests).toEqual([]);

    await arrive();
    expect(proxy.requests).toEqual(['POST /api/webforms/standalone-payment']);
    expect(dataScreen()).toBe('redirect');
  });

  it('shows a background update the checking screen before the chunk arrives, never the redirect screen', async () => {
    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormFlow kind="background-update" input={{ bankConnectionId: 42 }} />
      </WebFormKitProvider>,
    );
    await settle();
    expect(chunk.requests).toHaveLength(1);
    expect(dataScreen()).toBe('checking');
    expect(screen.getByRole('heading', { name: 'Checking the result' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /secure form/ })).toBeNull();

    await arrive();
    expect(proxy.requests).toEqual(['POST /api/tasks/background-update']);
    expect(dataScreen()).not.toBe('redirect');
  });

  describe('a flow this tab stored (a reload while the customer is at the bank)', () => {
    /** Opens the form in a first mount, then unmounts it, as a reload ends the page. */
    async function leaveForTheBank() {
      const first = renderFlow();
      await settle();
      await arrive();
      fireEvent.click(openButton());
      await settle();
      expect(dataScreen()).toBe('waiting');
      first.unmount();
    }

    it('shows the checking screen until the chunk arrives, never the redirect screen, then where it stands', async () => {
      await leaveForTheBank();
      const requests = proxy.requests.length;
      renderFlow();
      expect(dataScreen()).toBe('checking');
      await settle();
      expect(chunk.requests).toHaveLength(2);
      expect(dataScreen()).toBe('checking');
      expect(screen.queryByRole('button', { name: /secure form/ })).toBeNull();

      await arrive();
      expect(dataScreen()).toBe('waiting');
      // Resumed, not created again.
      expect(proxy.requests.slice(requests)).not.toContain('POST /api/webforms/standalone-payment');
    });

    it('shows the redirect screen for another input (order B after order A)', async () => {
      await leaveForTheBank();
      const [order] = PAYMENT.orders;
      renderFlow({ input: { orders: [{ ...order, purpose: 'Order B' }] } });
      await settle();
      expect(dataScreen()).toBe('redirect');
    });

    it('shows the redirect screen once the stored flow is too old to resume', async () => {
      await leaveForTheBank();
      vi.setSystemTime(Date.now() + 31 * 60_000);
      renderFlow();
      await settle();
      expect(dataScreen()).toBe('redirect');
      await arrive();
      expect(dataScreen()).toBe('redirect');
    });
  });

  it('keeps a click made before the chunk arrived and opens the form once it is created', async () => {
    renderFlow();
    await settle();
    fireEvent.click(openButton());
    expect(openButton()).toHaveTextContent('Preparing the secure form…');
    expect(assign).not.toHaveBeenCalled();

    await arrive();
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith(proxy.current()?.url);
    expect(dataScreen()).toBe('waiting');
    // The button that had focus was replaced: the new screen's heading takes it.
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('in new-tab mode, keeps the button preparing until the form exists, as a new tab must open in the click', async () => {
    const open = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', open);
    renderFlow({ openIn: 'new-tab' });
    await settle();
    expect(openButton()).toHaveTextContent('Preparing the secure form…');
    expect(openButton()).toHaveAttribute('aria-disabled', 'true');
    fireEvent.click(openButton());
    expect(open).not.toHaveBeenCalled();

    await arrive();
    expect(open).not.toHaveBeenCalled();
    expect(openButton()).toHaveTextContent('Continue to the secure form');
    expect(openButton()).not.toHaveAttribute('aria-disabled');
    fireEvent.click(openButton());
    expect(open).toHaveBeenCalledTimes(1);
    expect(open).toHaveBeenCalledWith(proxy.current()?.url, '_blank');
    expect(dataScreen()).toBe('waiting');
  });

  it('keeps a Cancel made before the chunk arrived', async () => {
    const onCancel = vi.fn();
    renderFlow({ onCancel });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).not.toHaveBeenCalled();

    await arrive();
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(assign).not.toHaveBeenCalled();
  });

  it('shows the connection-error screen when the chunk fails to load, and Try again loads it', async () => {
    renderFlow();
    await settle();
    fireEvent.click(openButton());
    await act(async () => chunk.requests[0]?.reject());
    await settle();
    expect(dataScreen()).toBe('connection-error');
    expect(screen.getByRole('heading', { name: 'Connection problem' })).toHaveFocus();
    expect(proxy.requests).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(chunk.requests).toHaveLength(2);
    await arrive();
    // The click from before the failure still counts: the form opens once created.
    expect(assign).toHaveBeenCalledWith(proxy.current()?.url);
    expect(dataScreen()).toBe('waiting');
  });
});
