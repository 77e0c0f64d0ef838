import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { CompletedScreen } from './CompletedScreen.tsx';
import { ScreenButton } from './ScreenButton.tsx';

const SUMMARY = {
  amount: { value: 249.9, currency: 'EUR' },
  payee: 'Demo Shop GmbH',
  purpose: 'Order 1042',
  reference: 'ORDER-1042',
};

const meta = {
  title: 'Screens/Completed',
  component: CompletedScreen,
  args: { resource: 'bank-connection', onContinue: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Success (`data-screen="completed"`, `data-state` = the wording), in the words of what was done.\n\n**Use it** with the outcome\'s `resource`, the flow\'s `kind` where it refines the wording (an update, a direct debit), the backend\'s `summary` and the outcome\'s `paymentId`: together a receipt (amount, recipient, reference, payment id). Name the done action for where it leads with `continueLabel` ("Back to the shop", "Go to my accounts"); put anything else of the app\'s in `children`.\n\n**Copy**: past tense, what happened and what the bank does next; no "congratulations".',
      },
    },
  },
} satisfies Meta<typeof CompletedScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BankConnectionImported: Story = {};

export const BankConnectionUpdated: Story = { args: { kind: 'bank-connection-update' } };

/** The receipt: amount, recipient, the app's reference and finAPI's payment id. */
export const PaymentReceipt: Story = {
  args: {
    resource: 'payment',
    kind: 'standalone-payment',
    summary: SUMMARY,
    paymentId: 98765,
    continueLabel: 'Back to the shop',
  },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText('€249.90')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Back to the shop' }));
    await expect(args.onContinue).toHaveBeenCalledOnce();
  },
};

export const Payment: Story = { args: { resource: 'payment' } };

export const StandingOrder: Story = { args: { resource: 'standing-order' } };

export const DirectDebit: Story = {
  args: { resource: 'payment', kind: 'direct-debit-with-account-id' },
};

/** `actions` as a function adds to the screen's own buttons; `children` adds the app's content. */
export const WithOwnActionsAndContent: Story = {
  args: {
    resource: 'payment',
    summary: SUMMARY,
    children: <p className="wfk-note">We have sent the confirmation to your e-mail address.</p>,
    actions: (defaults) => (
      <>
        {defaults}
        <ScreenButton variant="secondary">Download the receipt</ScreenButton>
      </>
    ),
  },
};
