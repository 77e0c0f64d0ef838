import type { WebFormType } from '@webform-kit/core';
import type { FormPurpose } from './messages/index.ts';

const PURPOSES: Record<WebFormType, FormPurpose> = {
  BANK_CONNECTION_IMPORT: 'connect',
  BANK_CONNECTION_UPDATE: 'update',
  STANDALONE_PAYMENT: 'payment',
  PAYMENT_WITH_ACCOUNT_ID: 'payment',
  DIRECT_DEBIT_WITH_ACCOUNT_ID: 'directDebit',
  STANDING_ORDER: 'standingOrder',
};

/** What a web form of a type is for, as the hosted page words it. */
export function purposeOf(type: WebFormType): FormPurpose {
  return PURPOSES[type];
}
