import type { Task, WebForm, WebFormStatus } from '@webform-kit/core';

/** The only token the fake accepts; tests check it never reaches a browser. */
export const FINAPI_TOKEN = 'finapi-user-token-Zx81-never-for-browsers';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
}

type Override = (
  request: Request,
  path: string,
) => Response | undefined | Promise<Response | undefined>;

const WEB_FORM_TYPES: Record<string, WebForm['type']> = {
  bankConnectionImport: 'BANK_CONNECTION_IMPORT',
  bankConnectionUpdate: 'BANK_CONNECTION_UPDATE',
  standalonePayment: 'STANDALONE_PAYMENT',
  paymentWithAccountId: 'PAYMENT_WITH_ACCOUNT_ID',
  directDebitWithAccountId: 'DIRECT_DEBIT_WITH_ACCOUNT_ID',
  standingOrder: 'STANDING_ORDER',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * A small stand-in for finAPI's Web Form 2.0 API, injected as the proxy's `fetch`: it keeps web
 * forms and tasks in maps, records every request, and lets a test script any answer.
 */
export function createFakeFinapi() {
  const webForms = new Map<string, WebForm>();
  const tasks = new Map<string, Task>();
  const requests: RecordedRequest[] = [];
  const overrides: Override[] = [];

  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    requests.push({ method: request.method, path: url.pathname, headers: request.headers, body });

    for (const override of overrides) {
      const response = await override(request, url.pathname);
      if (response !== undefined) return response;
    }
    if (request.headers.get('authorization') !== `Bearer ${FINAPI_TOKEN}`) {
      return json({ code: 'UNAUTHORIZED', description: 'bad token' }, 401);
    }
    const segments = url.pathname.split('/').slice(1);
    const [api, collection, name] = segments;
    if (api !== 'api' || name === undefined)
      return json({ code: 'NOT_FOUND', description: '' }, 404);

    if (collection === 'webForms' && request.method === 'POST' && name in WEB_FORM_TYPES) {
      const id = crypto.randomUUID();
      const webForm: WebForm = {
        id,
        url: `https://webform.example.test/wf/${id}`,
        createdAt: timestamp(Date.now()),
        expiresAt: timestamp(Date.now() + 20 * 60_000),
        type: WEB_FORM_TYPES[name] ?? 'BANK_CONNECTION_IMPORT',
        status: 'NOT_YET_OPENED',
        payload: {},
      };
      webForms.set(id, webForm);
      return json(webForm, 201);
    }
    if (collection === 'webForms') {
      const webForm = webForms.get(name);
      if (webForm === undefined)
        return json({ code: 'NOT_FOUND', description: 'no web form' }, 404);
      if (request.method === 'GET') return json(webForm);
      if (request.method === 'DELETE') {
        webForms.delete(name);
        return new Response(null, { status: 200 });
      }
    }
    if (collection === 'tasks' && request.method === 'POST' && name === 'backgroundUpdate') {
      const id = crypto.randomUUID();
      const task: Task = {
        id,
        createdAt: timestamp(Date.now()),
        type: 'BANK_CONNECTION_UPDATE',
        status: 'NOT_YET_STARTED',
        payload: { bankConnectionId: (body as { bankConnectionId: number }).bankConnectionId },
      };
      tasks.set(id, task);
      return json(task, 201);
    }
    if (collection === 'tasks' && request.method === 'GET') {
      const task = tasks.get(name);
      return task === undefined
        ? json({ code: 'NOT_FOUND', description: 'no task' }, 404)
        : json(task);
    }
    return json({ code: 'NOT_FOUND', description: 'no route' }, 404);
  };

  return {
    fetch: fetch as typeof globalThis.fetch,
    webForms,
    tasks,
    requests,
    /** Answers requests `override` claims (returns a Response for) before the fake's own logic. */
    override(override: Override) {
      overrides.push(override);
    },
    /** finAPI requests so far for one path, e.g. `/api/webForms/{id}` with GET. */
    count(method: string, path: string) {
      return requests.filter((r) => r.method === method && r.path === path).length;
    },
    finishWebForm(id: string, status: WebFormStatus, errorCode?: string) {
      const webForm = webForms.get(id);
      if (webForm === undefined) throw new Error(`the fake has no web form ${id}`);
      webForms.set(id, {
        ...webForm,
        status,
        payload:
          status === 'COMPLETED' ? { bankConnectionId: 7 } : { errorCode: errorCode ?? null },
      });
    },
    /** Changes a web form as finAPI would (status, payload), e.g. a payment completed with its id. */
    setWebForm(id: string, change: Partial<WebForm>) {
      const webForm = webForms.get(id);
      if (webForm === undefined) throw new Error(`the fake has no web form ${id}`);
      webForms.set(id, { ...webForm, ...change });
    },
    setTask(id: string, change: Partial<Task>) {
      const task = tasks.get(id);
      if (task === undefined) throw new Error(`the fake has no task ${id}`);
      tasks.set(id, { ...task, ...change });
    },
  };
}

export type FakeFinapi = ReturnType<typeof createFakeFinapi>;
export { json as finapiJson };
