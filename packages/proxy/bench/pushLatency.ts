/**
 * How soon a browser's event stream hears the end of a flow: from finAPI's callback POST to the
 * first event on the stream with a final status, for web forms and for tasks, and the same with
 * polling (a GET every 2 s, as the kit polls without push). Runs the proxy in process in front of a
 * fake finAPI that answers at once, on the real clock, so the figures are the proxy's own work and
 * its rules (finAPI's one read a second per resource, the 2 s polling). Prints p50/p95/max over
 * BENCH_RUNS runs (default 40, 10 to 400) per variant; asserts nothing.
 * `pnpm --filter @webform-kit/proxy bench`.
 *
 * Each run waits a random 0-2 s between the stream's (or the first poll's) read of finAPI and the
 * callback, so the callback falls at any phase of the 1 s read spacing and of the 2 s polling.
 * With push, two figures: the first final event (a provisional one, carrying the callback's status,
 * where the proxy sends one) and the validated one (the proxy's finAPI read after the callback,
 * with payment ids and error codes).
 */
import type { Task, WebForm } from '@webform-kit/core';
import { createWebFormProxy } from '../src/index.ts';
import { createFakeFinapi, FINAPI_TOKEN } from '../test/fakeFinapi.ts';

const APP_ORIGIN = 'http://localhost:5173';
const PROXY_ORIGIN = 'http://proxy.test';
/** The kit's poll interval without push, and the period the callbacks' phase is drawn from. */
const CYCLE_MS = 2_000;
/** Runs at once: each is its own web form or task, so they do not share a read spacing. */
const CONCURRENCY = 10;
const RUN_TIMEOUT_MS = 10_000;

function bounded(name: string, fallback: number, min: number, max: number): number {
  const value = Number(process.env[name] ?? fallback);
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}
const RUNS = bounded('BENCH_RUNS', 40, 10, 400);

const finapi = createFakeFinapi();
/** The callback URLs the proxy registered, by the id finAPI gave the web form or task. */
const callbacksById = new Map<string, Record<string, string>>();
const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await finapi.fetch(input, init);
  if (init?.method === 'POST' && response.status === 201) {
    const { id } = (await response.clone().json()) as { id: string };
    const body = JSON.parse(String(init.body)) as { callbacks: Record<string, string> };
    callbacksById.set(id, body.callbacks);
  }
  return response;
};
const proxy = createWebFormProxy({
  finapiUrl: 'https://finapi.test',
  getAccessToken: async () => FINAPI_TOKEN,
  publicUrl: 'https://proxy.example.com',
  allowedOrigins: [APP_ORIGIN],
  allowedHosts: [new URL(PROXY_ORIGIN).host],
  allowedWebFormHosts: ['webform.example.test'],
  sessionSecret: 'bench-session-secret-that-is-long-enough-0123456789',
  rateLimit: false,
  anonymousRateLimit: false,
  fetch: recordingFetch as typeof fetch,
});

/** A browser as the proxy sees one: it keeps its session cookie. */
function createBrowser() {
  let cookie: string | undefined;
  return async (method: string, path: string, body?: unknown): Promise<Response> => {
    const headers = new Headers({ origin: APP_ORIGIN });
    if (cookie !== undefined) headers.set('cookie', cookie);
    if (body !== undefined) headers.set('content-type', 'application/json');
    const response = await proxy(
      new Request(`${PROXY_ORIGIN}${path}`, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
      }),
    );
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) cookie = setCookie.split(';')[0];
    return response;
  };
}

type Browser = ReturnType<typeof createBrowser>;
type Message = { status: string; provisional?: boolean; payload: Record<string, unknown> };

/** Calls `onMessage` with each event of a stream, with the moment it arrived. */
function listen(response: Response, onMessage: (message: Message, at: number) => void) {
  if (response.body === null) throw new Error('the stream has no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const done = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trimStart())
          .join('\n');
        if (data !== '') onMessage(JSON.parse(data) as Message, performance.now());
      }
    }
  })();
  return { done, cancel: () => reader.cancel().catch(() => undefined) };
}

function callbacksOf(id: string): Record<string, string> {
  const callbacks = callbacksById.get(id);
  if (callbacks === undefined) throw new Error(`no callbacks registered for ${id}`);
  return callbacks;
}

function postCallback(url: string, body: unknown): Promise<Response> {
  return proxy(
    new Request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

const FINAL = new Set(['COMPLETED', 'COMPLETED_WITH_ERROR', 'EXPIRED', 'ABORTED']);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sample {
  /** Callback POST -> the first event with a final status (provisional or validated). */
  first: number;
  /** Callback POST -> the validated final event. */
  validated: number;
}

/** A web form waiting on its stream; at a random phase, finAPI completes it and calls back. */
async function pushWebForm(): Promise<Sample> {
  const browser = createBrowser();
  const webForm = (await (
    await browser('POST', '/api/webforms/bank-connection-import', { bank: { search: 'DEMO' } })
  ).json()) as WebForm;
  const { finalised } = callbacksOf(webForm.id);
  finapi.setWebForm(webForm.id, { status: 'IN_PROGRESS' });
  return timeStream(browser, `/api/webforms/${webForm.id}/events`, async () => {
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { bankConnectionId: 7 } });
    const at = performance.now();
    void postCallback(finalised ?? '', { webFormId: webForm.id, status: 'COMPLETED' });
    return at;
  });
}

