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
          'The user cancelled in finAPI\'s form (`data-screen="aborted"`). `onRestart` starts over; `supportUrl` adds the support link, as finAPI\'s form shows it on cancellation.',
      },
    },
  },
} satisfies Meta<typeof AbortedScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithoutSupportLink: Story = { args: { supportUrl: undefined } };

export const Dark: Story = { globals: { theme: 'dark' } };
