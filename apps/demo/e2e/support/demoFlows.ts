/**
 * The flow cards of the demo's start page and what each one's screens say, as the customer
 * reads them (the kit's English wording).
 */
export interface DemoFlowCard {
  /** The card's title on the start page. */
  title: string;
  /** The proxy's kind (the background update is finAPI's task). */
  kind: string;
  /** The screen that offers the form: a task only asks for it when the bank wants the user. */
  offerScreen: 'redirect' | 'web-form-required';
  /** The completed screen's heading. */
  completedHeading: string;
  /** The error code the round-trip test picks for this flow, so the wordings can be compared. */
  errorCode: string;
  /**
   * The completed-with-error screen's heading for that code: the code's own for bank
   * connections; for payments what happened to the money (none made, or not known yet).
   */
  errorHeading: string;
  /** The aborted (and expired) screen's heading: for payments it says that no money moved. */
  abortedHeading: string;
}

export const FLOW_CARDS: readonly DemoFlowCard[] = [
  {
    title: 'Connect a bank account',
    kind: 'bank-connection-import',
    offerScreen: 'redirect',
    completedHeading: 'Bank account connected',
    errorCode: 'ENTITY_EXISTS',
    errorHeading: 'This bank connection already exists',
    abortedHeading: 'Process cancelled',
  },
  {
    title: 'Update a bank connection',
    kind: 'bank-connection-update',
    offerScreen: 'web-form-required',
    completedHeading: 'Bank connection updated',
    errorCode: 'INTERRUPTED',
    errorHeading: 'The process was interrupted',
    abortedHeading: 'Process cancelled',
  },
  {
    title: 'Pay by bank transfer',
    kind: 'standalone-payment',
    offerScreen: 'redirect',
    completedHeading: 'Payment submitted',
    errorCode: 'BANK_SERVER_REJECTION',
    errorHeading: 'No payment was made',
    abortedHeading: 'No payment was made',
  },
  {
    title: 'Set up a standing order',
    kind: 'standing-order',
    offerScreen: 'redirect',
    completedHeading: 'Standing order set up',
    errorCode: 'UNSUPPORTED_ORDER',
    errorHeading: 'No standing order was set up',
    abortedHeading: 'No standing order was set up',
  },
  {
    title: 'Collect a direct debit',
    kind: 'direct-debit-with-account-id',
    offerScreen: 'redirect',
    completedHeading: 'Direct debit submitted',
    errorCode: 'NO_ACCOUNTS_FOR_TYPE_LIST',
    errorHeading: 'No direct debit was made',
    abortedHeading: 'No direct debit was made',
  },
  {
    title: 'Pay from a connected account',
    kind: 'payment-with-account-id',
    offerScreen: 'redirect',
    completedHeading: 'Payment submitted',
    errorCode: 'INTERNAL_ERROR',
    errorHeading: 'The result of your payment is not known yet',
    abortedHeading: 'No payment was made',
  },
];

/** The completed-with-error screen's heading per error code: each code has its own. */
export const ERROR_HEADINGS: Readonly<Record<string, string>> = {
  ENTITY_EXISTS: 'This bank connection already exists',
  INTERRUPTED: 'The process was interrupted',
  BANK_SERVER_REJECTION: 'Your bank declined the request',
  UNSUPPORTED_ORDER: 'This account cannot be used for this order',
  NO_ACCOUNTS_FOR_TYPE_LIST: 'No suitable account found',
  INTERNAL_ERROR: 'An unexpected error occurred',
};

/** The heading for an error code the kit does not know. */
export const GENERAL_ERROR_HEADING = 'The process could not be completed';

/** The aborted screen's heading for bank connection flows. */
export const ABORTED_HEADING = 'Process cancelled';

/** The flow card by its proxy kind. */
export function flowCard(kind: string): DemoFlowCard {
  const card = FLOW_CARDS.find((candidate) => candidate.kind === kind);
  if (card === undefined) throw new Error(`no flow card for ${kind}`);
  return card;
}
