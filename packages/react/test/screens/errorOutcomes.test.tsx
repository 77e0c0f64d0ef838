import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompletedWithErrorScreen } from '../../src/screens/index.ts';

const SUPPORT = 'https://bank.example/support';
const heading = () => screen.getByRole('heading', { level: 2 });
const button = (name: string) => screen.queryByRole('button', { name });
const supportLink = () => screen.queryByRole('link', { name: /Contact customer support/ });

describe('completed-with-error: the next step fits the code', () => {
  it('ENTITY_EXISTS is neutral information with Continue, not a failure with Try again', () => {
    const onContinue = vi.fn();
    const { container } = render(
      <CompletedWithErrorScreen
        errorCode="ENTITY_EXISTS"
        onContinue={onContinue}
        onRestart={() => {}}
        continueLabel="Go to my accounts"
      />,
    );
    expect(container.firstElementChild).not.toHaveAttribute('data-tone');
    expect(container.querySelector('[data-illustration]')).toHaveAttribute(
      'data-illustration',
      'info',
    );
    expect(button('Try again')).toBeNull();
    button('Go to my accounts')?.click();
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('MANDATOR_MISCONFIGURATION leads to customer support, which the customer needs, not to Try again', () => {
    render(
      <CompletedWithErrorScreen
        errorCode="MANDATOR_MISCONFIGURATION"
        onRestart={() => {}}
        supportUrl={SUPPORT}
      />,
    );
    expect(supportLink()).toHaveAttribute('data-variant', 'primary');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(button('Try again')).toBeNull();
  });

  it('BANK_SERVER_REJECTION: Try again, the support link in the footer, and no reference', () => {
    const { container } = render(
      <CompletedWithErrorScreen
        errorCode="BANK_SERVER_REJECTION"
        onRestart={() => {}}
        supportUrl={SUPPORT}
      />,
    );
    expect(container.firstElementChild).toHaveAttribute('data-tone', 'danger');
    expect(button('Try again')).toHaveAttribute('data-variant', 'primary');
    expect(supportLink()).not.toHaveAttribute('data-variant');
    expect(button('Copy')).toBeNull();
  });
});

describe('support reference', () => {
  it('is short, and the copy button puts it on the clipboard and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    render(
      <CompletedWithErrorScreen
        errorCode="INTERNAL_ERROR"
        supportReference="IE-946DB09E"
        supportUrl={SUPPORT}
      />,
    );
    expect(screen.getByText('IE-946DB09E')).toBeInTheDocument();
    const copy = screen.getByRole('button', { name: 'Copy' });
    expect(copy).toHaveAccessibleDescription('Reference for customer support');
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith('IE-946DB09E');
    await waitFor(() => expect(screen.getByText('Copied')).toBeInTheDocument());
  });

  it('selects the reference for copying by hand where the page has no clipboard', async () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      render(<CompletedWithErrorScreen errorCode="INTERNAL_ERROR" supportReference="IE-1" />);
      screen.getByRole('button', { name: 'Copy' }).click();
      expect(getSelection()?.toString()).toBe('IE-1');
      expect(screen.queryByText('Copied')).toBeNull();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('is built from the code and the web form id by default, and null hides it', () => {
    const { rerender } = render(
      <CompletedWithErrorScreen errorCode="UNEXPECTED_ACCESS_RESPONSE" />,
    );
    expect(screen.getByText('UAR')).toBeInTheDocument();
    rerender(
      <CompletedWithErrorScreen errorCode="UNEXPECTED_ACCESS_RESPONSE" supportReference={null} />,
    );
    expect(button('Copy')).toBeNull();
  });
});

describe('completed-with-error of a payment: what happened to the money', () => {
  it('an error without a paymentId: no payment was made, and the code explains why', () => {
    render(
      <CompletedWithErrorScreen
        kind="standalone-payment"
        errorCode="BANK_SERVER_REJECTION"
        paymentId={null}
        onRestart={() => {}}
      />,
    );
    expect(heading()).toHaveTextContent('No payment was made');
    expect(document.querySelector('.wfk-screen__lead')).toHaveTextContent(/Your bank stopped/);
    expect(button('Try again')).toBeInTheDocument();
  });

  it.each([
    ['an error that carries a paymentId', 'BANK_SERVER_REJECTION', 4711],
    ['INTERNAL_ERROR', 'INTERNAL_ERROR', null],
    ['UNEXPECTED_ACCESS_RESPONSE', 'UNEXPECTED_ACCESS_RESPONSE', null],
  ])(
    '%s: the result is not known yet, how to check, support instead of paying twice',
    (_, errorCode, paymentId) => {
      const { container } = render(
        <CompletedWithErrorScreen
          kind="direct-debit-with-account-id"
          errorCode={errorCode}
          paymentId={paymentId}
          onRestart={() => {}}
          supportUrl={SUPPORT}
        />,
      );
      expect(container.firstElementChild).toHaveAttribute('data-tone', 'warning');
      expect(heading()).toHaveTextContent('The result of your direct debit is not known yet');
      expect(document.querySelector('.wfk-screen__lead')).toHaveTextContent(
        /check your account or banking app/,
      );
      expect(button('Try again')).toBeNull();
      expect(supportLink()).toHaveAttribute('data-variant', 'primary');
      expect(button('Copy')).toBeInTheDocument();
    },
  );
});
