import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { RedirectScreen } from './RedirectScreen.tsx';

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
          'Shown before the user leaves for finAPI\'s form (`data-screen="redirect"`). Pass the flow\'s `kind` for the wording and its `open` action as `onOpen`; when the browser blocks the new tab, pass `popupBlocked` and `url` and the button becomes a link. `countdown` sends the user on automatically (same tab only) unless they choose to stay.',
      },
    },
  },
} satisfies Meta<typeof RedirectScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BankConnectionImport: Story = {};

export const BankConnectionUpdate: Story = { args: { kind: 'bank-connection-update' } };

export const StandalonePayment: Story = { args: { kind: 'standalone-payment' } };

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

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { openIn: 'new-tab', countdown: 30 },
};

export const Narrow: Story = {
  globals: { viewport: { value: 'narrow', isRotated: false } },
  args: { kind: 'standing-order', onCancel: fn() },
};
