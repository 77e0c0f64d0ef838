import { useEffect, useMemo, useState } from 'react';
import { flowOf } from '../flows.ts';
import { useDemoMessages } from '../i18n/DemoMessagesContext.ts';
import type { DemoMessages } from '../i18n/en.ts';
import { followLink } from '../router.ts';

/** An order as `GET /__demo/orders` lists it (what the panel reads of it). */
interface Order {
  id: string;
  kind: string;
  amount: { value: number; currency: string };
  outcome: { kind: string; paymentId?: number | null; standingOrderId?: number | null } | null;
}

type OrderStatus = keyof DemoMessages['orderStatus'];

const isOrder = (value: unknown): value is Order => {
  if (value === null || typeof value !== 'object') return false;
  const order = value as Partial<Order>;
  return (
    typeof order.id === 'string' &&
    typeof order.kind === 'string' &&
    typeof order.amount?.value === 'number' &&
    typeof order.amount.currency === 'string' &&
    (order.outcome === null || typeof order.outcome?.kind === 'string')
  );
};

function statusOf(order: Order, t: DemoMessages): string {
  const kind = order.outcome?.kind ?? 'open';
  return Object.hasOwn(t.orderStatus, kind) ? t.orderStatus[kind as OrderStatus] : kind;
}

// Often enough that an outcome recorded with no tab open shows up while the audience looks.
const REFRESH_MS = 3000;

/**
 * The demo shop's orders, as its backend recorded them: each order's amount and how it ended,
 * from the proxy's `onOutcome`, also for an order whose tab was closed at the bank. Each row links
 * back to its order's page, which shows that order's true outcome.
 */
export function Orders() {
  const t = useDemoMessages();
  const [orders, setOrders] = useState<Order[] | null>(null);
  const [failed, setFailed] = useState(false);
  const money = useMemo(
    () => (currency: string) =>
      new Intl.NumberFormat(t.lang, { style: 'currency', currency, currencyDisplay: 'symbol' }),
    [t.lang],
  );

  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const response = await fetch('/__demo/orders', { headers: { accept: 'application/json' } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const body = (await response.json()) as { orders?: unknown };
        if (!Array.isArray(body.orders)) throw new Error('no orders in the answer');
        if (!stopped) {
          setOrders(body.orders.filter(isOrder));
          setFailed(false);
        }
      } catch {
        if (!stopped) setFailed(true);
      }
    };
    void load();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void load();
    }, REFRESH_MS);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, []);

  return (
    <section className="demo-orders" aria-labelledby="orders-heading">
      <h2 id="orders-heading">{t.ordersHeading}</h2>
      {failed && <p className="demo-note">{t.ordersUnavailable}</p>}
      {orders !== null && orders.length === 0 && <p className="demo-note">{t.ordersEmpty}</p>}
      {orders !== null && orders.length > 0 && (
        <table className="demo-orders-table" data-testid="orders">
          <thead>
            <tr>
              <th scope="col">{t.orderColumns.order}</th>
              <th scope="col">{t.orderColumns.flow}</th>
              <th scope="col">{t.orderColumns.amount}</th>
              <th scope="col">{t.orderColumns.status}</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => {
              const flow = flowOf(order.kind);
              return (
                <tr
                  key={order.id}
                  data-order={order.id}
                  data-status={order.outcome?.kind ?? 'open'}
                >
                  <th scope="row">
                    <a href={`/start/${order.kind}?order=${order.id}`} onClick={followLink}>
                      {order.id}
                    </a>
                  </th>
                  <td>{flow ? t.flows[flow.slug].title : order.kind}</td>
                  <td>{money(order.amount.currency).format(order.amount.value)}</td>
                  <td>{statusOf(order, t)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
