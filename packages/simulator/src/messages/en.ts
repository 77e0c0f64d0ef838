import type { HostedPageMessages } from './HostedPageMessages.ts';

export const en: HostedPageMessages = {
  lang: 'en',
  languageName: 'English',

  secureConnection: 'Secure connection',
  footer: 'Simulator of finAPI Web Form 2.0, part of webform-kit. No real bank is involved.',
  languageLabel: 'Language',
  languageSubmit: 'Change',

  progressLabel: 'Progress',
  stepOf: 'Step {step} of {total}',
  stepNames: { bank: 'Bank', login: 'Log in', review: 'Check', tan: 'Confirm' },
  purpose: {
    connect: 'Connect your bank account, so that the app can show your accounts and transactions.',
    update: 'Renew the app’s access to your bank account.',
    payment: 'Approve a transfer from your bank account.',
    standingOrder: 'Set up a standing order from your bank account.',
    directDebit: 'Approve the collection of direct debits to your bank account.',
  },

  bankHeading: 'Choose your bank',
  bankLegend: 'Your bank',
  bankDetails: 'BIC {bic} · bank code {blz}',

  loginHeading: 'Log in to {bank}',
  userIdLabel: 'Online banking ID',
  pinLabel: 'PIN',
  loginHint: 'This bank is simulated: any login works, and nothing is sent to a bank.',

  reviewHeading: {
    payment: 'Check your payment',
    standingOrder: 'Check your standing order',
    directDebit: 'Check your direct debit',
  },

  tanHeading: 'Confirm with a TAN',
  tanIntro: '{bank} has sent a TAN to your banking app.',
  tanLabel: 'TAN',
  tanHint: 'Simulated bank: any six digits work.',

  amount: 'Amount',
  total: 'Total',
  to: 'To',
  from: 'From',
  iban: 'IBAN',
  reference: 'Reference',
  executionDate: 'Execution date',
  firstPayment: 'First payment',
  lastPayment: 'Last payment',
  frequency: 'Frequency',
  frequencies: {
    MONTHLY: 'Monthly',
    EVERY_TWO_MONTHS: 'Every two months',
    QUARTERLY: 'Quarterly',
    SEMI_ANNUAL: 'Every six months',
    ANNUAL: 'Yearly',
  },
  mandate: 'Mandate',
  connectedAccount: 'Connected account no. {id}',
  instantPayment: 'Instant payment',
  connectionName: 'Connection name',
  transfers: '{count} transfers',
  collections: '{count} direct debits',
  moreLines: 'and {count} more',
  heroTo: 'to {name}',
  heroFrom: 'from {name}',

  continue: 'Continue',
  logIn: 'Log in',
  confirm: {
    connect: 'Connect account',
    update: 'Confirm',
    payment: 'Confirm payment',
    standingOrder: 'Set up standing order',
    directDebit: 'Confirm direct debit',
  },
  cancel: 'Cancel',

  fieldRequired: 'Please fill in this field.',
  tanInvalid: 'Enter the six digits of the TAN.',
  bankRequired: 'Choose your bank.',

  validFor: 'This page stays valid for {duration}.',

  completedHeading: {
    connect: 'Bank account connected',
    update: 'Bank connection updated',
    payment: 'Payment submitted',
    standingOrder: 'Standing order set up',
    directDebit: 'Direct debit submitted',
  },
  completedText: 'Your request has been completed.',
  closeTab: 'You can close this tab now and return to the app.',
  errorHeading: 'Something went wrong',
  errorText: 'The process could not be completed.',
  errorReference: 'Reference for customer support:',
  backToApp: 'Back to the app',
  support: 'Contact customer support',
  abortedHeading: 'Cancelled',
  abortedText: 'You cancelled the process.',
  alreadyOpenedHeading: 'This link has already been used',
  alreadyOpenedText:
    'For your security, a web form link can be opened only once. Return to the app and start again.',
  expiredHeading: 'This web form has expired',
  expiredText:
    'Web form links are valid for a limited time only. Return to the app and start again.',
  finishedHeading: 'This web form is already finished',
  finishedText: 'Return to the app to see the result.',
  notFoundHeading: 'Web form not found',
  notFoundText:
    'This link is not valid, or the web form has been deleted. Return to the app and start again.',
  forbiddenHeading: 'This page cannot finish the web form',
  forbiddenText: 'Only the page that opened the web form can finish it.',
  badRequestHeading: 'Invalid request',
  chooseErrorCode: 'Choose one of the error codes.',

  demoHeading: 'Demo controls',
  demoText: 'Not part of finAPI’s form: end this web form at once, from any step.',
};
