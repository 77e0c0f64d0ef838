import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { RedirectScreen } from './RedirectScreen.tsx';

const SUMMARY = {
  amount: { value: 249.9, currency: 'EUR' },
  payee: 'Demo Shop GmbH',
  purpose: 'Order 1042',
  reference: 'ORDER-1042',
};

const meta = {
  title: 'Screens/Redirect',
  component: RedirectScreen,
  args: {
    kind: 'bank-connection-import',
    url: 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
    onOpen: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Before the customer leaves for finAPI\'s form (`data-screen="redirect"`, `data-state` = `preparing`, `ready`, `countdown` or `popup-blocked`).\n\n**Use it** as the first screen of every flow. Pass the flow\'s `kind` (it picks the wording), its `open` action as `onOpen`, and the app backend\'s `summary` for payments: the amount is the hero, then recipient and purpose, so the customer confirms at the bank what they saw here. With `popupBlocked` and `url` the button becomes a link. `countdown` (same tab only) sends the customer on by itself; "Stay on this page" stops it.\n\n**Hierarchy**: one primary action (continue to the secure form); "Stay on this page" is secondary and Cancel a text button, both after it.\n\n**Copy**: say what the customer does and where ("Confirm your payment with your bank"), why the login happens at finAPI and not in the app, and what comes after. Name the bank and amounts from the summary, never from the browser\'s input.',
      },
    },
  },
} satisfies Meta<typeof RedirectScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BankConnectionImport: Story = {};

export const BankConnectionUpdate: Story = { args: { kind: 'bank-connection-update' } };

/** With the backend's summary: the amount is the hero, then recipient and purpose. */
export const StandalonePayment: Story = {
  args: { kind: 'standalone-payment', summary: SUMMARY, onCancel: fn() },
};

export const PaymentWithAccount: Story = { args: { kind: 'payment-with-account-id' } };

export const StandingOrder: Story = { args: { kind: 'standing-order' } };

export const DirectDebit: Story = { args: { kind: 'direct-debit-with-account-id' } };

export const Preparing: Story = {
  args: { preparing: true },
  play: async ({ canvas, userEvent, args }) => {
    const button = canvas.getByRole('button', { name: /preparing/i });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onOpen).not.toHaveBeenCalled();
  },
};

export const OpensInNewTab: Story = {
  args: { openIn: 'new-tab', onCancel: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Continue to the secure form' }));
    await expect(args.onOpen).toHaveBeenCalledOnce();
  },
};

export const PopupBlocked: Story = {
  args: { openIn: 'new-tab', popupBlocked: true },
  play: async ({ canvas, args }) => {
    const link = canvas.getByRole('link', { name: /open the secure form/i });
    await expect(link).toHaveAttribute('href', args.url);
    await expect(link).toHaveAttribute('data-action', 'open-web-form');
  },
};

export const Countdown: Story = {
  args: { countdown: 30, onCancel: fn() },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText(/automatically in 30 seconds/)).toBeVisible();
    // One primary action, then the alternatives.
    const buttons = canvas.getAllByRole('button');
    await expect(buttons.map((button) => button.dataset['variant'])).toEqual([
      'primary',
      'secondary',
      'tertiary',
    ]);
    await userEvent.click(canvas.getByRole('button', { name: 'Stay on this page' }));
    await expect(canvas.getByText(/Automatic forwarding is off/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Continue to the secure form' })).toHaveFocus();
    await expect(args.onOpen).not.toHaveBeenCalled();
  },
};

export const CountdownEnds: Story = {
  args: { countdown: 1 },
  play: async ({ args }) => {
    await waitFor(() => expect(args.onOpen).toHaveBeenCalledOnce(), { timeout: 3000 });
  },
};