/** A task whose web form the user is in; at a random phase, both complete and finAPI calls back. */
async function pushTask(): Promise<Sample> {
  const browser = createBrowser();
  const task = (await (
    await browser('POST', '/api/tasks/background-update', { bankConnectionId: 3 })
  ).json()) as Task;
  const callbacks = callbacksOf(task.id);
  const formId = crypto.randomUUID();
  const url = `https://webform.example.test/wf/${formId}`;
  finapi.webForms.set(formId, {
    id: formId,
    url,
    createdAt: '2026-01-01T00:00:00.000+0000',
    expiresAt: '2099-01-01T00:20:00.000+0000',
    type: 'BANK_CONNECTION_UPDATE',
    status: 'IN_PROGRESS',
    payload: {},
  });
  const required = { id: formId, url, status: 'IN_PROGRESS' as const };
  finapi.setTask(task.id, {
    status: 'WEB_FORM_REQUIRED',
    payload: { bankConnectionId: 3, webForm: required },
  });
  await postCallback(callbacks.webFormRequired ?? '', {
    taskId: task.id,
    status: 'WEB_FORM_REQUIRED',
    webForm: required,
  });
  return timeStream(browser, `/api/tasks/${task.id}/events`, async () => {
    const done = { ...required, status: 'COMPLETED' as const };
    finapi.setWebForm(formId, { status: 'COMPLETED', payload: { bankConnectionId: 3 } });
    finapi.setTask(task.id, {
      status: 'COMPLETED',
      payload: { bankConnectionId: 3, webForm: done },
    });
    const at = performance.now();
    void postCallback(callbacks.finalised ?? '', {
      taskId: task.id,
      status: 'COMPLETED',
      webForm: done,
    });
    return at;
  });
}

async function timeStream(
  browser: Browser,
  path: string,
  finish: () => Promise<number>,
): Promise<Sample> {
  const response = await browser('GET', path);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  let first: number | undefined;
  let validated: number | undefined;
  let opened!: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  const stream = listen(response, (message, at) => {
    opened();
    const final = FINAL.has(message.status);
    if (final && first === undefined) first = at;
    if (final && message.provisional !== true && validated === undefined) validated = at;
  });
  await open;
  // The stream's first message came from a finAPI read; the callback follows at a random phase.
  await sleep(Math.random() * CYCLE_MS);
  const postedAt = await finish();
  const timeout = sleep(RUN_TIMEOUT_MS).then(() => stream.cancel());
  await Promise.race([stream.done, timeout]);
  if (first === undefined || validated === undefined) throw new Error(`${path}: no final event`);
  void stream.cancel();
  return { first: first - postedAt, validated: validated - postedAt };
}

/** Without push: a GET every 2 s; at a random phase finAPI completes the form and calls back. */
async function pollWebForm(): Promise<Sample> {
  const browser = createBrowser();
  const webForm = (await (
    await browser('POST', '/api/webforms/bank-connection-import', { bank: { search: 'DEMO' } })
  ).json()) as WebForm;
  const { finalised } = callbacksOf(webForm.id);
  finapi.setWebForm(webForm.id, { status: 'IN_PROGRESS' });
  const pollStarted = performance.now();
  const finishing = sleep(Math.random() * CYCLE_MS).then(() => {
    finapi.setWebForm(webForm.id, { status: 'COMPLETED', payload: { bankConnectionId: 7 } });
    const at = performance.now();
    void postCallback(finalised ?? '', { webFormId: webForm.id, status: 'COMPLETED' });
    return at;
  });
  for (let poll = 0; ; poll++) {
    await sleep(Math.max(0, pollStarted + poll * CYCLE_MS - performance.now()));
    const answer = (await (await browser('GET', `/api/webforms/${webForm.id}`)).json()) as WebForm;
    if (FINAL.has(answer.status)) {
      const seen = performance.now() - (await finishing);
      return { first: seen, validated: seen };
    }
    if (poll * CYCLE_MS > RUN_TIMEOUT_MS) throw new Error('polling saw no final status');
  }
}

async function measure(run: () => Promise<Sample>): Promise<{ samples: Sample[]; failed: number }> {
  const samples: Sample[] = [];
  let failed = 0;
  await run().catch(() => undefined); // warm-up, not counted
  for (let started = 0; started < RUNS; started += CONCURRENCY) {
    const batch = Array.from({ length: Math.min(CONCURRENCY, RUNS - started) }, () => run());
    for (const result of await Promise.allSettled(batch)) {
      if (result.status === 'fulfilled') samples.push(result.value);
      else {
        failed++;
        console.warn(`    run failed: ${String(result.reason)}`);
      }
    }
  }
  return { samples, failed };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

const rows: Record<string, string | number>[] = [];
const variants = [
  { name: 'web form, push', run: pushWebForm, push: true },
  { name: 'task, push', run: pushTask, push: true },
  { name: 'web form, polling (GET every 2 s)', run: pollWebForm, push: false },
] as const;
console.log(
  `Push latency: callback POST -> final event, ${RUNS} runs per variant at a random 0-2 s phase, ` +
    `${CONCURRENCY} at a time, proxy in process, fake finAPI answering at once`,
);
for (const variant of variants) {
  const { samples, failed } = await measure(variant.run);
  const figures = variant.push
    ? ([
        ['first final event', samples.map((s) => s.first)],
        ['validated final event', samples.map((s) => s.validated)],
      ] as const)
    : ([['final answer', samples.map((s) => s.first)]] as const);
  for (const [what, values] of figures) {
    rows.push({
      variant: variant.name,
      what,
      runs: values.length,
      failed,
      p50: ms(percentile(values, 50)),
      p95: ms(percentile(values, 95)),
      max: ms(Math.max(...values)),
    });
  }
}
console.table(rows);
console.log(
  "first final event: with push, the provisional event carrying the callback's status where the\n" +
    "  proxy sends one, else the validated one. validated: the snapshot of the proxy's finAPI read\n" +
    "  after the callback, which keeps finAPI's one read a second per web form or task.",
);
// Streams, pollers and timers are the proxy's; this run is over.
process.exit(0);
