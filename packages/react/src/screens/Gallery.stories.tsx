import { ProxyError } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn } from 'storybook/test';
import { LOCALES } from '../../test/screens/locales.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
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
function EveryScreen() {
  const action = fn();
  return (
    <>
      <RedirectScreen
        kind="standalone-payment"
        onOpen={action}
        onCancel={action}
        openIn="new-tab"
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
          'Every screen side by side: in each theme, in every language, and squeezed to 320 px with text at 200 %. Each of these stories is also an accessibility test over all the screens it shows.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = {
  globals: { theme: 'light' },
  render: () => (
    <div style={stack}>
      <EveryScreen />
    </div>
  ),
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  render: () => (
    <div style={stack}>
      <EveryScreen />
    </div>
  ),
  play: async ({ canvasElement }) => {
    // The axe run after this story checks contrast against the dark palette, not the light one.
    for (const root of canvasElement.querySelectorAll('[data-screen]')) {
      await expect(getComputedStyle(root).backgroundColor).toBe('rgb(22, 27, 36)');
    }
  },
};

/** The redirect and error screens in each of finAPI's 11 languages. */
export const EveryLanguage: Story = {
  render: () => (
    <div style={stack}>
      {Object.values(LOCALES).map((locale) => (
        <I18nProvider key={locale.lang} locale={locale}>
          <RedirectScreen kind="bank-connection-import" onOpen={fn()} countdown={30} />
          <CompletedWithErrorScreen
            errorCode="BANK_SERVER_REJECTION"
            onRestart={fn()}
            supportUrl={SUPPORT}
          />
        </I18nProvider>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const roots = [...canvasElement.querySelectorAll('[data-screen="redirect"]')];
    await expect(roots.map((root) => root.getAttribute('lang') ?? 'page')).toEqual(
      Object.keys(LOCALES).map((lang) => (lang === 'en' ? expect.any(String) : lang)),
    );
  },
};

/**
 * WCAG's reflow case: 320 CSS px wide with text at 200 %, German for its long words. No screen may
 * need horizontal scrolling.
 */
export const NarrowWithLargeText: Story = {
  globals: { locale: 'de' },
  render: () => (
    <div style={{ ...stack, width: 320, fontSize: '200%' }}>
      <EveryScreen />
    </div>
  ),
  play: async ({ canvasElement }) => {
    for (const root of canvasElement.querySelectorAll<HTMLElement>('[data-screen]')) {
      await expect({
        screen: root.dataset['screen'],
        overflows: root.scrollWidth > root.clientWidth,
      }).toEqual({
        screen: root.dataset['screen'],
        overflows: false,
      });
    }
  },
};
