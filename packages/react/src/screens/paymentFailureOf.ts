import type { WebFormKind } from '@webform-kit/core';
import type { MessageKey } from '../i18n/Messages.ts';
import { flowWordingOf } from './flowWording.ts';

/**
 * What a failed payment flow tells about the money: `not-made` where finAPI's answer says so,
 * `unknown` where it does not (the bank may still carry the order out).
 */
export type PaymentResult = 'not-made' | 'unknown';

export interface PaymentFailure {
  result: PaymentResult;
  /** The heading that says it, in the words of the flow (payment, standing order, direct debit). */
  heading: MessageKey;
}

// Codes after which a payment may exist at the bank even without a paymentId: finAPI's
// unexplained errors, and the proxy's refusal to pay again after such an error (issue 10).
const UNKNOWN_RESULT_CODES: readonly string[] = [
  'INTERNAL_ERROR',
  'UNEXPECTED_ACCESS_RESPONSE',
  'PAYMENT_UNCERTAIN',
];

/**
 * For a payment kind (standalone payment, payment with account id, direct debit, standing
 * order), what happened to the money when the flow failed; `undefined` for the bank connection
 * kinds. Aborted and expired forms (no `error`) made no payment; an error made none unless it
 * carries a `paymentId` or is one of finAPI's unexplained errors.
 *
 * @example
 * paymentFailureOf('standalone-payment', { errorCode: 'BANK_SERVER_REJECTION' })?.result; // 'not-made'
 * paymentFailureOf('standalone-payment', { errorCode: 'BANK_SERVER_REJECTION', paymentId: 7 })?.result; // 'unknown'
 */
export function paymentFailureOf(
  kind: WebFormKind | undefined,
  error?: { errorCode?: string | null | undefined; paymentId?: number | null | undefined },
): PaymentFailure | undefined {
  const wording = kind === undefined ? undefined : flowWordingOf(kind);
  if (wording === undefined || wording === 'import' || wording === 'update') return undefined;
  const unknown =
    error !== undefined &&
    (error.paymentId != null || UNKNOWN_RESULT_CODES.includes(error.errorCode ?? ''));
  return unknown
    ? { result: 'unknown', heading: `payment.unknown.${wording}` }
    : { result: 'not-made', heading: `payment.notMade.${wording}` };
}
