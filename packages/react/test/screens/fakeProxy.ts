/**
 * An in-memory stand-in for the webform-kit proxy, as a `fetch` function: the flow stories and the
 * flow tests hand it to the real `createProxyClient`, so every answer still goes through the
 * client's parsing, and they drive the web form the way a user at finAPI's form would.
 *
 * Why not msw here: a fetch given to the client works the same in the Storybook browser, in the
 * Vitest browser runner and in jsdom, with no service worker file to serve and no worker start-up
 * race before a story's first request.
 */
import {
  createProxyClient,
  webFormTypeOf,
  type FlowSummary,
  type ProxyClient,
  type Task,
  type WebForm,
  type WebFormKind,
  type WebFormStatus,
} from '@webform-kit/core';

type FinalStatus = Exclude<WebFormStatus, 'NOT_YET_OPENED' | 'IN_PROGRESS'>;

export interface FakeProxy {
  /** A client for the kit's provider (`<WebFormKitProvider client={proxy.client}>`). */
  readonly client: ProxyClient;
  readonly fetch: typeof fetch;
  /** The web form the user works on: the flow's own, or the one a task asks for. */
  current(): WebForm | undefined;
  /** The user has loaded the web form's page. */
  openForm(): void;
  /** The user finished the form, or finAPI ended it. */
  finish(status: FinalStatus, errorCode?: string): void;
  /** A background update needs the user: the task asks for a web form. */
  requireWebForm(): void;
  /** A background update finished without the user. */
  completeTask(): void;
  /** Every request fails as a network error until switched back. */
  setOffline(offline: boolean): void;
  /** How many requests reached the fake, for tests. */
  readonly requests: readonly string[];
}

const TTL_MS = 20 * 60_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** finAPI's timestamp format, `yyyy-MM-dd'T'HH:mm:ss.SSSZ`. */
function finapiTime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(
    d.getUTCHours(),
  )}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`;
}

let counter = 0;
/** A 36-character id, unique in this page. */
function newId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${pad(Date.now() % 1e6, 6)}${pad(counter, 6)}`;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function payloadFor(webForm: WebForm, status: FinalStatus, errorCode?: string): WebForm['payload'] {
  if (status === 'COMPLETED_WITH_ERROR') return { errorCode: errorCode ?? null };
  if (status !== 'COMPLETED') return {};
  switch (webForm.type) {
    case 'BANK_CONNECTION_IMPORT':
    case 'BANK_CONNECTION_UPDATE':
      return { bankConnectionId: 42 };
    case 'STANDING_ORDER':
      return { standingOrderId: 42 };
    default:
      return { paymentId: 42 };
  }
}

/** Options of the fake proxy. */
export interface FakeProxyOptions {
  /**
   * The app's order book, as its `prepare` would use it: a creation whose body names an
   * `orderId` found here is for that order (its reference), answered with its summary, and one
   * flow per order as the proxy keeps it: the same unopened form again, `409 FLOW_IN_PROGRESS`
   * while open, `409 ALREADY_COMPLETED` once paid, `409 PAYMENT_UNCERTAIN` after an error with
   * a `paymentId`, a new form after an abort, expiry or error without one.
   */
  orders?: Record<string, FlowSummary> | undefined;
}

/**
 * A fresh fake proxy at `/api`.
 *
 * @example
 * const proxy = createFakeProxy();
 * render(<WebFormKitProvider client={proxy.client}><WebFormFlow kind="standing-order" request={...} /></WebFormKitProvider>);
 * proxy.openForm();
 * proxy.finish('COMPLETED');
 */
