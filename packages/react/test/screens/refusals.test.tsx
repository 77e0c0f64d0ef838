import { ProxyError, ReturnUrlError } from '@webform-kit/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ConnectionErrorScreen } from '../../src/screens/index.ts';

const SUPPORT = 'https://bank.example/support';
const http = (status: number, code?: string) =>
  new ProxyError('http', `HTTP ${status}`, { status, code });

function renderRefusal(error: unknown) {
  const actions = { onRetry: vi.fn(), onRestart: vi.fn(), onCancel: vi.fn() };
  const { container } = render(
    <ConnectionErrorScreen error={error} supportUrl={SUPPORT} {...actions} />,
  );
  const root = container.firstElementChild;
  return { root, ...actions };
}

const heading = () => screen.getByRole('heading', { level: 2 });
const button = (name: string) => screen.queryByRole('button', { name });
const supportLink = () => screen.queryByRole('link', { name: /Contact customer support/ });

describe('connection-error screen: refusals are not network trouble', () => {
  it('keeps the broken-connection wording and Try again for connectivity', () => {
    const { root } = renderRefusal(new ProxyError('network', 'Failed to fetch'));
    expect(root).toHaveAttribute('data-screen', 'connection-error');
    expect(root).toHaveAttribute('data-state', 'connectivity');
    expect(heading()).toHaveTextContent('Connection problem');
    expect(button('Try again')).toBeInTheDocument();
    expect(supportLink()).toBeNull();
  });

  it('asks to wait and try later when an update of that bank connection already runs (409 LOCKED)', () => {
    const { root } = renderRefusal(http(409, 'LOCKED'));
    expect(root).toHaveAttribute('data-state', 'try-later');
    expect(heading()).toHaveTextContent('Not possible right now');
    expect(heading()).not.toHaveTextContent('Connection problem');
    expect(screen.getAllByText(/wait a few minutes/)[0]).toBeInTheDocument();
    expect(button('Try again')).toBeInTheDocument();
  });

  it.each([http(503, 'STORE_UNAVAILABLE'), http(500), http(502)])(
    'says the service did not answer, not that too much is under way, for a server fault ($status $code)',
    (error) => {
      const { root, onRetry } = renderRefusal(error);
      expect(root).toHaveAttribute('data-state', 'try-later');
      expect(heading()).toHaveTextContent('Not possible right now');
      expect(screen.getByText(/Our service did not answer as expected/)).toBeInTheDocument();
      expect(screen.queryByText(/too many attempts/)).toBeNull();
      button('Try again')?.click();
      expect(onRetry).toHaveBeenCalledOnce();
    },
  );

  it('sends to customer support, with a reference, when trying again cannot help', () => {
    const { root } = renderRefusal(http(409, 'ALREADY_COMPLETED'));
    expect(root).toHaveAttribute('data-state', 'contact-support');
    expect(heading()).toHaveTextContent('We cannot continue here');
    expect(button('Try again')).toBeNull();
    expect(supportLink()).toHaveAttribute('href', SUPPORT);
    expect(screen.getByText('Reference for customer support')).toBeInTheDocument();
    expect(screen.getByText('AC')).toBeInTheDocument();
    expect(button('Cancel')).toBeInTheDocument();
  });

  it.each([http(401), http(403), http(404)])(
    'offers Start again when the session is gone ($status)',
    (error) => {
      const { root, onRestart } = renderRefusal(error);
      expect(root).toHaveAttribute('data-state', 'start-again');
      expect(heading()).toHaveTextContent('Please start again');
      button('Start again')?.click();
      expect(onRestart).toHaveBeenCalledOnce();
      expect(button('Try again')).toBeNull();
    },
  );

  it.each([
    ['a missing prepare (403 PREPARE_REQUIRED)', http(403, 'PREPARE_REQUIRED')],
    ['a request the proxy rejects (400)', http(400, 'INVALID_REQUEST')],
    ['finAPI refusing the app (FINAPI_UNAUTHORIZED)', http(502, 'FINAPI_UNAUTHORIZED')],
    ['a refused return URL', new ReturnUrlError('returnTo', 'origin-not-allowed', 'x')],
  ])('says the app is set up wrongly for %s', (_, error) => {
    const { root } = renderRefusal(error);
    expect(root).toHaveAttribute('data-state', 'app-misconfigured');
    expect(heading()).toHaveTextContent('This service is not set up correctly');
    expect(supportLink()).toHaveAttribute('data-variant', 'primary');
    expect(button('Try again')).toBeNull();
  });

  it('says a payment’s result is unknown and offers no new attempt (409 PAYMENT_UNCERTAIN)', () => {
    render(
      <ConnectionErrorScreen
        kind="standing-order"
        error={http(409, 'PAYMENT_UNCERTAIN')}
        onRetry={() => {}}
        supportUrl={SUPPORT}
      />,
    );
    expect(heading()).toHaveTextContent(
      'It is not known yet whether your standing order was set up',
    );
    expect(screen.getAllByText(/To avoid paying twice/)[0]).toBeInTheDocument();
    expect(button('Try again')).toBeNull();
    expect(supportLink()).toBeInTheDocument();
  });
});
