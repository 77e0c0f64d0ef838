import { WEB_FORM_KINDS } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { paymentFailureOf } from '../../src/screens/paymentFailureOf.ts';

describe('paymentFailureOf', () => {
  it.each([
    ['aborted or expired (no error)', undefined, 'not-made'],
    ['an error without a paymentId', { errorCode: 'BANK_SERVER_REJECTION' }, 'not-made'],
    ['an error without any code', { errorCode: null, paymentId: null }, 'not-made'],
    [
      'an error that carries a paymentId',
      { errorCode: 'BANK_SERVER_REJECTION', paymentId: 7 },
      'unknown',
    ],
    ['INTERNAL_ERROR', { errorCode: 'INTERNAL_ERROR' }, 'unknown'],
    ['UNEXPECTED_ACCESS_RESPONSE', { errorCode: 'UNEXPECTED_ACCESS_RESPONSE' }, 'unknown'],
    ['the proxy’s PAYMENT_UNCERTAIN', { errorCode: 'PAYMENT_UNCERTAIN' }, 'unknown'],
  ] as const)('a payment after %s: %s', (_, error, result) => {
    expect(paymentFailureOf('standalone-payment', error)?.result).toBe(result);
  });

  it.each([
    ['standalone-payment', 'payment.notMade.payment', 'payment.unknown.payment'],
    ['payment-with-account-id', 'payment.notMade.payment', 'payment.unknown.payment'],
    ['direct-debit-with-account-id', 'payment.notMade.directDebit', 'payment.unknown.directDebit'],
    ['standing-order', 'payment.notMade.standingOrder', 'payment.unknown.standingOrder'],
  ] as const)('%s: headings in the words of the flow', (kind, notMade, unknown) => {
    expect(paymentFailureOf(kind)?.heading).toBe(notMade);
    expect(paymentFailureOf(kind, { paymentId: 1 })?.heading).toBe(unknown);
  });

  it('says nothing about money for bank connections', () => {
    const bankKinds = WEB_FORM_KINDS.filter((kind) => kind.startsWith('bank-connection'));
    expect(bankKinds).toHaveLength(2);
    for (const kind of bankKinds) expect(paymentFailureOf(kind, { paymentId: 1 })).toBeUndefined();
    expect(paymentFailureOf(undefined)).toBeUndefined();
  });
});
