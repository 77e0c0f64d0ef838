import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { CompletedScreen } from './CompletedScreen.tsx';
import { ScreenButton } from './ScreenButton.tsx';

const meta = {
  title: 'Screens/Completed',
  component: CompletedScreen,
  args: { resource: 'bank-connection', onContinue: fn() },
  parameters: {
    docs: {
      description: {
        component:
          "Success (`data-screen=\"completed\"`), in the words of what was done. Pass the outcome's `resource`, and the flow's `kind` where it refines the wording (an update, a direct debit). finAPI's ids are not shown to the user; put the app's own receipt in `children`.",
      },
    },
  },
} satisfies Meta<typeof CompletedScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BankConnectionImported: Story = {};

export const BankConnectionUpdated: Story = { args: { kind: 'bank-connection-update' } };

export const Payment: Story = { args: { resource: 'payment' } };

export const StandingOrder: Story = { args: { resource: 'standing-order' } };

export const DirectDebit: Story = {
  args: { resource: 'payment', kind: 'direct-debit-with-account-id' },
};

export const WithReceiptAndOwnActions: Story = {
  args: {
    resource: 'payment',
    children: (
      <dl className="wfk-note" style={{ margin: 0 }}>
        <dt>Amount</dt>
        <dd style={{ margin: 0 }}>€ 49.90</dd>
      </dl>
    ),
    actions: <ScreenButton>Back to your order</ScreenButton>,
    illustration: null,
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
