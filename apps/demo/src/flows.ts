import type { CreateBackgroundUpdateBody, CreateWebFormBody } from '@webform-kit/core';
import type { FlowKind } from '@webform-kit/react';
import type { DemoMessages } from './i18n/en.ts';

function isoDate(offsetDays: number): string {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const recipient = { iban: 'DE02120300000000202051', name: 'Demo Shop GmbH' };

/** The flows' route slugs; their titles and summaries are in the demo's messages (`flows`). */
export type FlowSlug = keyof DemoMessages['flows'];

/** A flow the demo offers: the route slug, the kit's flow kind and a plausible request. */
export interface DemoFlow {
  /** `/start/{slug}`: the proxy's kebab-case kinds. */
  slug: FlowSlug;
  kind: FlowKind;
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
  {
    slug: 'standalone-payment',
    kind: 'standalone-payment',
    request: () =>
      ({
        orders: [{ amount: { value: 49.9, currency: 'EUR' }, purpose: 'Order 1042', recipient }],
      }) satisfies CreateWebFormBody<'standalone-payment'>,
  },
  {
    slug: 'standing-order',
    kind: 'standing-order',
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
  request: () =>
    ({ bank: { bankConnectionId: 4242 } }) satisfies CreateWebFormBody<'bank-connection-update'>,
};

export function flowOf(slug: string): DemoFlow | undefined {
  if (slug === 'background-update') return FLOWS[1];
  return [...FLOWS, UPDATE_FORM].find((flow) => flow.slug === slug);
}
