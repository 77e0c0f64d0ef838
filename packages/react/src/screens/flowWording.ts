import type { WebFormKind } from '@webform-kit/core';

/** The groups of flows whose screens read differently. */
export type FlowWording = 'import' | 'update' | 'payment' | 'standingOrder' | 'directDebit';

const WORDING = {
  'bank-connection-import': 'import',
  'bank-connection-update': 'update',
  'standalone-payment': 'payment',
  'payment-with-account-id': 'payment',
  'direct-debit-with-account-id': 'directDebit',
  'standing-order': 'standingOrder',
} as const satisfies Record<WebFormKind, FlowWording>;

/** Which wording a kind of web form uses. */
export function flowWordingOf(kind: WebFormKind): FlowWording {
  return WORDING[kind];
}
