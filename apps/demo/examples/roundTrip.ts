/**
 * A whole round trip with core's flow engine alone: no React, no server, no network. The app's
 * backend (the proxy) and finAPI (the simulator) run in this process as fetch handlers wired to
 * each other; the "browser" is a cookie jar, two storages and an address bar given to the engine
 * as its environment. Run with `pnpm example` at the root.
 *
 * create -> open -> complete at the (simulated) bank -> return -> the proxy's outcome
 */
import { QueryClient, environmentManager } from '@tanstack/query-core';
import { createProxyClient } from '@webform-kit/core';
import { FlowEngine, createFlowKit, createMemoryStorage } from '@webform-kit/core/flow';
import type {
  FlowEnvironment,
  ReturnFlowResult,
  WebFormFlowResult,
  WebFormKitEvent,
} from '@webform-kit/core/flow';
import { createWebFormProxy, WebFormProxyError, type PrepareFlow } from '@webform-kit/proxy';
import { DEFAULT_CLIENTS, DEFAULT_USERS, createSimulator } from '@webform-kit/simulator';

// This script plays a browser. Without a `window` TanStack Query takes Node for a server and
// schedules no polls; the engine relies on them (push is off here).
environmentManager.setIsServer(() => false);

const SHOP = 'https://shop.example';
const FINAPI = 'https://webform.finapi.example';

// --- The network: every request goes to the proxy or the simulator, in this process -------------

const route = (request: Request): Promise<Response> =>
  new URL(request.url).origin === SHOP ? proxy(request) : simulator.fetch(request);
const network: typeof fetch = (input, init) => route(new Request(input, init));

const simulator = createSimulator({ publicUrl: FINAPI, fetch: network });
const [client, user] = [DEFAULT_CLIENTS[0], DEFAULT_USERS[0]];
if (client === undefined || user === undefined) throw new Error('the simulator has no demo user');
// The shop's backend decides what is paid: the browser names the order, `prepare` builds the
// payment from the shop's own record of it, with the order id as the proxy's reference.
const ORDERS = new Map([['A-1042', { value: 49.9, purpose: 'Order A-1042' }]]);
const prepare: PrepareFlow = ({ input }) => {
  const orderId = (input as { orderId?: unknown } | null)?.orderId;
  const order = typeof orderId === 'string' ? ORDERS.get(orderId) : undefined;
  if (order === undefined) throw new WebFormProxyError(404, 'NOT_FOUND', 'No such order');
  return {
    body: {
      orders: [
        {
          amount: { value: order.value, currency: 'EUR' },
          purpose: order.purpose,
          recipient: { name: 'Example Shop', iban: 'DE89370400440532013000' },
        },
      ],
    },
    reference: orderId as string,
    summary: { amount: { value: order.value, currency: 'EUR' }, payee: 'Example Shop' },
  };
};

const proxy = createWebFormProxy({
  publicUrl: SHOP,
  finapiUrl: FINAPI,
  accessUrl: FINAPI,
  passwordGrant: { ...client, ...user },
  sessionSecret: 'an-example-secret-of-at-least-32-characters',
  allowedOrigins: [SHOP],
  prepare,
  fetch: network,
});

// --- The browser: a cookie jar for the proxy's session, storage, the address bar ------------------

let cookie: string | undefined;
const browserFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  if (cookie !== undefined) request.headers.set('cookie', cookie);
  // A browser names the page's origin on every request to the proxy.
  request.headers.set('origin', SHOP);
  const response = await route(request);
  cookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie;
  return response;
};

const session = createMemoryStorage();
const local = createMemoryStorage();
let address = `${SHOP}/checkout`;
const env: Partial<FlowEnvironment> = {
  storage: (name) => (name === 'sessionStorage' ? session : local),
  assign: (url) => {
    address = url;
  },
  href: () => address,
  replaceState: (url) => {
    address = url;
  },
  // One tab, and polling: no other tabs to tell, no event stream.
  BroadcastChannel: () => undefined,
  EventSource: () => undefined,
};

/** What one page load of the shop has: its own QueryClient, the same browser. */
function pageLoad() {
  return createFlowKit({
    client: createProxyClient({ baseUrl: `${SHOP}/api`, fetch: browserFetch }),
    queryClient: new QueryClient(),
    push: false,
    pollIntervalMs: 1_000,
    env,
    onEvent: (event: WebFormKitEvent) => console.log(`  event: ${describe(event)}`),
  });
}

function describe(event: WebFormKitEvent): string {
  switch (event.type) {
    case 'status-changed':
      return `${event.type} ${event.status}`;
    case 'outcome':
      return `${event.type} ${event.outcome.kind}`;
    case 'returned':
      return `${event.type} via ${event.via}`;
    case 'error':
      return `${event.type} ${event.error.kind} ${event.error.status ?? ''} ${event.error.code ?? ''}`.trim();
    default:
      return event.type;
  }
}

/** Resolves with the engine's result once `done` holds, listening as a page would. */
function until<R>(
  engine: FlowEngine,
  read: () => R,
  done: (result: R) => boolean,
): Promise<{ result: R; leave: () => void }> {
  return new Promise((resolve) => {
    const check = () => {
      const result = read();
      if (done(result)) resolve({ result, leave });
    };
    const leave = engine.subscribe(check);
    check();
  });
}

// --- The round trip -----------------------------------------------------------------------------

console.log(`1. At ${address}: the flow creates a payment web form through the proxy`);
const checkout = pageLoad();
const flow = new FlowEngine(checkout, {
  kind: 'standalone-payment',
  input: { orderId: 'A-1042' },
  returnTo: `${SHOP}/checkout/return`,
  openIn: 'same-tab',
});
const ready = await until(flow, flow.getResult, (r: WebFormFlowResult) => r.state === 'ready');
console.log(`   ${ready.result.state}, web form ${ready.result.id}`);

console.log('2. open(): the user goes to the web form in this tab');
flow.open();
console.log(`   ${flow.getResult().state}; the address bar now shows the bank's form`);
// The page is left: its engine stops listening and its QueryClient goes with it.
ready.leave();
checkout.queryClient.clear();

console.log('3. At the bank: the user presses "Complete" on the hosted page');
const page = await (await network(address)).text();
const pageToken = /name="pageToken" value="([^"]+)"/.exec(page)?.[1];
const action = /action="([^"]*\/complete)"/.exec(page)?.[1];
if (pageToken === undefined || action === undefined) throw new Error('no hosted form page');
const posted = await network(new URL(action, address), {
  method: 'POST',
  body: new URLSearchParams({ pageToken }),
  redirect: 'manual',
});
address = posted.headers.get('location') ?? '';
console.log(`   the form sends the user back: ${posted.status} to ${new URL(address).pathname}`);

console.log('4. Back at the shop: the return route accepts the URL and asks the proxy');
const returning = pageLoad();
const back = new FlowEngine(returning, {}, 'return');
const done = await until(
  back,
  back.getReturnResult,
  (r: ReturnFlowResult) => r.state !== 'checking',
);
console.log(`   the address bar, stripped: ${address}`);

console.log('5. The outcome, as the proxy says it (the URL only said "via success"):');
console.log('  ', done.result.state === 'outcome' ? done.result.outcome : done.result.error);
done.leave();
// The example is also a check (an end-to-end test runs it): anything but the payment is a failure.
if (done.result.state !== 'outcome' || done.result.outcome.kind !== 'completed') {
  process.exitCode = 1;
}
// Nothing left to run: the caches' timers, the proxy's watchers, the simulator's clock.
returning.queryClient.clear();
proxy.close();
simulator.close();
