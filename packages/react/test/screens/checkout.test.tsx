import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebFormKitProvider } from '../../src/hooks/index.ts';
import { I18nProvider, WebFormFlow, WebFormReturn } from '../../src/screens/index.ts';
import { de } from '../../src/i18n/locales/de.ts';
import { loadWebFormFlowScreens } from '../../src/screens/loadWebFormFlowScreens.ts';
import { loadWebFormReturnScreens } from '../../src/screens/loadWebFormReturnScreens.ts';
import { createFakeProxy, type FakeProxy } from './fakeProxy.ts';

/** The shop's order book: what its `prepare` makes of each order id. */
const ORDERS = {
  A: {
    amount: { value: 10, currency: 'EUR' },
    payee: 'Demo Shop',
    purpose: 'Order A',
    reference: 'A-10',
  },
  B: {
    amount: { value: 250, currency: 'EUR' },
    payee: 'Demo Shop',
    purpose: 'Order B',
    reference: 'B-250',
  },
};

async function settle(ms = 0) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
  for (let i = 0; i < 5; i += 1) await act(() => vi.advanceTimersByTimeAsync(20));
}

let proxy: FakeProxy;

/** The checkout page of an order: a WebFormFlow with the order id as its only input. */
function Checkout({ orderId }: { orderId: string }) {
  return (
    <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
      <WebFormFlow kind="standalone-payment" input={{ orderId }} openIn="new-tab" />
    </WebFormKitProvider>
  );
}

const heading = () => screen.getByRole('heading', { level: 2 });
const dataScreen = () => document.querySelector('[data-screen]')?.getAttribute('data-screen');
/** The summary's terms and their values, as a screen reader lists them. */
const summaryOf = () =>
  screen
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

// WebFormFlow and WebFormReturn request their engine and later screens at mount. Loaded up front
// here, so these tests time the proxy's answers, not the module loader; lazyChunk.test.tsx and
// returnLazyChunk.test.tsx cover the loading itself.
beforeAll(() => Promise.all([loadWebFormFlowScreens(), loadWebFormReturnScreens()]));

beforeEach(() => {
  vi.useFakeTimers();
  sessionStorage.clear();
  localStorage.clear();
  proxy = createFakeProxy(Date.now, { orders: ORDERS });
  vi.spyOn(window, 'open').mockImplementation(() => ({}) as Window);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a checkout keyed by order id', () => {
  it('pays order A, shows order B with B’s amount, and back at A shows A’s receipt', async () => {
    const page = render(<Checkout orderId="A" />);
    await settle();
    expect(heading()).toHaveTextContent('Confirm your payment with your bank');
    expect(summaryOf()).toEqual([
      ['Amount', '€10.00'],
      ['Recipient', 'Demo Shop'],
      ['Purpose', 'Order A'],
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    proxy.openForm();
    proxy.finish('COMPLETED');
    await settle(1000);
    expect(heading()).toHaveTextContent('Payment submitted');
    expect(summaryOf()).toEqual([
      ['Amount', '€10.00'],
      ['Recipient', 'Demo Shop'],
      ['Reference', 'A-10'],
      ['Payment ID', '42'],
    ]);

    // The shop's next page: order B, in the same component (a client-side route change).
    page.rerender(<Checkout orderId="B" />);
    await settle();
    expect(dataScreen()).toBe('redirect');
    expect(summaryOf()).toEqual([
      ['Amount', '€250.00'],
      ['Recipient', 'Demo Shop'],
      ['Purpose', 'Order B'],
    ]);
    expect(screen.getByRole('button', { name: 'Continue to the secure form' })).toBeEnabled();

    // Back to order A: the proxy says it is paid, and A's receipt is shown, not a new form.
    const creations = proxy.requests.filter((r) => r.startsWith('POST')).length;
    page.rerender(<Checkout orderId="A" />);
    await settle();
    expect(proxy.requests.filter((r) => r.startsWith('POST'))).toHaveLength(creations + 1);
    expect(heading()).toHaveTextContent('Payment submitted');
    expect(summaryOf()).toContainEqual(['Reference', 'A-10']);
    expect(summaryOf()).toContainEqual(['Payment ID', '42']);
    expect(screen.queryByRole('button', { name: 'Continue to the secure form' })).toBeNull();
  });

  it('shows a paid order’s receipt in a tab that never saw it (another device)', async () => {
    const first = render(<Checkout orderId="A" />);
    await settle();
    proxy.openForm();
    proxy.finish('COMPLETED');
    first.unmount();
    sessionStorage.clear();

    render(<Checkout orderId="A" />);
    await settle();
    expect(dataScreen()).toBe('completed');
    expect(summaryOf()).toContainEqual(['Amount', '€10.00']);
  });

  it('waits for an order whose form is open elsewhere, offering no second copy of it', async () => {
    const first = render(<Checkout orderId="A" />);
    await settle();
    proxy.openForm();
    first.unmount();
    sessionStorage.clear();

    render(<Checkout orderId="A" />);
    await settle();
    expect(dataScreen()).toBe('waiting');
    expect(heading()).toHaveTextContent('Please complete the secure form');
    expect(screen.queryByRole('button', { name: /secure form/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /secure form/ })).toBeNull();

    proxy.finish('COMPLETED');
    await settle(1000);
    expect(heading()).toHaveTextContent('Payment submitted');
  });

  it('says the result is not known yet for an order whose payment failed with a payment id', async () => {
    const first = render(<Checkout orderId="A" />);
    await settle();
    proxy.openForm();
    proxy.finish('COMPLETED_WITH_ERROR', 'INTERNAL_ERROR');
    first.unmount();
    sessionStorage.clear();
    // finAPI's error that names a payment: it may exist at the bank.
    const failed = proxy.current();
    if (failed === undefined) throw new Error('no web form');
    Object.assign(failed, { payload: { ...failed.payload, paymentId: 77 } });

    render(<Checkout orderId="A" />);
    await settle();
    expect(dataScreen()).toBe('completed-with-error');
    expect(screen.queryByRole('button', { name: 'Continue to the secure form' })).toBeNull();
  });

  it('formats the amount in the active language', async () => {
    render(
      <I18nProvider locale={de}>
        <Checkout orderId="B" />
      </I18nProvider>,
    );
    await settle();
    expect(summaryOf()[0]).toEqual(['Betrag', '250,00\u00a0€']);
  });
});

describe('the return route shows the receipt', () => {
  it('with the summary and finAPI’s payment id', async () => {
    const flow = render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormFlow
          kind="standalone-payment"
          input={{ orderId: 'B' }}
          openIn="new-tab"
          returnTo="http://localhost:3000/checkout/return"
        />
      </WebFormKitProvider>,
    );
    await settle();
    let opened = '';
    vi.mocked(window.open).mockImplementation((url) => {
      opened = String(url);
      return {} as Window;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Continue to the secure form' }));
    proxy.openForm();
    proxy.finish('COMPLETED');
    flow.unmount();

    window.history.replaceState(null, '', new URL(opened).searchParams.get('redirectUrl') ?? '');
    render(
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        <WebFormReturn />
      </WebFormKitProvider>,
    );
    await settle(1000);
    expect(heading()).toHaveTextContent('Payment submitted');
    expect(summaryOf()).toEqual([
      ['Amount', '€250.00'],
      ['Recipient', 'Demo Shop'],
      ['Reference', 'B-250'],
      ['Payment ID', '42'],
    ]);
  });
});
