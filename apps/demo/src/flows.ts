import type { CreateBackgroundUpdateBody, CreateWebFormBody } from '@webform-kit/core';
import type { FlowKind } from '@webform-kit/react';
import type { DemoMessages } from './i18n/en.ts';
import { ORDER_ID } from './orderId.ts';

export { newOrderId } from './orderId.ts';

/** The flows' route slugs; their titles and summaries are in the demo's messages (`flows`). */
export type FlowSlug = keyof DemoMessages['flows'];

/** A flow the demo offers: the route slug, the kit's flow kind and what the browser sends. */
export interface DemoFlow {
  /** `/start/{slug}`: the proxy's kebab-case kinds. */
  slug: FlowSlug;
  kind: FlowKind;
  /**
   * A payment of the demo shop: `/start/{slug}?order=ID` pays order `ID`, whose amount and payee
   * the demo's backend decides (its `prepare`, from the server's order book).
   */
  ordered?: true;
  /**
   * The browser's input. A payment names its order only; a bank connection is the customer's
   * own, so the browser says which bank to start with.
   */
  request: (orderId: string) => unknown;
}

/** What a payment's page sends: the order's id, nothing about amount or recipient. */
const byOrder = (orderId: string) => ({ orderId });

/** The order id in `?order=`, if it is one (anything else opens a new order). */
export function orderIdOf(search: string): string | undefined {
  const id = new URLSearchParams(search).get('order') ?? '';
  return ORDER_ID.test(id) ? id : undefined;
}

/**
 * The flows on the start page. "Bank connection update" is finAPI's background update task,
 * which needs the customer only when the bank asks for it; the direct web form of that type is
 * reachable at /start/bank-connection-update-form for completeness.
 */
export const FLOWS: readonly DemoFlow[] = [
  {
    slug: 'bank-connection-import',
    kind: 'bank-connection-import',
    request: () =>
      ({
        bank: { search: 'Demo Bank' },
        bankConnectionName: 'Everyday account',
      }) satisfies CreateWebFormBody<'bank-connection-import'>,
  },
  {
    slug: 'bank-connection-update',
    kind: 'background-update',
    request: () => ({ bankConnectionId: 4242 }) satisfies CreateBackgroundUpdateBody,
  },
  { slug: 'standalone-payment', kind: 'standalone-payment', ordered: true, request: byOrder },
  { slug: 'standing-order', kind: 'standing-order', ordered: true, request: byOrder },
  {
    slug: 'direct-debit-with-account-id',
    kind: 'direct-debit-with-account-id',
    ordered: true,
    request: byOrder,
  },
  {
    slug: 'payment-with-account-id',
    kind: 'payment-with-account-id',
    ordered: true,
    request: byOrder,
  },
];

/** Reachable by URL only: the bank connection update as a direct web form, no task. */
const UPDATE_FORM: DemoFlow = {
  slug: 'bank-connection-update-form',
  kind: 'bank-connection-update',
  request: () =>
    ({ bank: { bankConnectionId: 4242 } }) satisfies CreateWebFormBody<'bank-connection-update'>,
};

export function flowOf(slug: string): DemoFlow | undefined {
  if (slug === 'background-update') return FLOWS[1];
  return [...FLOWS, UPDATE_FORM].find((flow) => flow.slug === slug);
}
