import { KNOWN_WEB_FORM_ERROR_CODES, type CreateWebFormBody } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState, type CSSProperties } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { createFakeProxy, type FakeProxy } from '../../test/screens/fakeProxy.ts';
import { WebFormKitProvider, type FlowKind } from '../hooks/index.ts';
import { ScreenButton } from './ScreenButton.tsx';
import { WebFormFlow } from './WebFormFlow.tsx';

const PAYMENT: CreateWebFormBody<'standalone-payment'> = {
  orders: [
    {
      amount: { value: 49.9, currency: 'EUR' },
      recipient: { iban: 'DE89370400440532013000', name: 'Example Shop' },
    },
  ],
};

/** What the user and finAPI do at the hosted form, as buttons. */
function SimulatedForm({ proxy, task }: { proxy: FakeProxy; task: boolean }) {
  const [code, setCode] = useState<string>('BANK_SERVER_REJECTION');
  const [offline, setOffline] = useState(false);
  const selectId = useId();
  const panel: CSSProperties = {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.5rem',
    alignItems: 'center',
    padding: '1rem',
    maxWidth: '36rem',
    margin: '0 auto',
    border: '2px dashed var(--wfk-color-text-muted)',
    borderRadius: 'var(--wfk-radius)',
    background: 'var(--wfk-color-background)',
    color: 'var(--wfk-color-text)',
    fontFamily: 'var(--wfk-font-family)',
  };
  return (
    <section aria-label="Simulated finAPI web form" style={panel}>
      <strong style={{ flexBasis: '100%' }}>Simulated finAPI web form and proxy</strong>
      {task && (
        <>
          <ScreenButton variant="secondary" onClick={proxy.requireWebForm}>
            Simulate: bank asks for the user
          </ScreenButton>
          <ScreenButton variant="secondary" onClick={proxy.completeTask}>
            Simulate: update done in the background
          </ScreenButton>
        </>
      )}
      <ScreenButton variant="secondary" onClick={() => proxy.finish('COMPLETED')}>
        Simulate: complete
      </ScreenButton>
      <label htmlFor={selectId}>Error code</label>
      <select id={selectId} value={code} onChange={(event) => setCode(event.target.value)}>
        {[...KNOWN_WEB_FORM_ERROR_CODES, 'SOME_FUTURE_CODE'].map((value) => (
          <option key={value}>{value}</option>
        ))}
      </select>
      <ScreenButton variant="secondary" onClick={() => proxy.finish('COMPLETED_WITH_ERROR', code)}>
        Simulate: complete with error
      </ScreenButton>
      <ScreenButton variant="secondary" onClick={() => proxy.finish('ABORTED')}>
        Simulate: abort
      </ScreenButton>
      <ScreenButton variant="secondary" onClick={() => proxy.finish('EXPIRED')}>
        Simulate: expire
      </ScreenButton>
      <ScreenButton
        variant="secondary"
        aria-pressed={offline}
        onClick={() => {
          proxy.setOffline(!offline);
          setOffline(!offline);
        }}
      >
        Simulate: proxy offline
      </ScreenButton>
    </section>
  );
}

/** The shop's order book, as its backend's `prepare` would describe each order. */
const ORDERS = {
  '1042': {
    amount: { value: 49.9, currency: 'EUR' },
    payee: 'Example Shop',
    purpose: 'Order 1042',
    reference: 'ORDER-1042',
  },
};

interface PlaygroundProps {
  kind: FlowKind;
  /** A checkout keyed by order id: the flow's only `input`, the backend decides the rest. */
  orderId?: string;
  openIn: 'same-tab' | 'new-tab';
  supportUrl?: string;
  onContinue?: () => void;
}

