import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import { AbortedScreen } from './AbortedScreen.tsx';

const meta = {
  title: 'Screens/Aborted',
  component: AbortedScreen,
  args: { onRestart: fn(), supportUrl: 'https://bank.example/support' },
  parameters: {
    docs: {
      description: {
        component:
          "The customer cancelled in finAPI's form (`data-screen=\"aborted\"`).\n\n**Use it** with `onRestart`, `supportUrl` (finAPI's form shows support on cancellation too) and the flow's `kind`: for payments the heading says that no payment was made.\n\n**Copy**: confirm the customer's choice calmly; nothing was completed, and they can start again at any time.",
      },
    },
  },
} satisfies Meta<typeof AbortedScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** For payments the heading says what happened to the money. */
export const Payment: Story = { args: { kind: 'standalone-payment' } };

export const WithoutSupportLink: Story = { args: { supportUrl: undefined } };
