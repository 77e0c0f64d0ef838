import { ProxyError } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn } from 'storybook/test';
import { AbortedScreen } from './AbortedScreen.tsx';
import { CheckingScreen } from './CheckingScreen.tsx';
import { CompletedScreen } from './CompletedScreen.tsx';
import { CompletedWithErrorScreen } from './CompletedWithErrorScreen.tsx';
import { ConnectionErrorScreen } from './ConnectionErrorScreen.tsx';
import { ExpiredScreen } from './ExpiredScreen.tsx';
import { RedirectScreen } from './RedirectScreen.tsx';
import { WaitingScreen } from './WaitingScreen.tsx';
import { WebFormRequiredScreen } from './WebFormRequiredScreen.tsx';

const URL = 'https://webform.example/wf/946db09e-5bfc-11eb-ae93-0242ac130002';
const SUPPORT = 'https://bank.example/support';

/** Every screen once, with its actions, as a designer reviews them side by side. */
function AllScreens() {
  const action = fn();
  return (
    <>
      <RedirectScreen
        kind="standalone-payment"
        summary={{ amount: { value: 249.9, currency: 'EUR' }, payee: 'Demo Shop GmbH' }}
        onOpen={action}
        onCancel={action}
        countdown={60}
      />
      <WaitingScreen
        status="NOT_YET_OPENED"
        expiresAt={new Date(Date.now() + 19 * 60_000)}
        onOpen={action}
        onCancel={action}
      />
      <WaitingScreen
        status="IN_PROGRESS"
        expiresAt={new Date(Date.now() + 90_000)}
        onRestart={action}
        onCancel={action}
      />
      <CheckingScreen />
      <CompletedScreen resource="standing-order" onContinue={action} />
      <CompletedWithErrorScreen
        kind="standalone-payment"
        errorCode="INTERNAL_ERROR"
        supportReference="IE-946DB09E"
        onRestart={action}
        supportUrl={SUPPORT}
      />
      <CompletedWithErrorScreen
        errorCode="NO_ACCOUNTS_FOR_TYPE_LIST"
        onRestart={action}
        supportUrl={SUPPORT}
      />
      <ExpiredScreen onRestart={action} />
      <AbortedScreen onRestart={action} supportUrl={SUPPORT} />
      <WebFormRequiredScreen onOpen={action} onCancel={action} url={URL} popupBlocked />
      <ConnectionErrorScreen
        error={new ProxyError('timeout', 'slow')}
        onRetry={action}
        onCancel={action}
      />
      <ConnectionErrorScreen
        error={
          new ProxyError('http', 'Prepare required', { status: 403, code: 'PREPARE_REQUIRED' })
        }
        supportUrl={SUPPORT}
        onCancel={action}
      />
    </>
  );
}

const stack: CSSProperties = { display: 'grid', gap: '1rem' };

const meta = {
  title: 'Screens/Gallery',
  parameters: {
    docs: {
      description: {
        component:
          'Every screen side by side, in the language and theme of the toolbar, and squeezed into a 320 px column with text at 200 %. Each story is also an accessibility test over all the screens it shows. For every language in both themes at once, see "Every language and theme".',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryScreen: Story = {
  render: () => (
    <div style={stack}>
      <AllScreens />
    </div>
  ),
};

/**
 * WCAG's reflow case: a 320 CSS px column with text at 200 % (switch the toolbar to German for its
 * long words). The screens reflow by their own width, not the viewport's, so a narrow column in a
 * wide window behaves like a narrow phone: buttons stack full width, nothing scrolls sideways.
 */
export const Narrow320: Story = {
  render: () => (
    // The kit sizes its text in rem, as a browser's text zoom scales it: 2rem is 200 %.
    <div style={{ ...stack, width: 320, '--wfk-font-size': '2rem' } as CSSProperties}>
      <AllScreens />
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const root of canvasElement.querySelectorAll<HTMLElement>('[data-screen]')) {
      const screen = root.dataset['screen'];
      await expect({ screen, overflows: root.scrollWidth > root.clientWidth }).toEqual({
        screen,
        overflows: false,
      });
      const actions = root.querySelector<HTMLElement>('.wfk-screen__actions');
      for (const action of actions ? [...actions.children] : []) {
        const width = (action as HTMLElement).offsetWidth;
        await expect({ screen, fullWidth: width === actions?.clientWidth }).toEqual({
          screen,
          fullWidth: true,
        });
      }
    }
  },
};
