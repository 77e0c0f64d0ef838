import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AbortedScreen,
  CompletedScreen,
  ExpiredScreen,
  I18nProvider,
  RedirectScreen,
  WaitingScreen,
} from '../../src/screens/index.ts';
import { de } from '../../src/i18n/locales/de.ts';

const SUMMARY = {
  amount: { value: 1249.5, currency: 'EUR' },
  payee: 'Demo Shop GmbH',
  purpose: 'Order 1042',
  reference: 'ORDER-1042',
};

/** The summary's terms and their values, as a screen reader lists them. */
const summaryOf = () =>
  screen
    .getAllByRole('term')
    .map((term) => [term.textContent, term.nextElementSibling?.textContent]);

describe('summary: what is about to happen', () => {
  it('the redirect screen shows the amount, the recipient and the purpose', () => {
    render(<RedirectScreen kind="standalone-payment" summary={SUMMARY} />);
    expect(summaryOf()).toEqual([
      ['Amount', '€1,249.50'],
      ['Recipient', 'Demo Shop GmbH'],
      ['Purpose', 'Order 1042'],
    ]);
  });

  it('formats the amount in the active language', () => {
    render(
      <I18nProvider locale={de}>
        <WaitingScreen status="IN_PROGRESS" summary={SUMMARY} />
      </I18nProvider>,
    );
    expect(summaryOf()[0]).toEqual(['Betrag', '1.249,50\u00a0€']);
  });

  it('shows nothing when the app’s backend sent no summary', () => {
    render(<RedirectScreen kind="standalone-payment" />);
    expect(screen.queryByRole('term')).toBeNull();
  });
});

describe('receipt', () => {
  it('the completed screen lists amount, recipient, reference and finAPI’s payment id', () => {
    render(<CompletedScreen resource="payment" summary={SUMMARY} paymentId={98765} />);
    expect(summaryOf()).toEqual([
      ['Amount', '€1,249.50'],
      ['Recipient', 'Demo Shop GmbH'],
      ['Reference', 'ORDER-1042'],
      ['Payment ID', '98765'],
    ]);
  });

  it('names the done action for where it leads', () => {
    const onContinue = vi.fn();
    render(
      <CompletedScreen
        resource="payment"
        onContinue={onContinue}
        continueLabel="Back to the shop"
      />,
    );
    screen.getByRole('button', { name: 'Back to the shop' }).click();
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('says Continue when the app names nothing', () => {
    render(<CompletedScreen resource="payment" onContinue={() => {}} />);
    expect(screen.getByRole('button', { name: 'Continue' })).toBeInTheDocument();
  });
});

describe('aborted and expired payments', () => {
  it.each([
    [<AbortedScreen kind="payment-with-account-id" />, 'No payment was made'],
    [<ExpiredScreen kind="standing-order" />, 'No standing order was set up'],
    [<AbortedScreen kind="bank-connection-import" />, 'Process cancelled'],
    [<ExpiredScreen />, 'The secure form has expired'],
  ])('say what happened to the money where there was money: %#', (element, text) => {
    render(element);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(text);
  });
});
