import type { Message } from './Messages.ts';

/**
 * The English words of every screen after the redirect screen (and the error texts), loaded with
 * those screens; `en` is these and `enRedirectMessages` together.
 */
export const enLaterMessages = {
  'common.continue': 'Continue',
  'common.support': 'Contact customer support',
  'common.closeTab': 'Close this tab',
  'common.supportReference': 'Reference for customer support',
  'common.copy': 'Copy',
  'common.copied': 'Copied',

  // waiting: the form is open elsewhere
  'waiting.heading.notYetOpened': 'Continue in the secure form',
  'waiting.lead.notYetOpened': 'If the secure form did not open, you can open it here.',
  'waiting.heading.inProgress': 'Please complete the secure form',
  'waiting.lead.inProgress':
    'The form is open in another tab or window. Finish there and come back: this page updates by itself.',
  'waiting.timeLeft': { one: '{duration} left', other: '{duration} left' },
  'waiting.timeUp': 'The time for the secure form is up.',
  'waiting.closedHint': 'Closed the form by mistake? Start again to get a new one.',
  'waiting.restart': 'Start again',

  // completed
  'completed.heading.import': 'Bank account connected',
  'completed.heading.update': 'Bank connection updated',
  'completed.heading.payment': 'Payment submitted',
  'completed.heading.standingOrder': 'Standing order set up',
  'completed.heading.directDebit': 'Direct debit submitted',
  'completed.lead.import':
    'Your bank account is now connected. It may take a moment for all your data to appear.',
  'completed.lead.update': 'Your bank connection is up to date again.',
  'completed.lead.payment':
    'Your bank has received the payment order and will carry it out according to its usual processing times.',
  'completed.lead.standingOrder':
    'Your bank has received the standing order. The payments will be made on the dates you chose.',
  'completed.lead.directDebit':
    'Your bank has received the direct debit and will process it according to its usual processing times.',

  // completed-with-error: one explanation and next step per finAPI error code
  'error.heading.ENTITY_EXISTS': 'This bank connection already exists',
  'error.body.ENTITY_EXISTS':
    'The bank account you chose is already connected, so nothing new was added. You can keep using the existing connection.',
  'error.heading.BANK_SERVER_REJECTION': 'Your bank declined the request',
  'error.body.BANK_SERVER_REJECTION':
    'Your bank stopped the process, for example because the login details or the TAN were not accepted. Please check your details and try again.',
  'error.heading.INTERNAL_ERROR': 'An unexpected error occurred',
  'error.body.INTERNAL_ERROR':
    'The secure form ran into an error it could not identify. Please try again later. If it happens again, contact customer support and quote the reference below.',
  'error.heading.INTERRUPTED': 'The process was interrupted',
  'error.body.INTERRUPTED':
    'The secure form was reloaded or opened again at a step where this is not possible. Please start again and complete the form without reloading it.',
  'error.heading.INVALID_TOKEN': 'Your session has ended',
  'error.body.INVALID_TOKEN':
    'Your session expired while the secure form was open. Please start again; if you are asked to, log in to this app again first.',
  'error.heading.MANDATOR_MISCONFIGURATION': 'This service is not available at the moment',
  'error.body.MANDATOR_MISCONFIGURATION':
    'The service is not set up correctly on our side. You cannot fix this yourself: please contact customer support.',
  'error.heading.NO_ACCOUNTS_FOR_TYPE_LIST': 'No suitable account found',
  'error.body.NO_ACCOUNTS_FOR_TYPE_LIST':
    'None of the accounts at this bank access is of the type needed here, for example a current account. Please try again with a different account or bank.',
  'error.heading.UNDETERMINED_BANK': 'Your bank could not be identified',
  'error.body.UNDETERMINED_BANK':
    'The details given did not point to exactly one bank. Please start again and select your bank.',
  'error.heading.UNEXPECTED_ACCESS_RESPONSE': 'The banking service answered unexpectedly',
  'error.body.UNEXPECTED_ACCESS_RESPONSE':
    'The process could not be completed because of an unexpected answer from the banking service. Please try again later. If it happens again, contact customer support and quote the reference below.',
  'error.heading.UNSUPPORTED_FEATURE': 'Your bank does not support this',
  'error.body.UNSUPPORTED_FEATURE':
    'Your bank does not offer this function, for example payments with a future execution date. Please try again with different details.',
  'error.heading.UNSUPPORTED_ORDER': 'This account cannot be used for this order',
  'error.body.UNSUPPORTED_ORDER':
    'The selected account does not support this kind of order. Please try again with a different account.',
  'error.heading.general': 'The process could not be completed',
  'error.body.general':
    'Something went wrong in the secure form. Please try again. If the problem persists, contact customer support.',
  'error.restart': 'Try again',

  // Failed payments: the heading says what happened to the money
  'payment.notMade.payment': 'No payment was made',
  'payment.notMade.standingOrder': 'No standing order was set up',
  'payment.notMade.directDebit': 'No direct debit was made',
  'payment.unknown.payment': 'The result of your payment is not known yet',
  'payment.unknown.standingOrder': 'It is not known yet whether your standing order was set up',
  'payment.unknown.directDebit': 'The result of your direct debit is not known yet',
  'payment.unknown.lead':
    'Your bank may still carry out the order. To avoid paying twice, please do not start again: check your account or banking app in a little while, or contact customer support.',

  // expired, aborted
  'expired.heading': 'The secure form has expired',
  'expired.lead':
    'For your security, the form is only valid for a limited time, and it ended before the process was finished. Nothing was completed.',
  'expired.restart': 'Start again',
  'aborted.heading': 'Process cancelled',
  'aborted.lead':
    'You cancelled the process in the secure form, so nothing was completed. You can start again at any time.',
  'aborted.restart': 'Start again',

  // web-form-required: a background update of a bank connection needs the user
  'webFormRequired.heading': 'Your bank needs your confirmation',
  'webFormRequired.lead':
    'We could not update your bank connection in the background: your bank wants you to confirm it. You do this in a secure form from finAPI, a regulated provider of banking services. You enter your online banking details there, never in this app.',
  'connectionError.lead.timeout':
    'Our service is taking too long to answer. Please try again. Nothing is lost: you continue where you left off.',
  'connectionError.lead.server':
    'Our service did not answer as expected. Please try again in a moment. Nothing is lost: you continue where you left off.',
  'connectionError.heading.tryLater': 'Not possible right now',
  'connectionError.lead.tryLater':
    'Something for this is already in progress, or there were too many attempts. Please wait a few minutes and try again. Nothing is lost.',
  'connectionError.heading.contactSupport': 'We cannot continue here',
  'connectionError.lead.contactSupport':
    'Our service could not accept this request, and trying again will not change that. Please contact customer support.',
  'connectionError.heading.startAgain': 'Please start again',
  'connectionError.lead.startAgain':
    'Your session has ended or this process is no longer valid, for example after a long break. Start again to continue.',
  'connectionError.heading.appMisconfigured': 'This service is not set up correctly',
  'connectionError.lead.appMisconfigured':
    'A setting in this app is wrong, so the secure form cannot be used. You cannot fix this yourself: please contact customer support.',
} satisfies Record<string, Message>;