export function createFakeProxy(
  now: () => number = Date.now,
  { orders = {} }: FakeProxyOptions = {},
): FakeProxy {
  const webForms = new Map<string, WebForm>();
  // Order id -> the web form created for it; web form id -> its order's summary.
  const byOrder = new Map<string, string>();
  const summaries = new Map<string, FlowSummary>();
  const answer = (webForm: WebForm) => {
    const summary = summaries.get(webForm.id);
    return summary === undefined ? webForm : { ...webForm, summary };
  };
  // The proxy's decision for an order whose flow exists (see decideByReference).
  const decide = (webForm: WebForm): Response | 'same' | 'new' => {
    const conflict = (code: string) =>
      json(409, { code, message: `the order's flow is ${code}`, id: webForm.id });
    switch (webForm.status) {
      case 'NOT_YET_OPENED':
        return 'same';
      case 'IN_PROGRESS':
        return conflict('FLOW_IN_PROGRESS');
      case 'COMPLETED':
        return conflict('ALREADY_COMPLETED');
      case 'COMPLETED_WITH_ERROR':
        return webForm.payload.paymentId == null ? 'new' : conflict('PAYMENT_UNCERTAIN');
      default:
        return 'new';
    }
  };
  const tasks = new Map<string, Task>();
  const requests: string[] = [];
  let offline = false;
  let latestWebForm: string | undefined;
  let latestTask: string | undefined;

  const newWebForm = (kind: WebFormKind): WebForm => {
    const id = newId();
    const created = now();
    const webForm: WebForm = {
      id,
      url: `https://webform.example/wf/${id}`,
      createdAt: finapiTime(created),
      expiresAt: finapiTime(created + TTL_MS),
      type: webFormTypeOf(kind),
      status: 'NOT_YET_OPENED',
      payload: {},
    };
    webForms.set(id, webForm);
    latestWebForm = id;
    return webForm;
  };

  const update = (id: string | undefined, change: (webForm: WebForm) => WebForm) => {
    const webForm = id === undefined ? undefined : webForms.get(id);
    if (webForm === undefined) return;
    const next = change(webForm);
    webForms.set(webForm.id, next);
    // A task reports the status of the web form it waits for.
    for (const [taskId, task] of tasks) {
      if (task.payload.webForm?.id === next.id) {
        tasks.set(taskId, {
          ...task,
          payload: {
            ...task.payload,
            webForm: { id: next.id, url: next.url, status: next.status },
          },
        });
      }
    }
  };

  const fakeFetch: typeof fetch = async (input, init) => {
    // Not `new Request(input)`: Node's Request refuses the relative URLs a browser accepts.
    const href = input instanceof Request ? input.url : String(input);
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const request = { method };
    const path = new URL(href, 'http://fake.invalid').pathname;
    requests.push(`${method} ${path}`);
    if (offline) throw new TypeError('Failed to fetch');

    const webFormMatch = /^\/api\/webforms\/([\w-]+)$/.exec(path);
    const taskMatch = /^\/api\/tasks\/([\w-]+)$/.exec(path);
    if (request.method === 'POST' && path === '/api/tasks/background-update') {
      const id = newId();
      const task: Task = {
        id,
        createdAt: finapiTime(now()),
        type: 'BANK_CONNECTION_UPDATE',
        status: 'IN_PROGRESS',
        payload: { bankConnectionId: 42, webForm: null, errorCode: null },
      };
      tasks.set(id, task);
      latestTask = id;
      return json(201, task);
    }
    if (request.method === 'POST' && webFormMatch) {
      const body = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
        orderId?: unknown;
      };
      const orderId = typeof body.orderId === 'string' ? body.orderId : undefined;
      const summary = orderId === undefined ? undefined : orders[orderId];
      if (orderId === undefined || summary === undefined) {
        return json(201, newWebForm(webFormMatch[1] as WebFormKind));
      }
      const existing = webForms.get(byOrder.get(orderId) ?? '');
      const decision = existing === undefined ? 'new' : decide(existing);
      if (decision instanceof Response) return decision;
      if (decision === 'same' && existing !== undefined) return json(201, answer(existing));
      const webForm = newWebForm(webFormMatch[1] as WebFormKind);
      byOrder.set(orderId, webForm.id);
      summaries.set(webForm.id, summary);
      return json(201, answer(webForm));
    }
    if (webFormMatch?.[1] !== undefined) {
      const webForm = webForms.get(webFormMatch[1]);
      if (webForm === undefined)
        return json(404, { code: 'NOT_FOUND', message: 'No such web form' });
      if (request.method === 'DELETE') {
        webForms.delete(webForm.id);
        return new Response(null, { status: 204 });
      }
      return json(200, answer(webForm));
    }
    if (taskMatch?.[1] !== undefined) {
      const task = tasks.get(taskMatch[1]);
      return task === undefined
        ? json(404, { code: 'NOT_FOUND', message: 'No such task' })
        : json(200, task);
    }
    return json(404, { code: 'NOT_FOUND', message: `No route ${request.method} ${path}` });
  };

  const current = () => (latestWebForm === undefined ? undefined : webForms.get(latestWebForm));

  return {
    client: createProxyClient({ baseUrl: '/api', fetch: fakeFetch }),
    fetch: fakeFetch,
    requests,
    current,
    openForm: () =>
      update(latestWebForm, (webForm) =>
        webForm.status === 'NOT_YET_OPENED' ? { ...webForm, status: 'IN_PROGRESS' } : webForm,
      ),
    finish: (status, errorCode) =>
      update(latestWebForm, (webForm) => ({
        ...webForm,
        status,
        payload: payloadFor(webForm, status, errorCode),
      })),
    requireWebForm: () => {
      const task = latestTask === undefined ? undefined : tasks.get(latestTask);
      if (task === undefined) return;
      const webForm = newWebForm('bank-connection-update');
      tasks.set(task.id, {
        ...task,
        status: 'WEB_FORM_REQUIRED',
        payload: {
          ...task.payload,
          webForm: { id: webForm.id, url: webForm.url, status: webForm.status },
        },
      });
    },
    completeTask: () => {
      const task = latestTask === undefined ? undefined : tasks.get(latestTask);
      if (task !== undefined) tasks.set(task.id, { ...task, status: 'COMPLETED' });
    },
    setOffline: (value) => {
      offline = value;
    },
  };
}
