import { KNOWN_WEB_FORM_ERROR_CODES, ProxyError } from '@webform-kit/core';
import { render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import {
  AbortedScreen,
  CheckingScreen,
  CompletedScreen,
  CompletedWithErrorScreen,
  ConnectionErrorScreen,
  ExpiredScreen,
  RedirectScreen,
  SCREEN_NAMES,
  WaitingScreen,
  WebFormRequiredScreen,
} from '../../src/screens/index.ts';
import { enMessages } from '../../src/i18n/locales/en.ts';

const SUPPORT = 'https://bank.example/support';

/** Every screen in a typical state, with the heading it must show. */
const SCREENS: [name: string, element: ReactElement, heading: string][] = [
  ['redirect', <RedirectScreen onOpen={() => {}} />, 'Connect your bank account'],
  ['waiting', <WaitingScreen status="IN_PROGRESS" />, 'Please complete the secure form'],
  ['checking', <CheckingScreen />, 'Checking the result'],
  ['completed', <CompletedScreen resource="payment" />, 'Payment submitted'],
  [
    'completed-with-error',
    <CompletedWithErrorScreen errorCode="BANK_SERVER_REJECTION" />,
    'Your bank declined the request',
  ],
  ['expired', <ExpiredScreen />, 'The secure form has expired'],
  ['aborted', <AbortedScreen />, 'Process cancelled'],
  ['web-form-required', <WebFormRequiredScreen />, 'Your bank needs your confirmation'],
  ['connection-error', <ConnectionErrorScreen />, 'Connection problem'],
];

describe('screens', () => {
  it('there is a screen for every data-screen value of the contract', () => {
    expect(SCREENS.map(([name]) => name).sort()).toEqual([...SCREEN_NAMES].sort());
  });

  it.each(SCREENS)(
    '%s: marks its root with data-screen and shows its heading',
    (name, element, heading) => {
      const { container } = render(element);
      const root = container.firstElementChild as HTMLElement;
      expect(root).toHaveAttribute('data-screen', name);
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
      // The root is a region named by its heading, so it can be found by role too.
      expect(screen.getByRole('region', { name: heading })).toBe(root);
    },
  );

  it.each(SCREENS)('%s: has a polite live region', (_, element) => {
    render(element);
    expect(screen.getByRole('status')).toHaveAttribute('aria-live', 'polite');
  });

  it('sets the heading level an app asks for', () => {
    render(<ExpiredScreen headingLevel={1} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The secure form has expired',
    );
  });
});

describe('redirect screen', () => {
  it.each([
    ['bank-connection-import', 'Connect your bank account'],
    ['bank-connection-update', 'Update your bank connection'],
    ['standalone-payment', 'Confirm your payment with your bank'],
    ['payment-with-account-id', 'Confirm your payment with your bank'],
    ['standing-order', 'Set up your standing order with your bank'],
    ['direct-debit-with-account-id', 'Confirm your direct debit with your bank'],
  ] as const)('words the %s flow for itself', (kind, heading) => {
    render(<RedirectScreen kind={kind} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(heading);
    // Why the user leaves: a regulated provider's form asks for the bank login, not the app.
    expect(screen.getByText(/finAPI, a regulated/)).toHaveTextContent(/never in this app/);
  });

  it('explains the next steps as a list', () => {
    render(<RedirectScreen />);
    expect(
      screen.getByRole('heading', { level: 3, name: 'What happens next' }),
    ).toBeInTheDocument();
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('notes that a new tab opens only when it does', () => {
    const { rerender } = render(<RedirectScreen openIn="same-tab" />);
    expect(screen.queryByText(/opens in a new tab/)).toBeNull();
    rerender(<RedirectScreen openIn="new-tab" />);
    expect(screen.getByText(/The form opens in a new tab/)).toBeInTheDocument();
  });
});

describe('completed screen', () => {
  it.each([
    [{ resource: 'bank-connection' } as const, 'Bank account connected'],
    [
      { resource: 'bank-connection', kind: 'bank-connection-update' } as const,
      'Bank connection updated',
    ],
    [{ resource: 'payment' } as const, 'Payment submitted'],
    [{ resource: 'standing-order' } as const, 'Standing order set up'],
    [
      { resource: 'payment', kind: 'direct-debit-with-account-id' } as const,
      'Direct debit submitted',
    ],
  ])('words %o in its own words', (props, heading) => {
    render(<CompletedScreen {...props} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(heading);
  });
});

describe('completed-with-error screen', () => {
  it.each(KNOWN_WEB_FORM_ERROR_CODES)('%s has its own explanation, not the general one', (code) => {
    const { container } = render(<CompletedWithErrorScreen errorCode={code} />);
    expect(container.firstElementChild).toHaveAttribute('data-state', code);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      enMessages[`error.heading.${code}`],
    );
    expect(screen.getByText(enMessages[`error.body.${code}`])).toBeInTheDocument();
    expect(screen.queryByText(enMessages['error.body.general'])).toBeNull();
    // finAPI's enum is for the app's backend, never for the customer's eyes.
    expect(container).not.toHaveTextContent(code);
  });

  it('gives a code the kit does not know the general explanation, and a reference for support', () => {
    const { container } = render(<CompletedWithErrorScreen errorCode="SOME_FUTURE_CODE" />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'The process could not be completed',
    );
    expect(screen.getByText(enMessages['error.body.general'])).toBeInTheDocument();
    expect(screen.getByText('Reference for customer support')).toBeInTheDocument();
    expect(container).not.toHaveTextContent('SOME_FUTURE_CODE');
  });

  it('gives a missing code the general explanation', () => {
    render(<CompletedWithErrorScreen errorCode={null} />);
    expect(screen.getByText(enMessages['error.body.general'])).toBeInTheDocument();
  });
});

describe('connection-error screen', () => {
  it.each([
    [new ProxyError('network', 'offline'), /check your internet connection/],
    [new ProxyError('timeout', 'slow'), /taking too long/],
    [new ProxyError('invalid-response', 'nonsense', { status: 200 }), /did not answer as expected/],
    [new TypeError('unexpected'), /did not answer as expected/],
  ])('explains %s in words that fit', (error, text) => {
    render(<ConnectionErrorScreen error={error} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Connection problem');
    expect(screen.getByText(text)).toHaveTextContent(/Nothing is lost/);
  });
});

describe('customer support link', () => {
  const supportLink = () => screen.queryByRole('link', { name: /Contact customer support/ });

  it('appears after an error, opening in a new tab', () => {
    render(<CompletedWithErrorScreen errorCode="INTERNAL_ERROR" supportUrl={SUPPORT} />);
    expect(supportLink()).toHaveAttribute('href', SUPPORT);
    expect(supportLink()).toHaveAttribute('target', '_blank');
    expect(supportLink()).toHaveAccessibleName('Contact customer support (opens in a new tab)');
  });

  it('appears after a cancellation', () => {
    render(<AbortedScreen supportUrl={SUPPORT} />);
    expect(supportLink()).toHaveAttribute('href', SUPPORT);
  });

  it('is absent when no support page is given', () => {
    render(<AbortedScreen />);
    expect(supportLink()).toBeNull();
  });

  it.each(SCREENS.filter(([name]) => name !== 'completed-with-error' && name !== 'aborted'))(
    '%s: never shows it (finAPI shows it only on error and cancellation)',
    (_, element) => {
      render(element);
      expect(supportLink()).toBeNull();
    },
  );
});

describe('slots', () => {
  it('replaces the illustration, or removes it with null', () => {
    const { container, rerender } = render(<CompletedScreen illustration={<span>🏦</span>} />);
    expect(container.querySelector('.wfk-screen__illustration')).toHaveTextContent('🏦');
    rerender(<CompletedScreen illustration={null} />);
    expect(container.querySelector('.wfk-screen__illustration')).toBeNull();
  });

  it('replaces the actions and the footer, and adds children after the text', () => {
    render(
      <AbortedScreen
        onRestart={() => {}}
        supportUrl={SUPPORT}
        actions={<button type="button">Back to the shop</button>}
        footer={<p>Questions? Call us.</p>}
      >
        <p>Order 4711</p>
      </AbortedScreen>,
    );
    expect(screen.getByRole('button', { name: 'Back to the shop' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start again' })).toBeNull();
    expect(screen.getByText('Questions? Call us.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /customer support/ })).toBeNull();
    expect(screen.getByText('Order 4711')).toBeInTheDocument();
  });

  it('hands the screen’s own buttons to an actions function, to add to them', () => {
    render(
      <ExpiredScreen
        onRestart={() => {}}
        actions={(defaults) => (
          <>
            {defaults}
            <button type="button">Back to the shop</button>
          </>
        )}
      />,
    );
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Start again',
      'Back to the shop',
    ]);
  });

  it('removes the buttons with actions={null}', () => {
    const { container } = render(<ExpiredScreen onRestart={() => {}} actions={null} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(container.querySelector('.wfk-screen__actions')).toBeNull();
  });

  it('gives a screen’s messages to everything inside it, the support link included', () => {
    render(
      <AbortedScreen
        supportUrl={SUPPORT}
        messages={{ 'common.support': 'Call us', 'aborted.heading': 'Stopped' }}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Stopped');
    expect(screen.getByRole('link', { name: /Call us/ })).toHaveAttribute('href', SUPPORT);
  });
});
