import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { WaitingScreen } from './WaitingScreen.tsx';

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

const meta = {
  title: 'Screens/Waiting',
  component: WaitingScreen,
  args: {
    status: 'NOT_YET_OPENED',
    expiresAt: minutesFromNow(19.5),
    url: 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
    onOpen: fn(),
    onRestart: fn(),
    onCancel: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          'While the customer is in finAPI\'s form, usually in another tab (`data-screen="waiting"`, `data-state` = the status).\n\n**Use it** with the web form\'s `status` and `expiresAt`. The steps show where the customer is (the current one is `aria-current="step"`), the time left is announced at 10, 5, 2 and 1 minutes and 30 seconds, not every second. The form\'s URL works once, so the way back to it is offered only while the status is `NOT_YET_OPENED`; after that `onRestart` (secondary) is for a customer who closed the form\'s tab, and Cancel is a text button.\n\n**Copy**: reassure that this page updates by itself; never ask the customer to reload.',
      },
    },
  },
} satisfies Meta<typeof WaitingScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NotYetOpened: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Open the secure form' }));
    await expect(args.onOpen).toHaveBeenCalledOnce();
  },
};

export const InProgress: Story = {
  args: { status: 'IN_PROGRESS' },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.queryByRole('button', { name: 'Open the secure form' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** A payment: what the customer confirms at the bank stays in view. */
export const PaymentInProgress: Story = {
  args: {
    status: 'IN_PROGRESS',
    summary: {
      amount: { value: 249.9, currency: 'EUR' },
      payee: 'Demo Shop GmbH',
      purpose: 'Order 1042',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('€249.90')).toBeVisible();
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent(
      /Log in to your bank/,
    );
  },
};

export const AlmostExpired: Story = {
  args: { status: 'IN_PROGRESS', expiresAt: minutesFromNow(1.5) },
};

export const LastSeconds: Story = {
  args: { status: 'IN_PROGRESS', expiresAt: minutesFromNow(0.5) },
};

export const TimeUp: Story = { args: { status: 'IN_PROGRESS', expiresAt: minutesFromNow(-1) } };

export const PopupBlocked: Story = { args: { popupBlocked: true } };

export const WithoutExpiry: Story = { args: { status: 'IN_PROGRESS', expiresAt: undefined } };
