import type { FlowSummary } from '@webform-kit/core';
import { WebFormProxyError } from '../WebFormProxyError.ts';

/** What the proxy asks the app's `prepare` about a creation. */
export interface PrepareContext {
  /**
   * The proxy's kebab-case kind: `bank-connection-import`, `standalone-payment`, ... and
   * `background-update` for the task.
   */
  kind: string;
  /** The browser's JSON body as it was sent: the small input the app decides from (`{ orderId }`). */
  input: unknown;
  /** The browser's request (its body already read): headers and cookies, to know the user. */
  request: Request;
  /** The browser session creating the flow. */
  sessionId: string;
}

/** What the app's `prepare` decides. */
export interface PreparedFlow {
  /**
   * finAPI's request body for the kind, checked with core's request schemas. The proxy sets
   * `callbacks` itself, whatever this says.
   */
  body: Record<string, unknown>;
  /**
   * The app's own key for what the flow is for (an order id). With it the proxy keeps one flow
   * per `(kind, reference)`: never a second payment for one order.
   */
  reference?: string | undefined;
  /** What the screens may show (core's `FlowSummarySchema`); sent with every answer about the flow. */
  summary?: FlowSummary | undefined;
}

/**
 * The app's backend turning the browser's input into the finAPI body: the `prepare` option.
 * Throw a `WebFormProxyError` to refuse (an unknown order: `404`, not this user's: `403`).
 */
export type PrepareFlow = (context: PrepareContext) => PreparedFlow | Promise<PreparedFlow>;

/** The kinds that move money: the browser's body is never trusted for them without `prepare`. */
export const PAYMENT_KINDS: readonly string[] = [
  'standalone-payment',
  'payment-with-account-id',
  'direct-debit-with-account-id',
  'standing-order',
];

/**
 * A `prepare` that passes the browser's body through as finAPI's, with no reference and no
 * summary: the browser decides amount, recipient and purpose. For prototypes and the development
 * CLI only; a shop or a bank decides those on its server.
 *
 * @example
 * createWebFormProxy({ ...options, prepare: trustBrowserInput }); // a prototype
 */
export const trustBrowserInput: PrepareFlow = ({ input }) => ({
  body: input as Record<string, unknown>,
});

/**
 * What the proxy does without a `prepare`: the bank connection kinds and the background update
 * pass the browser's body through (the bank connection is the user's own), the payment kinds are
 * refused with `403 PREPARE_REQUIRED`.
 */
export const withoutPrepare: PrepareFlow = (context) => {
  if (PAYMENT_KINDS.includes(context.kind)) {
    throw new WebFormProxyError(
      403,
      'PREPARE_REQUIRED',
      `Creating ${context.kind} needs the proxy's prepare option: the app's backend decides the ` +
        'amount and recipient, not the browser (for a prototype, pass prepare: trustBrowserInput)',
    );
  }
  return trustBrowserInput(context);
};
