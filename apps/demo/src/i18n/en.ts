/**
 * The demo's own words (its chrome: start page, crumbs, settings, walkthrough, event log), in
 * English. The kit's screens bring their own catalogue. `{name}` marks a value filled in.
 */
export const en = {
  lang: 'en',

  settings: 'Demo settings',
  languageLabel: 'Language',
  themeLabel: 'Theme',
  themes: { system: 'Follow the system', light: 'Light', dark: 'Dark' },
  openInLabel: 'Open the form in',
  openIn: { 'same-tab': 'The same tab', 'new-tab': 'A new tab' },
  updatesLabel: 'Status updates',
  updates: { push: 'Push (Server-Sent Events)', polling: 'Polling only' },
  scenarioLabel: 'finAPI scenario',
  scenarios: {
    normal: {
      label: 'finAPI behaves',
      description: 'Callbacks arrive at once; forms live 20 minutes.',
    },
    'callback-delayed': {
      label: 'Callback delayed',
      description: 'finAPI calls back 8 seconds late; the backend’s own checks may be first.',
    },
    'callback-dropped': {
      label: 'Callback lost',
      description: 'No callback ever arrives; the backend’s own checks must find the outcome.',
    },
    'slow-proxy': { label: 'Slow finAPI', description: 'Every finAPI answer takes 1.5 seconds.' },
    'short-expiry': {
      label: 'Short expiry',
      description: 'New forms expire after 30 seconds, to show the expired screen.',
    },
  },
  /** `{status}` */
  scenarioRefused: 'The simulator refused the scenario ({status}).',
  taskLabel: 'Background update',
  taskModes: {
    'web-form-required': 'Bank asks for the customer',
    complete: 'Completes in the background',
    fail: 'Fails in the background',
  },
  panelsLabel: 'Show the walkthrough and the event log',

  startHeading: 'What would you like to do?',
  startLead:
    'Each flow sends you to a bank or payment form hosted by finAPI and brings you back here. In this demo a finAPI simulator plays the bank: walk through its steps, or end the form at once with its demo controls (“Complete”, “Complete with error”, “Abort”) to see every outcome.',
  flows: {
    'bank-connection-import': {
      title: 'Connect a bank account',
      summary:
        'The customer logs in to their bank in finAPI’s form; the app gets a bank connection.',
    },
    'bank-connection-update': {
      title: 'Update a bank connection',
      summary:
        'A background update that needs the customer only when the bank asks for a login or SCA.',
    },
    'standalone-payment': {
      title: 'Pay by bank transfer',
      summary:
        'A one-off SEPA transfer the customer approves at their bank: checkout without cards.',
    },
    'standing-order': {
      title: 'Set up a standing order',
      summary: 'A monthly transfer from the customer’s account, approved once.',
    },
    'direct-debit-with-account-id': {
      title: 'Collect a direct debit',
      summary:
        'The merchant collects from a payer under a mandate, approved at the merchant’s bank.',
    },
    'payment-with-account-id': {
      title: 'Pay from a connected account',
      summary: 'A transfer from an account the customer already connected.',
    },
    'bank-connection-update-form': {
      title: 'Update a bank connection (web form)',
      summary: 'The update as a web form the customer always goes through.',
    },
  },

  /** While a page's code loads (after a click; the first page waits for its own). */
  loading: 'Loading…',
  /** A page whose code failed to load (see PageBoundary.tsx). */
  pageLoadErrorHeading: 'This page couldn’t be loaded',
  pageLoadErrorLead: 'Check your connection and try again. Nothing you did is lost.',
  pageLoadErrorRetry: 'Try again',
  notFoundHeading: 'Page not found',
  backToStart: 'Back to the start page',
  supportHeading: 'Customer support',
  supportLead:
    'Something went wrong with your bank or payment? We’re here to help, Monday to Friday, 8:00 to 20:00.',
  supportPhone: 'Phone',
  supportEmail: 'Email',
  supportCode: 'If you were shown an error code, please have it at hand.',
  refusedHeading: 'This link can’t be used',
  refusedStale:
    'It belongs to a bank visit that has already ended or is too old. Nothing was changed.',
  refusedInvalid:
    'It doesn’t match a bank visit started in this browser, so we can’t show a result for it. Nothing was changed.',

  ordersHeading: 'Your orders',
  ordersEmpty: 'No orders yet: pay for something above and it shows up here, with how it ended.',
  ordersUnavailable: 'The order book could not be loaded; it is tried again in a moment.',
  orderColumns: { order: 'Order', flow: 'What', amount: 'Amount', status: 'Status' },
  orderStatus: {
    open: 'Open',
    completed: 'Submitted',
    'completed-with-error': 'Failed',
    aborted: 'Cancelled',
    expired: 'Expired',
  },

  asideLabel: 'How it works',
  walkthroughHeading: 'Walkthrough',
  walkthroughIdle: 'Start a flow: each step lights up as it happens.',
  customer: 'Customer',
  backend: 'Behind the scenes',
  steps: {
    create: {
      title: 'The app creates a secure form',
      customer: 'Chooses what to do. The app explains that the bank part happens at finAPI.',
      backend:
        'The backend asks finAPI for a web form, as the customer’s finAPI user, and registers a callback. finAPI answers with a one-time link, valid for 20 minutes.',
    },
    send: {
      title: 'Off to the bank',
      customer: 'Goes to finAPI’s form, in this tab or a new one.',
      backend:
        'The app adds the ways back (success, error, cancel, support) to the link, each tied to this visit.',
    },
    bank: {
      title: 'At the bank',
      customer: 'Chooses the bank, logs in and confirms with a TAN (here: the simulator).',
      backend:
        'finAPI reports “in progress”. The app follows the status through its backend: pushed live, with slow checks as a safety net.',
    },
    end: {
      title: 'finAPI reports the end',
      customer: 'Is sent back at once on success; after an error or a cancel, offered a link back.',
      backend:
        'finAPI calls the backend back. The backend reads the result from finAPI and pushes it to the app; if the callback is lost, its own checks find it.',
    },
    back: {
      title: 'Back in the app',
      customer: 'Lands on the app’s return page, which checks for a moment.',
      backend:
        'The app checks that the return belongs to this visit and asks its backend: the address only hints at the outcome, the backend decides.',
    },
    outcome: {
      title: 'The outcome',
      customer: 'Sees what happened in plain words, with the next step.',
      backend:
        'The result (a bank connection, a payment, or an error code) comes from finAPI, never from the address bar.',
    },
  },

  logHeading: 'Event log',
  clear: 'Clear',
  logEmpty: 'Start a flow to see what the app and its backend do, step by step.',
  sources: { app: 'App', proxy: 'Backend' },
  /** `{seconds}` */
  sinceStart: '+{seconds} s',
  events: {
    createdWebForm: 'The app had its backend create the form',
    createdTask: 'The app had its backend start the update',
    openedSameTab: 'The customer went to the bank’s form in this tab',
    openedNewTab: 'The customer went to the bank’s form in a new tab',
    popupBlocked: 'The browser blocked the new tab; the app offers a link',
    webFormStatus: {
      NOT_YET_OPENED: 'The form is ready for the customer',
      IN_PROGRESS: 'The customer is at the bank',
      COMPLETED: 'finAPI reports: done',
      COMPLETED_WITH_ERROR: 'finAPI reports: ended with an error',
      EXPIRED: 'finAPI reports: the form expired',
      ABORTED: 'finAPI reports: the customer cancelled',
    },
    taskStatus: {
      NOT_YET_STARTED: 'The update waits at finAPI',
      IN_PROGRESS: 'finAPI is updating the bank connection',
      WEB_FORM_REQUIRED: 'The bank needs the customer: finAPI made a form',
      COMPLETED: 'finAPI reports: the update is done',
      COMPLETED_WITH_ERROR: 'finAPI reports: the update failed',
    },
    /** `{via}`: the return route's hint, e.g. success */
    returned: 'The customer came back to the app (the address says “{via}”, only a hint)',
    /** `{outcome}` */
    outcome: 'The backend confirmed the outcome: {outcome}',
    outcomes: {
      completed: 'done',
      'completed-with-error': 'an error',
      expired: 'expired',
      aborted: 'cancelled',
    },
    cancelled: 'The customer cancelled in the app; the form was deleted',
    pushConnected: 'Live updates connected',
    pushFailed: 'Live updates failed; the app checks every few seconds',
    /** `{kind}` */
    error: 'Something went wrong ({kind})',
    finapiCreate: 'The backend asked finAPI for a form',
    finapiCreateTask: 'The backend asked finAPI to update the bank connection',
    finapiRead: 'The backend read the status from finAPI',
    finapiDelete: 'The backend deleted the form at finAPI',
    finapiOther: 'The backend called finAPI',
    callbackAccepted: 'finAPI called the backend back',
    /** `{reason}` */
    callbackRefused: 'The backend refused a callback ({reason})',
    /** `{code}` */
    pollError: 'The backend’s status check failed ({code})',
    outcomeRecorded: 'The shop’s backend recorded the outcome for the order',
    /** `{seconds}` */
    outcomeRetry: 'Recording the outcome failed; tried again in {seconds} s',
    outcomeNotRecorded: 'Recording the outcome failed for the last time',
    proxyError: 'The backend reported an error',
  },
};

export type DemoMessages = typeof en;
