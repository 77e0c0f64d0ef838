import type { Frequency } from './messages/index.ts';
import type { WebFormDetails } from './WebFormDetails.ts';

export interface Money {
  value: number;
  currency: string;
}

/** One transfer or collection of an order, as the page lists it. */
export interface OrderLine {
  amount: Money;
  /** The recipient of a transfer, the payer of a direct debit. */
  name: string;
  iban: string;
  purpose: string | undefined;
  /** Direct debits only. */
  mandateId?: string | undefined;
}

/** What the customer is asked to approve, as the hosted page summarises it. */
export type OrderSummary =
  | { kind: 'bank-connection'; connectionName: string | undefined }
  | {
      kind: 'transfer';
      lines: OrderLine[];
      /** All lines together; `undefined` if they were in different currencies. */
      total: Money | undefined;
      executionDate: string | undefined;
      instant: boolean;
      senderIban: string | undefined;
      senderAccountId: number | undefined;
    }
  | {
      kind: 'standing-order';
      line: OrderLine;
      startDate: string;
      endDate: string | undefined;
      frequency: Frequency;
      senderIban: string | undefined;
    }
  | {
      kind: 'direct-debit';
      lines: OrderLine[];
      total: Money | undefined;
      executionDate: string;
      receiverAccountId: number;
    };

function money(amount: { value: number | string; currency: string }): Money {
  return { value: Number(amount.value), currency: amount.currency };
}

// Summed in cents: amounts have at most two decimals (finAPI's rule), floats do not add up.
function totalOf(lines: readonly OrderLine[]): Money | undefined {
  const currency = lines[0]?.amount.currency;
  if (currency === undefined || lines.some((line) => line.amount.currency !== currency)) {
    return undefined;
  }
  const cents = lines.reduce((sum, line) => sum + Math.round(line.amount.value * 100), 0);
  return { value: cents / 100, currency };
}

/**
 * The order a web form asks the customer to approve, from its create request: amounts, payees,
 * references and dates, for the hosted page to show as a bank would.
 *
 * @example
 * orderSummaryOf({ kind: 'standing-order', body }).kind // 'standing-order'
 */
export function orderSummaryOf(details: WebFormDetails): OrderSummary {
  switch (details.kind) {
    case 'bank-connection-import':
      return {
        kind: 'bank-connection',
        connectionName: details.body.bankConnectionName ?? undefined,
      };
    case 'bank-connection-update':
      return { kind: 'bank-connection', connectionName: undefined };
    case 'standalone-payment':
    case 'payment-with-account-id': {
      const lines = details.body.orders.map((order) => ({
        amount: money(order.amount),
        name: order.recipient.name,
        iban: order.recipient.iban,
        purpose: order.purpose ?? undefined,
      }));
      const body = details.body;
      return {
        kind: 'transfer',
        lines,
        total: totalOf(lines),
        executionDate: body.executionDate ?? undefined,
        instant: 'instantPayment' in body && body.instantPayment === true,
        senderIban:
          details.kind === 'standalone-payment'
            ? (details.body.sender?.iban ?? undefined)
            : undefined,
        senderAccountId:
          details.kind === 'payment-with-account-id' ? details.body.sender.accountId : undefined,
      };
    }
    case 'standing-order': {
      const body = details.body;
      return {
        kind: 'standing-order',
        line: {
          amount: money(body.amount),
          name: body.recipient.name,
          iban: body.recipient.iban,
          purpose: body.purpose ?? undefined,
        },
        startDate: body.startDate,
        endDate: body.endDate ?? undefined,
        frequency: body.frequency,
        senderIban: body.sender?.iban ?? undefined,
      };
    }
    case 'direct-debit-with-account-id': {
      const lines = details.body.orders.map((order) => ({
        amount: money(order.amount),
        name: order.payer.name,
        iban: order.payer.iban,
        purpose: order.purpose ?? undefined,
        mandateId: order.mandateId,
      }));
      return {
        kind: 'direct-debit',
        lines,
        total: totalOf(lines),
        executionDate: details.body.executionDate,
        receiverAccountId: details.body.receiver.accountId,
      };
    }
  }
}
