import type { CreateWebFormBody, WebFormKind } from '@webform-kit/core';

/**
 * What a web form was created for: the validated request body (its callbacks aside), tagged with
 * its kind. The hosted page shows it as the customer's bank would: the bank, the amount, the payee.
 */
export type WebFormDetails = {
  [K in WebFormKind]: { kind: K; body: CreateWebFormBody<K> };
}[WebFormKind];
