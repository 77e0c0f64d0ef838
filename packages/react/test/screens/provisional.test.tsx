import { notifyManager } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CreateWebFormBody, WebForm } from '@webform-kit/core';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { WebFormFlow } from '../../src/screens/index.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';
import { FakeEventSource } from '../hooks/support/FakeEventSource.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';

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

let proxy: FakeProxy;

/** A payment flow with push on, its form opened in a new tab, its event stream open. */
async function waitingPayment() {
  render(
    <WebFormKitProvider client={proxy.client}>
      <WebFormFlow kind="standalone-payment" request={PAYMENT} openIn="new-tab" />
    </WebFormKitProvider>,
  );
  await settle();
  fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
  proxy.openForm();
  await settle();
  const stream = FakeEventSource.live.at(-1);
  if (stream === undefined) throw new Error('no event stream is open');
  const webForm = proxy.current() as WebForm;
  act(() => {
    stream.open();
    stream.send(webForm);
  });
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
    'Please complete the secure form',
  );
  return { stream, webForm };
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: state });
  Object.defineProperty(document, 'hidden', { configurable: true, value: state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

// WebFormFlow requests its engine and later screens at mount. Loaded up front here, so these tests
// time the pushed events, not the module loader; lazyChunk.test.tsx covers the loading itself.
beforeAll(() => loadWebFormFlowScreens());

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
  sessionStorage.clear();
  proxy = createFakeProxy();
  vi.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
});

afterEach(() => {
  notifyManager.setScheduler((callback) => setTimeout(callback, 0));
  setVisibility('visible');
  FakeEventSource.reset();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a provisional status pushed from finAPI’s callback', () => {
  it('shows the completed screen at once, and the payment id when the validated snapshot follows', async () => {
    const { stream, webForm } = await waitingPayment();

    act(() => stream.send({ ...webForm, status: 'COMPLETED', provisional: true }));

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Payment submitted');
    // The receipt leaves out what is not known yet rather than showing a placeholder.
    expect(screen.queryByText('Payment ID')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/undefined|null|NaN/);

    act(() => stream.send({ ...webForm, status: 'COMPLETED', payload: { paymentId: 4711 } }));

    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Payment submitted');
    expect(screen.getByText('Payment ID').nextElementSibling).toHaveTextContent('4711');
  });

  it('offers no Try again on a provisional error until the validated snapshot says whether a payment exists', async () => {
    const { stream, webForm } = await waitingPayment();

    act(() => stream.send({ ...webForm, status: 'COMPLETED_WITH_ERROR', provisional: true }));
    expect(document.querySelector('[data-screen]')).toHaveAttribute(
      'data-screen',
      'completed-with-error',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();

    act(() =>
      stream.send({
        ...webForm,
        status: 'COMPLETED_WITH_ERROR',
        payload: { errorCode: 'BANK_SERVER_REJECTION' },
      }),
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is on screen in a hidden tab, whose timers the browser holds back, the moment it is shown', async () => {
    const { stream, webForm } = await waitingPayment();
    setVisibility('hidden');
    // A hidden tab's timers may be held back for a minute: nothing of the query cache's runs.
    const held: (() => void)[] = [];
    notifyManager.setScheduler((callback) => void held.push(callback));

    act(() => stream.send({ ...webForm, status: 'ABORTED', provisional: true }));
    setVisibility('visible');

    expect(document.querySelector('[data-screen]')).toHaveAttribute('data-screen', 'aborted');
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
    notifyManager.setScheduler((callback) => setTimeout(callback, 0));
    for (const callback of held) callback();
  });
});
