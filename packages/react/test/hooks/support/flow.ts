import { flowStorageKey } from '../../../src/hooks/index.ts';
import type { WebFormFlowOptions } from '../../../src/hooks/index.ts';

export const RETURN_TO = 'http://localhost:3000/checkout/return';

/** A valid standalone payment request (core's type checks it). */
export const PAYMENT: WebFormFlowOptions<'standalone-payment'> = {
  kind: 'standalone-payment',
  request: {
    orders: [
      {
        amount: { value: 9.99, currency: 'EUR' },
        recipient: { name: 'Demo Shop', iban: 'DE02120300000000202051' },
      },
    ],
  },
  returnTo: RETURN_TO,
};

/** Where the payment flow is stored: its kind and input. */
export const STORAGE_KEY = flowStorageKey(PAYMENT);

/** The flow this tab stored for `options` (the payment by default), as JSON. */
export function storedFlow(options: WebFormFlowOptions = PAYMENT): Record<string, unknown> | null {
  const text = sessionStorage.getItem(flowStorageKey(options));
  return text === null ? null : (JSON.parse(text) as Record<string, unknown>);
}

/** The parameters appended to a web form URL, with the return URL's own parameters. */
export function returnParamsOf(url: string) {
  const params = new URL(url).searchParams;
  const redirect = new URL(params.get('redirectUrl') ?? 'http://invalid/');
  return {
    redirectUrl: params.get('redirectUrl'),
    errorRedirectUrl: params.get('errorRedirectUrl'),
    abortRedirectUrl: params.get('abortRedirectUrl'),
    customerSupportUrl: params.get('customerSupportUrl'),
    returnOrigin: redirect.origin,
    returnPath: redirect.pathname,
    webFormId: redirect.searchParams.get('webFormId'),
    taskId: redirect.searchParams.get('taskId'),
    state: redirect.searchParams.get('state'),
    via: redirect.searchParams.get('via'),
  };
}
