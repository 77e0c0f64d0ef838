import { WebFormProxyError, type OutcomeHandler, type PrepareFlow } from '@webform-kit/proxy';
import { randomUUID } from 'node:crypto';

/** The shop's order book, in memory for the example: use your database. */
interface Order {
  id: string;
  amount: { value: number; currency: 'EUR' };
  status: 'open' | 'paid' | 'failed';
  paymentId?: number | null;
}
const orders = new Map<string, Order>();
const PRICES: Record<string, number> = { 'coffee-beans': 24.9 };
const SHOP = { iban: 'DE02120300000000202051', name: 'Example Coffee GmbH' };

export function createOrder(items: unknown): Order | undefined {
  if (!Array.isArray(items) || items.length === 0) return undefined;
  let value = 0;
  for (const item of items) {
    const price = typeof item === 'string' ? PRICES[item] : undefined;
    if (price === undefined) return undefined;
    value += price;
  }
  const order: Order = { id: randomUUID(), amount: { value, currency: 'EUR' }, status: 'open' };
  orders.set(order.id, order);
  return order;
}

export const findOrder = (id: string) => orders.get(id);

/** The browser names an order; the server decides what is paid, and to whom, once per order. */
export const prepare: PrepareFlow = ({ kind, input }) => {
  const order = orders.get(String((input as { orderId?: unknown }).orderId));
  if (kind !== 'standalone-payment' || order === undefined) {
    throw new WebFormProxyError(404, 'UNKNOWN_ORDER', 'No such order');
  }
  if (order.status === 'paid') throw new WebFormProxyError(409, 'ALREADY_COMPLETED', 'Paid');
  const purpose = `Order ${order.id.slice(0, 8)}`;
  return {
    body: { orders: [{ amount: order.amount, purpose, recipient: SHOP }] },
    reference: order.id,
    summary: { amount: order.amount, payee: SHOP.name, purpose, reference: order.id },
  };
};

/** Once per web form, also when the customer closed the tab: record it (idempotently). */
export const onOutcome: OutcomeHandler = ({ reference, outcome }) => {
  const order = reference === undefined ? undefined : orders.get(reference);
  if (order === undefined) return;
  if (outcome.kind === 'completed' && outcome.resource === 'payment') {
    order.status = 'paid';
    order.paymentId = outcome.paymentId;
  } else if (order.status !== 'paid') {
    order.status = outcome.kind === 'completed-with-error' ? 'failed' : 'open';
  }
};
