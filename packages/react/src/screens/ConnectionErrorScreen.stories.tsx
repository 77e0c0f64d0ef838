import { ProxyError } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ConnectionErrorScreen } from './ConnectionErrorScreen.tsx';

const meta = {
  title: 'Screens/Connection error',
  component: ConnectionErrorScreen,
  args: { onRetry: fn(), error: new ProxyError('network', 'Failed to fetch') },
  argTypes: { error: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The app\'s proxy could not be reached or answered something unusable (`data-screen="connection-error"`). Pass the flow\'s `error` (a `ProxyError`; its `kind` picks the wording) and `retry` as `onRetry`: the flow keeps its web form.',
      },
    },
  },
} satisfies Meta<typeof ConnectionErrorScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Offline: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

export const Timeout: Story = { args: { error: new ProxyError('timeout', 'No answer in 15 s') } };

export const ServerError: Story = {
  args: { error: new ProxyError('http', 'Service Unavailable', { status: 503 }), onCancel: fn() },
};

export const InvalidResponse: Story = {
  args: {
    error: new ProxyError('invalid-response', 'Not a WebForm', { status: 200, issues: ['status'] }),
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
