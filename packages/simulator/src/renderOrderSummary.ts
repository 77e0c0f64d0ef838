import { formatIban, type PageFormat } from './createPageFormat.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { HostedPageMessages } from './messages/index.ts';
import type { OrderLine, OrderSummary } from './orderSummaryOf.ts';

/** Lines listed one by one before "and N more": a bulk payment may carry thousands. */
const LISTED_LINES = 5;

interface Context {
  t: HostedPageMessages;
  format: PageFormat;
}

function row(term: string, value: string | undefined): string {
  return value === undefined || value === ''
    ? ''
    : `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`;
}

function heroOf(summary: OrderSummary, { t, format }: Context): string {
  const hero = (amount: string, line: string) =>
    `<p class="hero"><span class="hero-amount">${escapeHtml(amount)}</span><span class="hero-to">${escapeHtml(line)}</span></p>`;
  switch (summary.kind) {
    case 'bank-connection':
      return '';
    case 'transfer': {
      const [first] = summary.lines;
      const amount = summary.total ?? first?.amount;
      if (amount === undefined || first === undefined) return '';
      const line =
        summary.lines.length === 1
          ? format.fill(t.heroTo, { name: first.name })
          : format.fill(t.transfers, { count: summary.lines.length });
      return hero(format.money(amount), line);
    }
    case 'standing-order':
      return hero(
        format.money(summary.line.amount),
        `${format.fill(t.heroTo, { name: summary.line.name })} · ${t.frequencies[summary.frequency]}`,
      );
    case 'direct-debit': {
      const [first] = summary.lines;
      const amount = summary.total ?? first?.amount;
      if (amount === undefined || first === undefined) return '';
      const line =
        summary.lines.length === 1
          ? format.fill(t.heroFrom, { name: first.name })
          : format.fill(t.collections, { count: summary.lines.length });
      return hero(format.money(amount), line);
    }
  }
}

function linesOf(lines: readonly OrderLine[], { t, format }: Context): string {
  const listed = lines
    .slice(0, LISTED_LINES)
    .map(
      (line) =>
        `<li><span>${escapeHtml(line.name)}</span><span class="line-amount">${escapeHtml(format.money(line.amount))}</span><small>${escapeHtml(
          [formatIban(line.iban), line.purpose, line.mandateId && `${t.mandate} ${line.mandateId}`]
            .filter(Boolean)
            .join(' · '),
        )}</small></li>`,
    );
  const more =
    lines.length > LISTED_LINES
      ? `<li><span>${escapeHtml(format.fill(t.moreLines, { count: lines.length - LISTED_LINES }))}</span></li>`
      : '';
  return `<ul class="lines">${listed.join('')}${more}</ul>`;
}

function detailsOf(summary: OrderSummary, context: Context): string {
  const { t, format } = context;
  switch (summary.kind) {
    case 'bank-connection': {
      const rows = row(t.connectionName, summary.connectionName);
      return rows === '' ? '' : `<dl class="details">${rows}</dl>`;
    }
    case 'transfer': {
      const from =
        summary.senderIban !== undefined
          ? formatIban(summary.senderIban)
          : summary.senderAccountId !== undefined
            ? format.fill(t.connectedAccount, { id: summary.senderAccountId })
            : undefined;
      const single = summary.lines.length === 1 ? summary.lines[0] : undefined;
      const rows = [
        single === undefined ? '' : row(t.to, single.name),
        single === undefined ? '' : row(t.iban, formatIban(single.iban)),
        single === undefined ? '' : row(t.reference, single.purpose),
        row(t.executionDate, summary.executionDate && format.date(summary.executionDate)),
        row(t.from, from),
        summary.instant ? row(t.instantPayment, '✓') : '',
      ].join('');
      return `${single === undefined ? linesOf(summary.lines, context) : ''}<dl class="details">${rows}</dl>`;
    }
    case 'standing-order':
      return `<dl class="details">${[
        row(t.to, summary.line.name),
        row(t.iban, formatIban(summary.line.iban)),
        row(t.reference, summary.line.purpose),
        row(t.frequency, t.frequencies[summary.frequency]),
        row(t.firstPayment, format.date(summary.startDate)),
        row(t.lastPayment, summary.endDate && format.date(summary.endDate)),
        row(t.from, summary.senderIban && formatIban(summary.senderIban)),
      ].join('')}</dl>`;
    case 'direct-debit': {
      const single = summary.lines.length === 1 ? summary.lines[0] : undefined;
      const rows = [
        single === undefined ? '' : row(t.from, single.name),
        single === undefined ? '' : row(t.iban, formatIban(single.iban)),
        single === undefined ? '' : row(t.reference, single.purpose),
        single === undefined ? '' : row(t.mandate, single.mandateId),
        row(t.executionDate, format.date(summary.executionDate)),
        row(t.to, format.fill(t.connectedAccount, { id: summary.receiverAccountId })),
      ].join('');
      return `${single === undefined ? linesOf(summary.lines, context) : ''}<dl class="details">${rows}</dl>`;
    }
  }
}

/**
 * What the customer approves, as a bank shows it: the amount as the hero line (with whom it
 * goes to), and on the check step every detail. Everything from the request is escaped.
 */
export function renderOrderSummary(
  summary: OrderSummary,
  context: Context,
  { details }: { details: boolean },
): string {
  return `${heroOf(summary, context)}${details ? detailsOf(summary, context) : ''}`;
}
