import type { Message } from './Messages.ts';

/**
 * The English words of the first screen (redirect, or checking for a background update) and of
 * the connection-error screen shown when the kit's own code fails to load: what the one-line flow needs before its lazy chunk arrives.
 * The rest is in `enLaterMessages`, which loads with the later screens; `en` is both.
 */
export const enRedirectMessages = {
  // Shared
  'common.cancel': 'Cancel',
  'common.opensInNewTab': '(opens in a new tab)',

  // What the flow is for, from the app's backend: before the form, and as the receipt
  'summary.amount': 'Amount',
  'summary.payee': 'Recipient',
  'summary.purpose': 'Purpose',
  'summary.reference': 'Reference',
  'summary.paymentId': 'Payment ID',

  // The action that opens finAPI's form (redirect, waiting, web-form-required)
  'open.button': 'Continue to the secure form',
  'open.link': 'Open the secure form',
  'open.preparing': 'Preparing the secure form…',
  'open.popupBlocked':
    'Your browser blocked the new tab. Please open the secure form with the link below.',
  'open.newTab':
    'The form opens in a new tab. Please keep this page open: it shows the result when you are done.',

  // redirect: before the user leaves for the form, worded for the flow
  'redirect.heading.import': 'Connect your bank account',
  'redirect.heading.update': 'Update your bank connection',
  'redirect.heading.payment': 'Confirm your payment with your bank',
  'redirect.heading.standingOrder': 'Set up your standing order with your bank',
  'redirect.heading.directDebit': 'Confirm your direct debit with your bank',
  'redirect.lead.import':
    'You connect your account in a secure form from finAPI, a regulated provider of banking services. You enter your online banking details there, never in this app.',
  'redirect.lead.update':
    'Your bank needs you to confirm the connection again. You do this in a secure form from finAPI, a regulated provider of banking services. You enter your online banking details there, never in this app.',
  'redirect.lead.payment':
    'You approve the payment in a secure form from finAPI, a regulated payment service provider. You log in to your bank there, never in this app.',
  'redirect.lead.standingOrder':
    'You approve the standing order in a secure form from finAPI, a regulated payment service provider. You log in to your bank there, never in this app.',
  'redirect.lead.directDebit':
    'You approve the direct debit in a secure form from finAPI, a regulated payment service provider. You log in to your bank there, never in this app.',
  'redirect.stepsHeading': 'What happens next',
  'redirect.step.open': 'Open the secure form.',
  'redirect.step.confirm':
    'Log in to your bank and confirm, for example with a TAN or in your banking app.',
  'redirect.step.return': 'Come back here. We will show you the result.',
  'redirect.countdown': 'You will be taken to the secure form automatically {time}.',
  'redirect.countdownCancel': 'Stay on this page',
  'redirect.countdownCancelled':
    'Automatic forwarding is off. Continue to the secure form when you are ready.',

  // checking: while the result is confirmed (also a background update's first screen)
  'checking.heading': 'Checking the result',
  'checking.lead': 'One moment, please. We are confirming the result of the secure form.',

  // connection-error: the app's own service cannot be reached, answered nonsense, or refused
  'connectionError.heading': 'Connection problem',
  'connectionError.lead.network':
    'We cannot reach our service. Please check your internet connection and try again. Nothing is lost: you continue where you left off.',
  'connectionError.retry': 'Try again',
} satisfies Record<string, Message>;
