import type { FlowSummary } from '@webform-kit/core';
import {
  trustBrowserInput,
  WebFormProxyError,
  type OutcomeEvent,
  type PrepareFlow,
  type PreparedFlow,
} from '@webform-kit/proxy';
import { newOrderId, ORDER_ID } from '../src/orderId.ts';
import { BoundedMap } from './BoundedMap.ts';
import { visitorOf } from './visitorCookie.ts';

/** The payment kinds the demo's checkout sells; the others (bank connections) need no order. */
export const ORDER_KINDS = [
  'standalone-payment',
  'standing-order',
  'direct-debit-with-account-id',
  'payment-with-account-id',
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

/** What the demo records of an order's end, from the proxy's `onOutcome`. */
export interface RecordedOutcome {
  /** Core's outcome kind: `completed`, `completed-with-error`, `aborted`, `expired`. */
  kind: string;
  /** finAPI's error code, for `completed-with-error`. */
  errorCode?: string | null | undefined;
  /** finAPI's payment id, where the payload or the error carries one. */
  paymentId?: number | null | undefined;
  standingOrderId?: number | null | undefined;
  /** The web form the outcome is of. */
  webFormId: string;
  /** When `onOutcome` heard it (ms since the epoch). */
  at: number;
}

/** One order of the demo shop: what is paid, by whom, and how it ended. */
export interface DemoOrder {
  id: string;
  kind: OrderKind;
  amount: { value: number; currency: 'EUR' };
  payee: string;
  purpose: string;
  createdAt: number;
  /** Every outcome heard for the order's web forms, the latest last (an abort, then a payment). */
  outcomes: RecordedOutcome[];
}

/** An order as `GET /__demo/orders` lists it. */
export interface ListedOrder extends DemoOrder {
  /** The latest outcome, or `null` while no web form of the order has ended. */
  outcome: RecordedOutcome | null;
}

export interface OrderBook {
  /**
   * The visitor's order `id` of `kind`: their own if it exists; a new order under `id` when nobody
   * has it; a new order under a fresh id when it is another visitor's (or of another kind), so
   * naming someone's order id never reaches their flow.
   */
  open(visitor: string, kind: OrderKind, id: unknown): DemoOrder;
  /** The visitor's orders, the newest first. */
  list(visitor: string): ListedOrder[];
  /** The proxy's `prepare`: payments from the order book, bank connections as sent. */
  prepare: PrepareFlow;
  /** The proxy's `onOutcome`: records the outcome on its order. */
  onOutcome(event: OutcomeEvent): void;
}

export interface OrderBookOptions {
  now?: () => number;
  /** Orders kept at most, the oldest forgotten first. 10000 by default. */
  maxOrders?: number;
}

const RECIPIENT = { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' };
const PAYER = { iban: 'DE89370400440532013000', name: 'Erika Mustermann' };

// A visitor's orders of a kind take these amounts in turn: two orders in a row differ, and a new
// visitor's first order is always the first amount (the end-to-end tests read it).
const CATALOGUE: Record<OrderKind, { amounts: number[]; purpose: string }> = {
  'standalone-payment': { amounts: [49.9, 250, 10, 129.5], purpose: 'Order' },
  'standing-order': { amounts: [25, 50, 100], purpose: 'Monthly savings' },
  'direct-debit-with-account-id': { amounts: [19.99, 39.99], purpose: 'Membership fee' },
  'payment-with-account-id': { amounts: [120, 64.8, 310], purpose: 'Invoice' },
};

function isoDate(now: number, offsetDays: number): string {
  return new Date(now + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** finAPI's request body for an order: decided here, on the server, never by the browser. */
function bodyOf(order: DemoOrder, now: number): Record<string, unknown> {
  const purpose = `${order.purpose} ${order.id}`;
  switch (order.kind) {
    case 'standalone-payment':
      return { orders: [{ amount: order.amount, purpose, recipient: RECIPIENT }] };
    case 'payment-with-account-id':
      return {
        sender: { accountId: 1 },
        orders: [{ amount: order.amount, purpose, recipient: RECIPIENT }],
      };
    case 'standing-order':
      return {
        amount: order.amount,
        purpose,
        recipient: RECIPIENT,
        startDate: isoDate(now, 7),
        frequency: 'MONTHLY',
      };
    case 'direct-debit-with-account-id':
      return {
        receiver: { accountId: 1 },
        executionDate: isoDate(now, 2),
        directDebitType: 'BASIC',
        sequenceType: 'OOFF',
        orders: [
          {
            amount: order.amount,
            purpose,
            payer: PAYER,
            mandateId: `M-${order.id}`,
            mandateDate: '2026-01-15',
            creditorId: 'DE98ZZZ09999999999',
          },
        ],
      };
  }
}

function summaryOf(order: DemoOrder): FlowSummary {
  return {
    amount: order.amount,
    payee: order.payee,
    purpose: `${order.purpose} ${order.id}`,
    reference: order.id,
  };
}

function recordedOf(event: OutcomeEvent, at: number): RecordedOutcome {
  const outcome = event.outcome as Record<string, unknown> & { kind: string };
  const payload = (event.snapshot as { payload?: Record<string, unknown> | null }).payload ?? {};
  const numberOr = (value: unknown) => (typeof value === 'number' ? value : undefined);
  return {
    kind: outcome.kind,
    errorCode:
      outcome.kind === 'completed-with-error' ? (outcome['errorCode'] as string) : undefined,
    paymentId: numberOr(outcome['paymentId']) ?? numberOr(payload['paymentId']),
    standingOrderId: numberOr(outcome['standingOrderId']),
    webFormId: event.id,
    at,
  };
}

const isOrderKind = (kind: string): kind is OrderKind =>
  (ORDER_KINDS as readonly string[]).includes(kind);

/**
 * The demo shop's server-side order book (demo-only, in memory: a shop keeps its orders in its
 * database). It decides what each payment is, as a shop's backend would: the browser names an
 * order (`{ orderId }`), `prepare` builds finAPI's body from the order, with the order id as the
 * proxy's `reference` (one payment per order) and the summary the screens show; `onOutcome`
 * records how it ended, also when the customer closed the tab at the bank.
 *
 * @example
 * const book = createOrderBook();
 * startProxyServer({ ...options, prepare: book.prepare, onOutcome: book.onOutcome });
 */
export function createOrderBook(options: OrderBookOptions = {}): OrderBook {
  const now = options.now ?? Date.now;
  const orders = new BoundedMap<string, DemoOrder & { visitor: string }>(
    options.maxOrders ?? 10_000,
  );
  // The order a visitor got for an id that was someone else's (or malformed), by what they named.
  const insteadOf = new BoundedMap<string, string>(options.maxOrders ?? 10_000);
  // How many orders of each kind each visitor opened.
  const created = new BoundedMap<string, number>(options.maxOrders ?? 10_000);

  const create = (visitor: string, kind: OrderKind, id: string): DemoOrder => {
    const { amounts, purpose } = CATALOGUE[kind];
    const count = created.get(`${visitor}:${kind}`) ?? 0;
    created.set(`${visitor}:${kind}`, count + 1);
    const order = {
      id,
      kind,
      visitor,
      amount: { value: amounts[count % amounts.length] as number, currency: 'EUR' as const },
      payee: RECIPIENT.name,
      purpose,
      createdAt: now(),
      outcomes: [],
    };
    orders.set(id, order);
    return order;
  };

  const open: OrderBook['open'] = (visitor, kind, id) => {
    if (typeof id === 'string' && ORDER_ID.test(id)) {
      const known = orders.get(id);
      if (known === undefined) return create(visitor, kind, id);
      if (known.visitor === visitor && known.kind === kind) return known;
    }
    // The visitor's own stand-in for an id that is not theirs stays the same over reloads of
    // that address (one order, one payment), and never touches the other visitor's order.
    const standIn = `${visitor}:${kind}:${String(id)}`;
    const earlier = orders.get(insteadOf.get(standIn) ?? '');
    if (earlier !== undefined && earlier.visitor === visitor) return earlier;
    let fresh = newOrderId();
    while (orders.has(fresh)) fresh = newOrderId();
    insteadOf.set(standIn, fresh);
    return create(visitor, kind, fresh);
  };

  const prepare: PrepareFlow = (context) => {
    if (!isOrderKind(context.kind)) return trustBrowserInput(context);
    const visitor = visitorOf(context.request.headers.get('cookie'));
    if (visitor === undefined) {
      throw new WebFormProxyError(
        401,
        'UNAUTHENTICATED',
        'Open the demo shop first: an order belongs to the visitor who opened it',
      );
    }
    const input = context.input as { orderId?: unknown } | null;
    const order = open(visitor, context.kind, input?.orderId);
    return {
      body: bodyOf(order, now()),
      reference: order.id,
      summary: summaryOf(order),
    } satisfies PreparedFlow;
  };

  return {
    open,
    prepare,
    list(visitor) {
      return [...orders.values()]
        .filter((order) => order.visitor === visitor)
        .reverse()
        .map(({ visitor: _visitor, ...order }) => ({
          ...order,
          outcome: order.outcomes.at(-1) ?? null,
        }));
    },
    onOutcome(event) {
      if (event.reference === undefined) return;
      const order = orders.get(event.reference);
      if (order === undefined || order.kind !== event.kind) return;
      // At least once, keyed by id: a repeated delivery replaces, never adds.
      const recorded = recordedOf(event, now());
      const others = order.outcomes.filter((outcome) => outcome.webFormId !== event.id);
      order.outcomes = [...others, recorded];
    },
  };
}
