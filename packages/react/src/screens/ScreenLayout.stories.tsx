import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { CheckingScreen } from './CheckingScreen.tsx';
import { CompletedScreen } from './CompletedScreen.tsx';
import { Illustration } from './Illustration.tsx';
import { ScreenButton } from './ScreenButton.tsx';
import { ScreenLayout } from './ScreenLayout.tsx';
import { WaitingScreen } from './WaitingScreen.tsx';

const meta = {
  title: 'Screens/Screen layout',
  component: ScreenLayout,
  args: {
    screen: 'completed',
    heading: 'Welcome to your new account',
    lead: 'Your bank account is connected. We will import your transactions of the last 90 days.',
  },
  parameters: {
    docs: {
      description: {
        component:
          'The frame every screen shares, for integrators who build a screen of their own: a region named by its heading, `data-screen`, the illustration, lead, content, actions and footer slots, focus on the heading when `autoFocus` is set, and a polite live region that speaks `announcement`.',
      },
    },
  },
} satisfies Meta<typeof ScreenLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomScreen: Story = {
  args: {
    illustration: <Illustration name="success" />,
    actions: <ScreenButton>Show my transactions</ScreenButton>,
    footer: <small>You can disconnect the account at any time in your settings.</small>,
  },
};

const SEQUENCE = ['waiting', 'checking', 'completed'] as const;

/**
 * Screens replacing one another as in a real flow: after the first, each new screen takes focus on
 * its heading and announces its news politely.
 */
export const FocusMovesOnScreenChange: Story = {
  render: function Render() {
    const [step, setStep] = useState(0);
    const next = (
      <ScreenButton variant="secondary" onClick={() => setStep((s) => (s + 1) % SEQUENCE.length)}>
        Next screen
      </ScreenButton>
    );
    const autoFocus = step > 0;
    switch (SEQUENCE[step]) {
      case 'checking':
        return <CheckingScreen autoFocus={autoFocus} actions={next} />;
      case 'completed':
        return <CompletedScreen autoFocus={autoFocus} resource="payment" actions={next} />;
      default:
        return <WaitingScreen status="IN_PROGRESS" autoFocus={autoFocus} actions={next} />;
    }
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 2 })).not.toHaveFocus();
    // By keyboard, so Chromium counts the kit's focus on the next heading as :focus-visible (as it
    // does after a page load): there is nothing to operate there, so it draws no ring.
    canvas.getByRole('button', { name: 'Next screen' }).focus();
    await userEvent.keyboard('{Enter}');
    const checking = canvas.getByRole('heading', { name: 'Checking the result' });
    await expect(checking).toHaveFocus();
    await expect(checking.matches(':focus-visible')).toBe(true);
    await expect(getComputedStyle(checking).outlineStyle).toBe('none');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/One moment, please/));
    await userEvent.click(canvas.getByRole('button', { name: 'Next screen' }));
    await expect(canvas.getByRole('heading', { name: 'Payment submitted' })).toHaveFocus();
  },
};
