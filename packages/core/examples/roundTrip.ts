/**
 * The round trip in plain core, no React and no server: what the hooks do under the hood.
 * Run with `pnpm --filter @webform-kit/core example`; `pnpm example` at the root runs the whole
 * round trip with the flow engine (apps/demo/examples/roundTrip.ts).
 */
import {
  WebFormSchema,
  appendReturnParams,
  createNonce,
  createReturnUrls,
  outcomeOf,
  parseReturn,
} from '@webform-kit/core';

// 1. The backend created a web form; finAPI answered 201 with this (as the proxy passes it on).
const webForm = WebFormSchema.parse({
  id: '946db09e-5bfc-11eb-ae93-0242ac130002',
  url: 'https://webform-sandbox.finapi.io/wf/946db09e-5bfc-11eb-ae93-0242ac130002',
  createdAt: '2026-11-26T10:00:00.000+0000',
  expiresAt: '2026-11-26T10:20:00.000+0000',
  type: 'STANDALONE_PAYMENT',
  status: 'NOT_YET_OPENED',
  payload: {},
});

// 2. Send the user there with the way back appended; the state nonce ties the return to this tab.
const state = createNonce();
const returnUrls = createReturnUrls(
  'https://shop.example/checkout/return',
  { webFormId: webForm.id },
  state,
);
const url = appendReturnParams(
  webForm.url,
  { ...returnUrls, customerSupportUrl: 'https://shop.example/help' },
  { allowedOrigins: ['https://shop.example'] },
);
console.log('Send the user to:\n ', url, '\n');

// 3. The web form sends the user back; read the return URL (a hint only) ...
const back = parseReturn(returnUrls.redirectUrl);
if (!back.ok) throw back.error;
console.log(
  'Came back via',
  back.value.via,
  'for',
  back.value.id,
  'state matches:',
  back.value.state === state,
);

// 4. ... and let the proxy's answer decide the outcome.
const latest = WebFormSchema.parse({ ...webForm, status: 'COMPLETED', payload: { paymentId: 42 } });
console.log('Outcome:', outcomeOf(latest));

// Bad input gets a typed error, not a crash:
try {
  appendReturnParams(webForm.url, { redirectUrl: 'javascript:alert(1)' });
} catch (error) {
  console.log('\nRefused:', (error as Error).message);
}
