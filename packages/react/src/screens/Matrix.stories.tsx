import { ProxyError } from '@webform-kit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactElement } from 'react';
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

const SUMMARY = {
  amount: { value: 249.9, currency: 'EUR' },
  payee: 'Demo Shop GmbH',
  purpose: 'Order 1042',
  reference: 'ORDER-1042',
};
const SUPPORT = 'https://bank.example/support';
const THEMES = ['light', 'dark'] as const;

/**
 * One screen in each of the 11 languages, each in light and dark, side by side: what a reviewer
 * compares (long German words, Polish plurals, Turkish casing) without touching the toolbar. The
 * cells pin their own language and theme, so the toolbar's apply to the other stories only.
 */
function EveryLanguageAndTheme({ screen }: { screen: ReactElement }) {
  return (
    <main
      aria-label="Every language in light and dark"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(22rem, 1fr))',
        gap: '1rem',
      }}
    >
      {Object.values(LOCALES).flatMap((locale) =>
        THEMES.map((theme) => (
          <figure
            key={`${locale.lang}-${theme}`}
            data-theme={theme}
            style={{
              display: 'grid',
              alignContent: 'start',
              gap: '0.5rem',
              margin: 0,
              padding: '0.75rem',
              borderRadius: '0.75rem',
              background: 'var(--wfk-color-note)',
              color: 'var(--wfk-color-text)',
              fontFamily: 'var(--wfk-font-family)',
            }}
          >
            <figcaption>
              {locale.lang} · {theme}
            </figcaption>
            <I18nProvider locale={locale}>{screen}</I18nProvider>
          </figure>
        )),
      )}
    </main>
  );
}

const meta = {
  title: 'Screens/Every language and theme',
  parameters: {
    docs: {
      description: {
        component:
          "Each screen in all 11 languages of finAPI's form, in light and dark: the browsable matrix. Every story here is also an accessibility test over its 22 screens (the same region name appears once per theme by design, so axe's landmark-unique check is off here only).",
      },
    },
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story of the matrix for one screen, checking that every cell rendered it. */
function matrixOf(screen: ReactElement, name: string): Story {
  return {
    render: () => <EveryLanguageAndTheme screen={screen} />,
    play: async ({ canvasElement }) => {
      const roots = canvasElement.querySelectorAll(`[data-screen="${name}"]`);
      await expect(roots).toHaveLength(Object.keys(LOCALES).length * THEMES.length);
    },
  };
}

export const Redirect = matrixOf(
  <RedirectScreen kind="standalone-payment" summary={SUMMARY} onOpen={fn()} onCancel={fn()} />,
  'redirect',
);

export const Waiting = matrixOf(
  <WaitingScreen
    status="IN_PROGRESS"
    expiresAt={new Date(Date.now() + 12 * 60_000)}
    summary={SUMMARY}
    onRestart={fn()}
    onCancel={fn()}
  />,
  'waiting',
);

export const Checking = matrixOf(<CheckingScreen />, 'checking');

export const Completed = matrixOf(
  <CompletedScreen
    resource="payment"
    kind="standalone-payment"
    summary={SUMMARY}
    paymentId={98765}
    onContinue={fn()}
  />,
  'completed',
);

export const CompletedWithError = matrixOf(
  <CompletedWithErrorScreen
    errorCode="INTERNAL_ERROR"
    supportReference="IE-946DB09E"
    supportUrl={SUPPORT}
    onRestart={fn()}
  />,
  'completed-with-error',
);

export const Expired = matrixOf(
  <ExpiredScreen kind="standing-order" onRestart={fn()} />,
  'expired',
);

export const Aborted = matrixOf(
  <AbortedScreen kind="bank-connection-import" onRestart={fn()} supportUrl={SUPPORT} />,
  'aborted',
);

export const WebFormRequired = matrixOf(
  <WebFormRequiredScreen onOpen={fn()} onCancel={fn()} />,
  'web-form-required',
);

export const ConnectionError = matrixOf(
  <ConnectionErrorScreen
    error={new ProxyError('http', 'Locked', { status: 409, code: 'LOCKED' })}
    onRetry={fn()}
    onCancel={fn()}
  />,
  'connection-error',
);
