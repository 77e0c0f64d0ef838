import type { Meta, StoryObj } from '@storybook/react-vite';
import { CheckingScreen } from './CheckingScreen.tsx';

const meta = {
  title: 'Screens/Checking',
  component: CheckingScreen,
  parameters: {
    docs: {
      description: {
        component:
          'The return trip (`data-screen="checking"`): the user is back from finAPI\'s form and the proxy is confirming the outcome, because the return URL\'s parameters are only a hint. The spinner turns only when the user has not asked for reduced motion.',
      },
    },
  },
} satisfies Meta<typeof CheckingScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { theme: 'dark' } };
