import type { CreateBackgroundUpdateBody, CreateWebFormBody } from '@webform-kit/core';
import type { FlowKind } from '@webform-kit/react';

function isoDate(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const recipient = { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' };

/** A flow the demo offers: the route slug, the kit's flow kind and a plausible request. */
export interface DemoFlow {
  /** `/start/{slug}`: the proxy's kebab-case kinds. */
  slug: string;
  kind: FlowKind;
  title: string;
  summary: string;
  /** What the backend asks finAPI for. */
  finapiCall: string;
  request: () => unknown;
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
    title: 'Connect a bank account',
    summary: 'The customer logs in to their bank in finAPI’s form; the app gets a bank connection.',
    finapiCall: 'POST /api/webForms/bankConnectionImport',
    request: () =>
      ({
        bank: { search: 'Demo Bank' },
        bankConnectionName: 'Everyday account',
      }) satisfies CreateWebFormBody<'bank-connection-import'>,
  },
  {
    slug: 'bank-connection-update',
    kind: 'background-update',
    title: 'Update a bank connection',
    summary:
      'A background update that needs the customer only when the bank asks for a login or SCA.',
    finapiCall: 'POST /api/tasks/backgroundUpdate',
    request: () => ({ bankConnectionId: 4242 }) satisfies CreateBackgroundUpdateBody,
  },
  {
    slug: 'standalone-payment',
    kind: 'standalone-payment',
    title: 'Pay by bank transfer',
    summary: 'A one-off SEPA transfer the customer approves at their bank: checkout without cards.',
    finapiCall: 'POST /api/webForms/standalonePayment',
    request: () =>
      ({
        orders: [{ amount: { value: 49.9, currency: 'EUR' }, purpose: 'Order 1042', recipient }],
      }) satisfies CreateWebFormBody<'standalone-payment'>,
  },
  {
    slug: 'standing-order',
    kind: 'standing-order',
    title: 'Set up a standing order',
    summary: 'A monthly transfer from the customer’s account, approved once.',
    finapiCall: 'POST /api/webForms/standingOrder',
    request: () =>
      ({
        amount: { value: 25, currency: 'EUR' },
        purpose: 'Monthly savings',
        recipient,
        startDate: isoDate(7),
        frequency: 'MONTHLY',
      }) satisfies CreateWebFormBody<'standing-order'>,
  },
  {
    slug: 'direct-debit-with-account-id',
    kind: 'direct-debit-with-account-id',
    title: 'Collect a direct debit',
    summary: 'The merchant collects from a payer under a mandate, approved at the merchant’s bank.',
    finapiCall: 'POST /api/webForms/directDebitWithAccountId',
    request: () =>
      ({
        receiver: { accountId: 1 },
        executionDate: isoDate(2),
        directDebitType: 'BASIC',
        sequenceType: 'OOFF',
        orders: [
          {
            amount: { value: 19.99, currency: 'EUR' },
            purpose: 'Membership fee',
            payer: { iban: 'DE89370400440532013000', name: 'Erika Mustermann' },
            mandateId: 'M-2026-1042',
            mandateDate: '2026-01-15',
            creditorId: 'DE98ZZZ09999999999',
          },
        ],
      }) satisfies CreateWebFormBody<'direct-debit-with-account-id'>,
  },
  {
    slug: 'payment-with-account-id',
    kind: 'payment-with-account-id',
    title: 'Pay from a connected account',
    summary: 'A transfer from an account the customer already connected.',
    finapiCall: 'POST /api/webForms/paymentWithAccountId',
    request: () =>
      ({
        sender: { accountId: 1 },
        orders: [
          { amount: { value: 120, currency: 'EUR' }, purpose: 'Invoice 2026-118', recipient },
        ],
      }) satisfies CreateWebFormBody<'payment-with-account-id'>,
  },
];

/** Reachable by URL only: the bank connection update as a direct web form, no task. */
const UPDATE_FORM: DemoFlow = {
  slug: 'bank-connection-update-form',
  kind: 'bank-connection-update',
  title: 'Update a bank connection (web form)',
  summary: 'The update as a web form the customer always goes through.',
  finapiCall: 'POST /api/webForms/bankConnectionUpdate',
  request: () =>
    ({ bank: { bankConnectionId: 4242 } }) satisfies CreateWebFormBody<'bank-connection-update'>,
};

export function flowOf(slug: string): DemoFlow | undefined {
  if (slug === 'background-update') return FLOWS[1];
  return [...FLOWS, UPDATE_FORM].find((flow) => flow.slug === slug);
}
