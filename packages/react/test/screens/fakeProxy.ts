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

/**
 * A fresh fake proxy at `/api`.
 *
 * @example
 * const proxy = createFakeProxy();
 * render(<WebFormKitProvider client={proxy.client}><WebFormFlow kind="standing-order" request={...} /></WebFormKitProvider>);
 * proxy.openForm();
 * proxy.finish('COMPLETED');
 */
export function createFakeProxy(now: () => number = Date.now): FakeProxy {
  const webForms = new Map<string, WebForm>();
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
      return json(201, newWebForm(webFormMatch[1] as WebFormKind));
    }
    if (webFormMatch?.[1] !== undefined) {
      const webForm = webForms.get(webFormMatch[1]);
      if (webForm === undefined)
        return json(404, { code: 'NOT_FOUND', message: 'No such web form' });
      if (request.method === 'DELETE') {
        webForms.delete(webForm.id);
        return new Response(null, { status: 204 });
      }
      return json(200, webForm);
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