/** The real WebFormFlow and hooks against an in-memory proxy, with the form's side as buttons. */
function Playground({ kind, orderId, openIn, supportUrl, onContinue }: PlaygroundProps) {
  const [proxy] = useState(() => createFakeProxy(Date.now, { orders: ORDERS }));
  // Each mount is a new flow: a stored one from an earlier story must not be resumed.
  const storageKey = `wfk-story-${useId()}`;
  const common = {
    openIn,
    storageKey,
    supportUrl,
    onContinue,
    // The user loads the form's page a moment after the click.
    onEvent: (event: { type: string; popupBlocked?: boolean }) => {
      if (event.type === 'opened' && !event.popupBlocked) setTimeout(proxy.openForm, 300);
    },
  };
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <WebFormKitProvider client={proxy.client} push={false} pollIntervalMs={1000}>
        {kind === 'background-update' ? (
          <WebFormFlow kind="background-update" request={{ bankConnectionId: 42 }} {...common} />
        ) : kind === 'standalone-payment' && orderId !== undefined ? (
          <WebFormFlow kind="standalone-payment" input={{ orderId }} {...common} />
        ) : kind === 'standalone-payment' ? (
          <WebFormFlow kind="standalone-payment" request={PAYMENT} {...common} />
        ) : kind === 'standing-order' ? (
          <WebFormFlow
            kind="standing-order"
            request={{
              amount: { value: 25, currency: 'EUR' },
              recipient: { iban: 'DE89370400440532013000', name: 'Savings' },
              startDate: '2027-01-01',
              frequency: 'MONTHLY',
            }}
            {...common}
          />
        ) : (
          <WebFormFlow kind="bank-connection-import" request={{}} {...common} />
        )}
      </WebFormKitProvider>
      <SimulatedForm proxy={proxy} task={kind === 'background-update'} />
    </div>
  );
}

const meta = {
  title: 'Flow/WebFormFlow',
  component: Playground,
  args: {
    kind: 'standalone-payment',
    openIn: 'new-tab',
    supportUrl: 'https://bank.example/support',
    onContinue: fn(),
  },
  argTypes: {
    kind: {
      control: 'select',
      options: [
        'bank-connection-import',
        'standalone-payment',
        'standing-order',
        'background-update',
      ],
    },
    openIn: { control: false },
  },
  parameters: {
    popupBlocked: false,
    docs: {
      description: {
        component:
          "The one-line integration, `<WebFormFlow kind input />`, with the real hooks against an in-memory proxy (a `fetch` given to `createProxyClient`, no service worker). Click the secure-form button, then act as the user at finAPI's form with the dashed panel; each story below plays one outcome by itself. `window.open` is stubbed so no tab opens.",
      },
    },
  },
  beforeEach: ({ parameters }) => {
    const original = window.open;
    window.open = () => (parameters['popupBlocked'] ? null : ({} as Window));
    return () => {
      window.open = original;
    };
  },
} satisfies Meta<typeof Playground>;

export default meta;
type Story = StoryObj<typeof meta>;

const TIMEOUT = { timeout: 6000 };

/** The flow's screen root and its heading. */
async function screenOf(canvasElement: HTMLElement, name: string) {
  const root = await waitFor(() => {
    const found = canvasElement.querySelector<HTMLElement>(`[data-screen="${name}"]`);
    if (found === null) throw new Error(`no ${name} screen yet`);
    return found;
  }, TIMEOUT);
  return { root, heading: within(root).getByRole('heading', { level: 2 }) };
}

async function openTheForm(canvasElement: HTMLElement) {
  const { root } = await screenOf(canvasElement, 'redirect');
  const button = await within(root).findByRole(
    'button',
    { name: 'Continue to the secure form' },
    TIMEOUT,
  );
  await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), TIMEOUT);
  button.click();
  const waiting = await screenOf(canvasElement, 'waiting');
  await expect(waiting.heading).toHaveFocus();
  await waitFor(() => expect(waiting.root).toHaveAttribute('data-state', 'IN_PROGRESS'), TIMEOUT);
}

/** Try it: click through the flow and use the panel. */
export const Interactive: Story = {};

export const Completed: Story = {
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    await openTheForm(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: complete' }));
    const { root, heading } = await screenOf(canvasElement, 'completed');
    await expect(heading).toHaveTextContent('Payment submitted');
    await expect(heading).toHaveFocus();
    await waitFor(() =>
      expect(within(root).getByRole('status')).toHaveTextContent(/received the payment/),
    );
    await userEvent.click(within(root).getByRole('button', { name: 'Continue' }));
    await expect(args.onContinue).toHaveBeenCalledOnce();
  },
};

/**
 * A checkout that sends only the order id (`input={{ orderId }}`): the app's backend decides the
 * payment and the summary, which the redirect and waiting screens show and the completed screen
 * turns into a receipt.
 */
