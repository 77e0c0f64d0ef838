import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ExpiredScreen } from './ExpiredScreen.tsx';

const meta = {
  title: 'Screens/Expired',
  component: ExpiredScreen,
  args: { onRestart: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'finAPI\'s form expired (`data-screen="expired"`): its time ran out, or the customer closed it and finAPI ended it in the background.\n\n**Use it** with `onRestart` and the flow\'s `kind`: for payments the heading says that no payment was made.\n\n**Copy**: no blame; say that nothing was completed and that starting again is safe.',
      },
    },
  },
} satisfies Meta<typeof ExpiredScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** For payments the heading says what happened to the money. */
export const StandingOrder: Story = { args: { kind: 'standing-order' } };
