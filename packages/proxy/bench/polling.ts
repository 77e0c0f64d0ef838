/**
 * How many finAPI reads the proxy makes per waiting web form: with callbacks registered and with
 * them off, with an event stream open and with none, and once callbacks look lost. Runs the
 * proxy in process in front of a fake finAPI on a virtual clock (ten minutes take a second), and
 * prints reads per minute per form, what that is for 10,000 waiting forms, and the cap on streams
 * per session. Prints figures; asserts nothing. `pnpm --filter @webform-kit/proxy bench`.
 */
import {
  createWebFormProxy,
  DEFAULT_MAX_STREAMS_PER_SESSION,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_UNATTENDED_POLL_MS,
} from '../src/index.ts';
import { installVirtualClock } from './virtualClock.ts';

const FORMS = 100;
const MINUTES = 10;
const AT_SCALE = 10_000;

const clock = installVirtualClock();

interface Scenario {
  label: string;
  callbacks: boolean;
  streams: boolean;
  /** Make callbacks look lost first: one form ends, its callback never comes. */
  lose?: boolean;
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

async function measure(scenario: Scenario): Promise<number> {
  const forms = new Map<string, Record<string, unknown>>();
  const reads = new Map<string, number>();
  const fakeFinapi = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const id = new URL(String(input)).pathname.split('/').at(-1) ?? '';
    if (init?.method === 'POST') {
      const created = crypto.randomUUID();
      const webForm = {
        id: created,
        url: `https://webform.example.test/wf/${created}`,
        createdAt: timestamp(clock.now()),
        expiresAt: timestamp(clock.now() + 20 * 60_000),
        type: 'BANK_CONNECTION_IMPORT',
        status: 'NOT_YET_OPENED',
        payload: {},
      };
      forms.set(created, webForm);
      return Response.json(webForm, { status: 201 });
    }
    reads.set(id, (reads.get(id) ?? 0) + 1);
    const webForm = forms.get(id);
    return webForm ? Response.json(webForm) : new Response('{}', { status: 404 });
  };
  const proxy = createWebFormProxy({
    getAccessToken: async () => 'bench-token',
    finapiUrl: 'https://finapi.bench.test',
    publicUrl: 'https://shop.bench.example',
    allowedOrigins: ['https://shop.bench.example'],
    allowedHosts: ['shop.bench.example'],
    allowedWebFormHosts: ['webform.example.test'],
    sessionSecret: 'bench-polling-secret-0123456789-ABCDEFGHIJ',
    rateLimit: false,
    anonymousRateLimit: false,
    registerCallbacks: scenario.callbacks,
    fetch: fakeFinapi as typeof fetch,
    now: clock.now,
  });
  // A refused request would measure nothing: every answer is checked.
  const expectStatus = async (response: Response, status: number) => {
    if (response.status !== status) {
      throw new Error(`the bench's proxy answered ${response.status}: ${await response.text()}`);
    }
    return response;
  };
  const post = async () =>
    expectStatus(
      await proxy(
        new Request('https://shop.bench.example/api/webforms/bank-connection-import', {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'https://shop.bench.example' },
          body: JSON.stringify({ bank: { search: 'DEMO' } }),
        }),
      ),
      201,
    );
  const bodies: ReadableStream[] = [];
  if (scenario.lose) {
    const response = await post();
    const { id } = (await response.json()) as { id: string };
    forms.set(id, { ...forms.get(id), status: 'COMPLETED', payload: { bankConnectionId: 1 } });
  }
  const waiting: string[] = [];
  for (let i = 0; i < FORMS; i++) {
    // One session per form, as one customer per checkout.
    const response = await post();
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { id } = (await response.json()) as { id: string };
    waiting.push(id);
    if (scenario.streams) {
      const stream = await expectStatus(
        await proxy(
          new Request(`https://shop.bench.example/api/webforms/${id}/events`, {
            headers: { cookie, origin: 'https://shop.bench.example' },
          }),
        ),
        200,
      );
      if (stream.body) bodies.push(stream.body);
    }
  }
  // The minute in which lost callbacks are found is not the steady state; measure after it.
  if (scenario.lose) await clock.advance(DEFAULT_UNATTENDED_POLL_MS + 15_000);
  const before = waiting.reduce((sum, id) => sum + (reads.get(id) ?? 0), 0);
  await clock.advance(MINUTES * 60_000);
  const after = waiting.reduce((sum, id) => sum + (reads.get(id) ?? 0), 0);
  for (const body of bodies) await body.cancel();
  proxy.close();
  return (after - before) / FORMS / MINUTES;
}

const scenarios: Scenario[] = [
  { label: 'callbacks on, stream open', callbacks: true, streams: true },
  { label: 'callbacks on, no stream', callbacks: true, streams: false },
  { label: 'callbacks on but lost, stream open', callbacks: true, streams: true, lose: true },
  { label: 'callbacks off, stream open', callbacks: false, streams: true },
  { label: 'callbacks off, no stream', callbacks: false, streams: false },
];

console.log(
  `proxy polling benchmark: ${FORMS} waiting web forms, ${MINUTES} virtual minutes each, ` +
    `pollIntervalMs ${DEFAULT_POLL_INTERVAL_MS}, unattendedPollMs ${DEFAULT_UNATTENDED_POLL_MS}`,
);
console.log('scenario                              reads/min/form   at 10,000 forms');
for (const scenario of scenarios) {
  const perMinute = await measure(scenario);
  const perSecond = (perMinute * AT_SCALE) / 60;
  console.log(
    `${scenario.label.padEnd(36)}  ${perMinute.toFixed(2).padStart(14)}   ${perSecond.toFixed(0).padStart(6)} reads/s`,
  );
}
console.log(
  `max event streams per session: ${DEFAULT_MAX_STREAMS_PER_SESSION} (maxStreamsPerSession)`,
);
clock.uninstall();
