import {
  BankConnectionUpdateTaskDetailsSchema,
  FINAPI_HTTPS_URL,
  createRequestSchemas,
} from '@webform-kit/core/requests';
import * as z from 'zod/mini';

// Everything here runs on loopback, where https is rare; finAPI itself only calls https URLs.
const LOOPBACK_URL =
  /^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::\d{1,5})?(?:[/?#][-a-zA-Z0-9()@:%_+.~#?&/=]*)?$/;

/**
 * Whether the simulator accepts `value` as a callback URL: what finAPI's pattern accepts (https
 * with a dotted host), and also http(s) URLs on 127.0.0.1, localhost and [::1].
 *
 * @example
 * isCallbackUrl('https://shop.example/callbacks') // true
 * isCallbackUrl('http://127.0.0.1:8787/api/callbacks/x') // true (a simulator deviation)
 * isCallbackUrl('http://shop.example/callbacks') // false, as at finAPI
 */
export function isCallbackUrl(value: string): boolean {
  return value.length <= 2048 && (FINAPI_HTTPS_URL.test(value) || LOOPBACK_URL.test(value));
}

const CallbackUrlField = z.string().check(
  z.refine(isCallbackUrl, {
    error:
      'must be an https URL (the simulator also accepts http://127.0.0.1, http://localhost and http://[::1])',
  }),
);
const Callbacks = z.nullish(z.object({ finalised: z.nullish(CallbackUrlField) }));
const TaskCallbacks = z.nullish(
  z.object({
    finalised: z.nullish(CallbackUrlField),
    webFormRequired: z.nullish(CallbackUrlField),
  }),
);

/**
 * core's request-body schemas, as finAPI validates them, except that callback URLs may also be
 * loopback http URLs (a documented deviation of the simulator).
 */
export const simulatorRequestSchemas = {
  'bank-connection-import': z.extend(createRequestSchemas['bank-connection-import'], {
    callbacks: Callbacks,
  }),
  'bank-connection-update': z.extend(createRequestSchemas['bank-connection-update'], {
    callbacks: Callbacks,
  }),
  'standalone-payment': z.extend(createRequestSchemas['standalone-payment'], {
    callbacks: Callbacks,
  }),
  'payment-with-account-id': z.extend(createRequestSchemas['payment-with-account-id'], {
    callbacks: Callbacks,
  }),
  'direct-debit-with-account-id': z.extend(createRequestSchemas['direct-debit-with-account-id'], {
    callbacks: Callbacks,
  }),
  'standing-order': z.extend(createRequestSchemas['standing-order'], { callbacks: Callbacks }),
};

/** `BankConnectionUpdateTaskDetails` with the same callback URL rule. */
export const SimulatorTaskDetailsSchema = z.extend(BankConnectionUpdateTaskDetailsSchema, {
  callbacks: TaskCallbacks,
});
