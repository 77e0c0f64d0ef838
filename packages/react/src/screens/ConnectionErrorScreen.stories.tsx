import { ProxyError, ReturnUrlError } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ConnectionErrorScreen } from './ConnectionErrorScreen.tsx';

const meta = {
  title: 'Screens/Connection error',
  component: ConnectionErrorScreen,
  args: {
    onRetry: fn(),
    onRestart: fn(),
    onCancel: fn(),
    supportUrl: 'https://bank.example/support',
    error: new ProxyError('network', 'Failed to fetch'),
  },
  argTypes: { error: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'A call to the app\'s proxy failed (`data-screen="connection-error"`, `data-state` = the class).\n\n**Use it** with the flow\'s `error`, `retry`, `restart`, `cancel` and `supportUrl`. The error is classified: `connectivity` (offline, a timeout, an unusable answer: Try again, nothing is lost), `try-later` (409 `LOCKED`, `FLOW_IN_PROGRESS`, 429, 5xx), `contact-support` (a refusal trying again cannot change, such as `PAYMENT_UNCERTAIN`), `start-again` (401, 403, 404: the session or flow is gone) and `app-misconfigured` (a refused return URL, `PREPARE_REQUIRED`, 400, `FINAPI_UNAUTHORIZED`). Each has its own words, pictogram and next step; only connectivity says "Connection problem".\n\n**Copy**: never blame the customer\'s connection for the app\'s own refusal.',
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

/** A 5xx, such as the proxy's 503 `STORE_UNAVAILABLE`: the service is down for a moment. */
export const ServerError: Story = {
  args: {
    error: new ProxyError('http', 'Service Unavailable', {
      status: 503,
      code: 'STORE_UNAVAILABLE',
    }),
    onCancel: fn(),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Not possible right now' })).toBeVisible();
    await expect(canvas.getByText(/Our service did not answer as expected/)).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 409 `LOCKED`: an update of that bank connection already runs. */
export const TryLater: Story = {
  args: { error: new ProxyError('http', 'Locked', { status: 409, code: 'LOCKED' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Not possible right now' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** 409 `PAYMENT_UNCERTAIN`: an earlier payment for this order may exist at the bank. */
export const ContactSupport: Story = {
  args: {
    kind: 'standalone-payment',
    error: new ProxyError('http', 'Payment uncertain', { status: 409, code: 'PAYMENT_UNCERTAIN' }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
    await expect(canvas.getByRole('link', { name: /Contact customer support/ })).toBeVisible();
  },
};

/** 401: the session ended (a long break, cookies cleared). */
export const StartAgain: Story = {
  args: { error: new ProxyError('http', 'Unauthorized', { status: 401 }) },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start again' }));
    await expect(args.onRestart).toHaveBeenCalledOnce();
  },
};

/** A return URL the kit refuses: the app's `returnTo` or allowed origins are wrong. */
export const AppMisconfigured: Story = {
  args: {
    error: new ReturnUrlError(
      'returnTo',
      'origin-not-allowed',
      'https://evil.example is not allowed',
    ),
  },
};

export const InvalidResponse: Story = {
  args: {
    error: new ProxyError('invalid-response', 'Not a WebForm', { status: 200, issues: ['status'] }),
  },
};
