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
          'The web form expired (`data-screen="expired"`): its time ran out, or the user closed it and finAPI ended it in the background. `onRestart` starts over with a new form.',
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

export const Dark: Story = { globals: { theme: 'dark' } };
