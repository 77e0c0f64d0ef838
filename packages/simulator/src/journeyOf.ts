import {
  bankById,
  bankOfIban,
  bankOfSearch,
  DEFAULT_BANK,
  type SimulatorBank,
} from './simulatorBanks.ts';
import type { WebFormDetails } from './WebFormDetails.ts';

/**
 * The steps of the simulated bank visit: choose the bank, log in, check the order (payments
 * only), confirm with a TAN. The TAN's confirmation ends the web form as `COMPLETED`.
 */
export const JOURNEY_STEPS = ['bank', 'login', 'review', 'tan'] as const;
export type JourneyStep = (typeof JOURNEY_STEPS)[number];

export interface Journey {
  readonly steps: readonly JourneyStep[];
  /** The bank the journey starts with: preselected on the bank step, or fixed without one. */
  readonly bank: SimulatorBank;
}

/** Where an opened page's bank visit stands. */
export interface JourneyState extends Journey {
  step: JourneyStep;
  bank: SimulatorBank;
}

/**
 * The steps of a web form's bank visit, and its bank. As finAPI's `bankDetails: LOCKED` (its
 * default) routes the customer straight to the login when the request names the bank (an id, a
 * sender IBAN, an account or a bank connection), the bank step is skipped then.
 *
 * @example
 * journeyOf({ kind: 'standalone-payment', body: { orders } }).steps // ['bank', 'login', 'review', 'tan']
 */
export function journeyOf(details: WebFormDetails, knownBank?: SimulatorBank): Journey {
  switch (details.kind) {
    case 'bank-connection-import': {
      const byId = bankById(details.body.bank?.id);
      return byId === undefined
        ? { steps: ['bank', 'login', 'tan'], bank: bankOfSearch(details.body.bank?.search) }
        : { steps: ['login', 'tan'], bank: byId };
    }
    case 'bank-connection-update':
      return { steps: ['login', 'tan'], bank: knownBank ?? DEFAULT_BANK };
    case 'standalone-payment':
    case 'standing-order': {
      const iban = details.body.sender?.iban;
      return iban
        ? { steps: ['login', 'review', 'tan'], bank: bankOfIban(iban) }
        : { steps: ['bank', 'login', 'review', 'tan'], bank: DEFAULT_BANK };
    }
    case 'payment-with-account-id':
    case 'direct-debit-with-account-id':
      // The account was connected before: its bank is known.
      return { steps: ['login', 'review', 'tan'], bank: knownBank ?? DEFAULT_BANK };
  }
}
