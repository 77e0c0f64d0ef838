/**
 * Request bodies of finAPI's Web Form 2.0 create endpoints, as zod/mini schemas. A separate entry
 * (`@webform-kit/core/requests`) because browsers only need the types; the simulator and servers
 * validate with the schemas.
 */
import type { WebFormKind } from '../webFormKind.ts';
import {
  BankConnectionImportDetailsSchema,
  BankConnectionUpdateDetailsSchema,
} from './bankConnection.ts';
import {
  DirectDebitWithAccountDetailsSchema,
  PaymentWithAccountDetailsSchema,
  StandalonePaymentDetailsSchema,
  StandingOrderDetailsSchema,
} from './payments.ts';

export * from './bankConnection.ts';
export * from './payments.ts';
export { FINAPI_HTTPS_URL, ACCOUNT_TYPES } from './common.ts';
export { CURRENCY_CODES, type CurrencyCode } from './currencyCodes.ts';
export { COUNTRY_CODES, type CountryCode } from './countryCodes.ts';

/** The request body schema for each kind of web form. */
export const createRequestSchemas = {
  'bank-connection-import': BankConnectionImportDetailsSchema,
  'bank-connection-update': BankConnectionUpdateDetailsSchema,
  'standalone-payment': StandalonePaymentDetailsSchema,
  'payment-with-account-id': PaymentWithAccountDetailsSchema,
  'direct-debit-with-account-id': DirectDebitWithAccountDetailsSchema,
  'standing-order': StandingOrderDetailsSchema,
} as const satisfies Record<WebFormKind, unknown>;