export const Checkout: Story = {
  args: { orderId: '1042' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const terms = (root: HTMLElement) =>
      within(root)
        .getAllByRole('term')
        .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    const redirect = await screenOf(canvasElement, 'redirect');
    await waitFor(
      () =>
        expect(terms(redirect.root)).toEqual([
          ['Amount', '€49.90'],
          ['Recipient', 'Example Shop'],
          ['Purpose', 'Order 1042'],
        ]),
      TIMEOUT,
    );
    await openTheForm(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: complete' }));
    const { root } = await screenOf(canvasElement, 'completed');
    await expect(terms(root)).toEqual([
      ['Amount', '€49.90'],
      ['Recipient', 'Example Shop'],
      ['Reference', 'ORDER-1042'],
      ['Payment ID', '42'],
    ]);
  },
};

export const CompletedWithError: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await openTheForm(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Error code'), 'NO_ACCOUNTS_FOR_TYPE_LIST');
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: complete with error' }));
    const { root, heading } = await screenOf(canvasElement, 'completed-with-error');
    // A payment: the heading says what happened to the money, the lead why.
    await expect(heading).toHaveTextContent('No payment was made');
    await expect(root.querySelector('.wfk-screen__lead')).toHaveTextContent(/None of the accounts/);
    await expect(
      within(root).getByRole('link', { name: /Contact customer support/ }),
    ).toBeVisible();
    await userEvent.click(within(root).getByRole('button', { name: 'Try again' }));
    const again = await screenOf(canvasElement, 'redirect');
    await expect(again.heading).toHaveFocus();
  },
};

export const Aborted: Story = {
  args: { kind: 'bank-connection-import' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await openTheForm(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: abort' }));
    const { root } = await screenOf(canvasElement, 'aborted');
    await expect(
      within(root).getByRole('link', { name: /Contact customer support/ }),
    ).toBeVisible();
    await expect(within(root).getByRole('button', { name: 'Start again' })).toBeVisible();
  },
};

export const Expired: Story = {
  args: { kind: 'standing-order' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await openTheForm(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: expire' }));
    const { root, heading } = await screenOf(canvasElement, 'expired');
    await expect(heading).toHaveFocus();
    await expect(within(root).getByRole('button', { name: 'Start again' })).toBeVisible();
  },
};

export const PopupBlocked: Story = {
  parameters: { popupBlocked: true },
  play: async ({ canvasElement }) => {
    const { root } = await screenOf(canvasElement, 'redirect');
    const button = await within(root).findByRole(
      'button',
      { name: 'Continue to the secure form' },
      TIMEOUT,
    );
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), TIMEOUT);
    button.click();
    const link = await within(root).findByRole('link', { name: /Open the secure form/ }, TIMEOUT);
    await expect(link).toHaveAttribute('data-action', 'open-web-form');
    await expect(link).toHaveFocus();
  },
};

export const ConnectionLost: Story = {
  play: async ({ canvasElement, canvas, userEvent }) => {
    await openTheForm(canvasElement);
    const offline = canvas.getByRole('button', { name: 'Simulate: proxy offline' });
    await userEvent.click(offline);
    const { root, heading } = await screenOf(canvasElement, 'connection-error');
    await expect(heading).toHaveFocus();
    await userEvent.click(offline);
    await userEvent.click(within(root).getByRole('button', { name: 'Try again' }));
    const back = await screenOf(canvasElement, 'waiting');
    await expect(back.root).toHaveAttribute('data-state', 'IN_PROGRESS');
  },
};

export const BackgroundUpdate: Story = {
  args: { kind: 'background-update' },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await screenOf(canvasElement, 'checking');
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: bank asks for the user' }));
    const required = await screenOf(canvasElement, 'web-form-required');
    await expect(required.heading).toHaveFocus();
    within(required.root).getByRole('button', { name: 'Continue to the secure form' }).click();
    await screenOf(canvasElement, 'waiting');
    await userEvent.click(canvas.getByRole('button', { name: 'Simulate: complete' }));
    const { heading } = await screenOf(canvasElement, 'completed');
    await expect(heading).toHaveTextContent('Bank connection updated');
  },
};
