/** finAPI's `WebFormType`: which service created the web form. */
export const WEB_FORM_TYPES = [
  'BANK_CONNECTION_IMPORT',
  'BANK_CONNECTION_UPDATE',
  'PAYMENT_WITH_ACCOUNT_ID',
  'STANDALONE_PAYMENT',
  'STANDING_ORDER',
  'DIRECT_DEBIT_WITH_ACCOUNT_ID',
] as const;

export type WebFormType = (typeof WEB_FORM_TYPES)[number];
