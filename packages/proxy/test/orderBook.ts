import type { FlowSummary } from '@webform-kit/core';
import { WebFormProxyError, type PrepareFlow } from '../src/index.ts';

/** The shop's own account: where every order is paid to, whatever a browser says. */
export const SHOP = { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' };

/** A server-side order book, as a checkout keeps one: the amounts are the shop's. */
export const ORDERS: ReadonlyMap<string, { amount: number }> = new Map([
  ['order-a', { amount: 10 }],
  ['order-b', { amount: 250 }],
]);

export function summaryOf(orderId: string): FlowSummary {
  return {
    amount: { value: ORDERS.get(orderId)?.amount ?? 0, currency: 'EUR' },
    payee: SHOP.name,
    purpose: `Order ${orderId}`,
    reference: orderId,
  };
}

/**
 * The checkout's `prepare`: the browser names an order, the shop decides what is paid to whom.
 * An unknown order is refused with the app's own code.
 */
export const checkoutPrepare: PrepareFlow = ({ input }) => {
  const orderId = (input as { orderId?: unknown } | null)?.orderId;
  const order = typeof orderId === 'string' ? ORDERS.get(orderId) : undefined;
  if (typeof orderId !== 'string' || order === undefined) {
    throw new WebFormProxyError(404, 'UNKNOWN_ORDER', 'No such order');
  }
  return {
    body: {
      orders: [
        {
          amount: { value: order.amount, currency: 'EUR' },
          purpose: `Order ${orderId}`,
          recipient: SHOP,
        },
      ],
    },
    reference: orderId,
    summary: summaryOf(orderId),
  };
};

/** What a browser sends for a standalone payment when it is trusted: the whole finAPI body. */
export const PAYMENT_BODY = {
  orders: [{ amount: { value: 1, currency: 'EUR' }, recipient: { iban: 'DE1', name: 'A' } }],
};
