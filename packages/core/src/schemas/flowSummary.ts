import * as z from 'zod/mini';
import { lengthWithin } from './lengthWithin.ts';
import { positiveUpTo } from './positiveUpTo.ts';
import { satisfies } from './satisfies.ts';

// Shown to the customer as text: no control characters (they reorder or hide text), and short
// enough for a screen. 140 is SEPA's length for names and remittance information.
// eslint-disable-next-line no-control-regex
const NO_CONTROL = /^[^\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]*$/;
const ShownText = z.string().check(
  lengthWithin(1, 140),
  satisfies(
    (text) => NO_CONTROL.test(text),
    'must not contain control or bidi-override characters',
  ),
);

/**
 * What the app's backend says a flow is for, for the screens to show: the amount, who is paid,
 * the purpose and the app's own reference (an order number). The proxy's `prepare` decides it
 * and sends it with the web form or task answers; it never comes from the browser's own input.
 *
 * @example
 * FlowSummarySchema.parse({ amount: { value: 250, currency: 'EUR' }, payee: 'Demo Shop', reference: 'Order 1042' })
 */
export const FlowSummarySchema = z.object({
  amount: z.optional(
    z.object({
      value: z.number().check(positiveUpTo(1e12)),
      currency: z
        .string()
        .check(satisfies((code) => /^[A-Z]{3}$/.test(code), 'must be an ISO 4217 code')),
    }),
  ),
  payee: z.optional(ShownText),
  purpose: z.optional(ShownText),
  reference: z.optional(ShownText),
});
export type FlowSummary = z.infer<typeof FlowSummarySchema>;
