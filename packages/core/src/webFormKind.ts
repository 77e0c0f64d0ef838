import type { WebFormType } from './webFormTypes.ts';

/**
 * The kinds of web form the proxy creates, as they appear in its routes
 * (`POST /api/webforms/{kind}`): the kebab-case of finAPI's path segment.
 */
export const WEB_FORM_KINDS = [
  'bank-connection-import',
  'bank-connection-update',
  'standalone-payment',
  'payment-with-account-id',
  'direct-debit-with-account-id',
  'standing-order',
] as const;
export type WebFormKind = (typeof WEB_FORM_KINDS)[number];

const FINAPI_PATHS = {
  'bank-connection-import': 'bankConnectionImport',
  'bank-connection-update': 'bankConnectionUpdate',
  'standalone-payment': 'standalonePayment',
  'payment-with-account-id': 'paymentWithAccountId',
  'direct-debit-with-account-id': 'directDebitWithAccountId',
  'standing-order': 'standingOrder',
} as const satisfies Record<WebFormKind, string>;

const TYPES = {
  'bank-connection-import': 'BANK_CONNECTION_IMPORT',
  'bank-connection-update': 'BANK_CONNECTION_UPDATE',
  'standalone-payment': 'STANDALONE_PAYMENT',
  'payment-with-account-id': 'PAYMENT_WITH_ACCOUNT_ID',
  'direct-debit-with-account-id': 'DIRECT_DEBIT_WITH_ACCOUNT_ID',
  'standing-order': 'STANDING_ORDER',
} as const satisfies Record<WebFormKind, WebFormType>;

/** finAPI's path segment for a kind: `finapiPathOf('standing-order') === 'standingOrder'`. */
export function finapiPathOf<K extends WebFormKind>(kind: K): (typeof FINAPI_PATHS)[K] {
  return FINAPI_PATHS[kind];
}

/** The `WebFormType` finAPI reports for web forms of a kind. */
export function webFormTypeOf<K extends WebFormKind>(kind: K): (typeof TYPES)[K] {
  return TYPES[kind];
}

/** Whether `value` names a kind the proxy creates. */
export function isWebFormKind(value: unknown): value is WebFormKind {
  return typeof value === 'string' && Object.hasOwn(FINAPI_PATHS, value);
}

/** The kind that creates web forms of a finAPI type. */
export function webFormKindOf(type: WebFormType): WebFormKind {
  // Object.entries over a 6-entry constant: cheap, and keeps one table as the source of truth.
  const entry = Object.entries(TYPES).find(([, t]) => t === type);
  return (entry?.[0] ?? 'bank-connection-import') as WebFormKind;
}
