import { ProxyError, createProxyClient, proxyRoutes, type ProxyClient } from '@webform-kit/core';
import { HttpResponse, delay, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TASK_ID, WEB_FORM_ID, taskExample, webFormExample } from './fixtures/finapiExamples.ts';

const BASE_URL = 'http://127.0.0.1/api';
const WEB_FORM_URL = `${BASE_URL}/webforms/${WEB_FORM_ID}`;

const server = setupServer();
let requests: Request[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  server.events.on('request:start', ({ request }) => {
    requests.push(request);
  });
});
beforeEach(() => {
  requests = [];
});
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

function client(options: Parameters<typeof createProxyClient>[0] = {}): ProxyClient {
  return createProxyClient({ baseUrl: BASE_URL, ...options });
}

/** The ProxyError a call rejects with (fails the test if it resolves or throws something else). */
async function proxyErrorOf(promise: Promise<unknown>): Promise<ProxyError> {
  const error = await promise.then(
    (value) => {
      throw new Error(`expected a ProxyError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ProxyError);
  return error as ProxyError;
}

describe('successful calls', () => {
  it('gets a web form and returns it parsed, unknown fields dropped', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json({ ...webFormExample, extra: 1 })));
    await expect(client().getWebForm(WEB_FORM_ID)).resolves.toEqual(webFormExample);
  });

  it('creates a web form: POST to the kind route with a JSON body, answering 201', async () => {
    server.use(
      http.post(`${BASE_URL}/webforms/standing-order`, () =>
        HttpResponse.json({ ...webFormExample, type: 'STANDING_ORDER' }, { status: 201 }),
      ),
    );
    const body = {
      amount: { value: '10.50', currency: 'EUR' as const },
      recipient: { iban: 'DE77533700080111111100', name: 'Max Mustermann' },
      startDate: '2030-01-01',
      frequency: 'MONTHLY' as const,
    };
    const webForm = await client().createWebForm('standing-order', body);

    expect(webForm.type).toBe('STANDING_ORDER');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(new URL(request?.url ?? '').pathname).toBe('/api/webforms/standing-order');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.headers.get('accept')).toBe('application/json');
    expect(await request?.clone().json()).toEqual(body);
  });

  it('creates a background update task at /tasks/background-update', async () => {
    server.use(
      http.post(`${BASE_URL}/tasks/background-update`, () =>
        HttpResponse.json(taskExample, { status: 201 }),
      ),
    );
    await expect(client().createBackgroundUpdate({ bankConnectionId: 101 })).resolves.toEqual(
      taskExample,
    );
    expect(await requests[0]?.clone().json()).toEqual({ bankConnectionId: 101 });
  });

  it('gets a task', async () => {
    server.use(http.get(`${BASE_URL}/tasks/${TASK_ID}`, () => HttpResponse.json(taskExample)));
    await expect(client().getTask(TASK_ID)).resolves.toEqual(taskExample);
    expect(requests[0]?.method).toBe('GET');
  });

  it('deletes a web form: DELETE, 204, no body sent, resolves to undefined', async () => {
    server.use(http.delete(WEB_FORM_URL, () => new HttpResponse(null, { status: 204 })));
    await expect(client().deleteWebForm(WEB_FORM_ID)).resolves.toBeUndefined();
    expect(requests[0]?.method).toBe('DELETE');
    expect(requests[0]?.headers.get('content-type')).toBeNull();
  });

  it('sends GET requests without a body or content-type', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(webFormExample)));
    await client().getWebForm(WEB_FORM_ID);
    expect(requests[0]?.headers.get('content-type')).toBeNull();
    expect(requests[0]?.body).toBeNull();
  });

  it('sends the extra headers and the credentials mode it was given', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(webFormExample)));
    await client({ headers: { 'x-csrf-token': 't0ken' }, credentials: 'include' }).getWebForm(
      WEB_FORM_ID,
    );
    expect(requests[0]?.headers.get('x-csrf-token')).toBe('t0ken');
    expect(requests[0]?.credentials).toBe('include');
  });

  it('uses the paths proxyRoutes builds, also under the default base /api', async () => {
    const fetch = vi.fn(async () => Response.json(webFormExample));
    const relative = createProxyClient({ fetch });
    expect(relative.baseUrl).toBe('/api');
    await relative.getWebForm(WEB_FORM_ID);
    expect(fetch).toHaveBeenCalledWith(`/api/webforms/${WEB_FORM_ID}`, expect.anything());
    expect(proxyRoutes.webForm('/api', WEB_FORM_ID)).toBe(`/api/webforms/${WEB_FORM_ID}`);
  });

  it('builds event stream URLs for web forms and tasks', () => {
    expect(client().eventsUrl('web-form', WEB_FORM_ID)).toBe(`${WEB_FORM_URL}/events`);
    expect(client().eventsUrl('task', TASK_ID)).toBe(`${BASE_URL}/tasks/${TASK_ID}/events`);
  });

  it('ignores trailing slashes on the base URL', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(webFormExample)));
    await createProxyClient({ baseUrl: `${BASE_URL}//` }).getWebForm(WEB_FORM_ID);
    expect(requests[0]?.url).toBe(WEB_FORM_URL);
  });
});

describe('invalid ids are refused before any request', () => {
  it.each(['../../x', '', `${WEB_FORM_ID}0`, WEB_FORM_ID.slice(1), `${WEB_FORM_ID.slice(1)}/`])(
    'refuses %j',
    async (id) => {
      server.use(
        http.all(`${BASE_URL}/*`, () => HttpResponse.json({ code: 'UNEXPECTED' }, { status: 500 })),
      );
      await expect(client().getWebForm(id)).rejects.toThrow(
        `web form id must be a 36-character id, got ${JSON.stringify(id)}`,
      );
      await expect(client().deleteWebForm(id)).rejects.toThrow(TypeError);
      await expect(client().getTask(id)).rejects.toThrow(
        `task id must be a 36-character id, got ${JSON.stringify(id)}`,
      );
      expect(() => client().eventsUrl('task', id)).toThrow(TypeError);
      expect(requests).toHaveLength(0);
    },
  );
});

describe('each kind of failure', () => {
  it('network: no answer at all', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.error()));
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error.kind).toBe('network');
    expect(error.message).toBe(`GET ${WEB_FORM_URL} failed: the proxy could not be reached`);
    expect(error.cause).toBeDefined();
    expect(error.status).toBeUndefined();
    expect(error.retryable).toBe(true);
  });

  it('timeout: no answer within timeoutMs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(
      http.get(WEB_FORM_URL, async () => {
        await delay('infinite');
        return HttpResponse.json(webFormExample);
      }),
    );
    const pending = proxyErrorOf(client({ timeoutMs: 250 }).getWebForm(WEB_FORM_ID));
    await vi.advanceTimersByTimeAsync(250);
    const error = await pending;
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`GET ${WEB_FORM_URL} took longer than 250 ms`);
    expect(error.retryable).toBe(true);
  });

  it('does not time out a request that answers in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(webFormExample)));
    const webForm = await client({ timeoutMs: 250 }).getWebForm(WEB_FORM_ID);
    await vi.advanceTimersByTimeAsync(1000);
    expect(webForm.id).toBe(WEB_FORM_ID);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("http: the proxy's JSON {code, message} sets status, code and message", async () => {
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.json(
          { code: 'WEB_FORM_NOT_FOUND', message: 'No such web form in this session' },
          { status: 404 },
        ),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'http', status: 404, code: 'WEB_FORM_NOT_FOUND' });
    expect(error.message).toBe(
      `GET ${WEB_FORM_URL} answered 404: No such web form in this session`,
    );
    expect(error.retryable).toBe(false);
  });

  it('http: a non-JSON error page (a gateway HTML) still reports the status', async () => {
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1></body></html>', { status: 502 }),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'http', status: 502, code: undefined });
    expect(error.message).toBe(`GET ${WEB_FORM_URL} answered 502`);
    expect(error.retryable).toBe(true);
  });

  it('http: a JSON error body without code or message keeps just the status', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(['oops'], { status: 400 })));
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'http', status: 400, code: undefined });
    expect(error.message).toBe(`GET ${WEB_FORM_URL} answered 400`);
  });

  it('http 429 with Retry-After in seconds', async () => {
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.json(
          { code: 'RATE_LIMITED', message: 'Slow down' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 7000 });
    expect(error.retryable).toBe(true);
  });

  it('http 503 with Retry-After as an HTTP date', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T10:00:00.000Z'));
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.text('Service Unavailable', {
          status: 503,
          headers: { 'Retry-After': 'Thu, 26 Nov 2026 10:01:30 GMT' },
        }),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 90_000 });
    expect(error.retryable).toBe(true);
  });

  it('http 503 without Retry-After leaves retryAfterMs undefined', async () => {
    server.use(http.get(WEB_FORM_URL, () => new HttpResponse(null, { status: 503 })));
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('invalid-response: a 200 with malformed JSON', async () => {
    server.use(
      http.get(
        WEB_FORM_URL,
        () =>
          new HttpResponse('{"id": "946db09e-', {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error).toMatchObject({ kind: 'invalid-response', status: 200 });
    expect(error.issues).toEqual(['(root): not valid JSON']);
    expect(error.message).toBe(`GET ${WEB_FORM_URL} answered with malformed JSON`);
    expect(error.retryable).toBe(false);
  });

  it('invalid-response: a 200 that fails the schema, with readable issues', async () => {
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.json({
          ...webFormExample,
          status: 'DONE',
          url: 'javascript:alert(1)',
          payload: { paymentId: -1 },
        }),
      ),
    );
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error.kind).toBe('invalid-response');
    expect(error.issues).toEqual([
      'url: must be an absolute http(s) URL without credentials, at most 2048 characters',
      'status: expected one of "NOT_YET_OPENED", "IN_PROGRESS", "COMPLETED", "COMPLETED_WITH_ERROR", "EXPIRED", "ABORTED"',
      'payload.paymentId: must be greater than 0',
    ]);
    expect(error.message).toContain(`GET ${WEB_FORM_URL} answered with an unexpected shape: url: `);
  });

  it('invalid-response: an empty 200 where a task was expected', async () => {
    server.use(http.get(`${BASE_URL}/tasks/${TASK_ID}`, () => new HttpResponse('')));
    const error = await proxyErrorOf(client().getTask(TASK_ID));
    expect(error.kind).toBe('invalid-response');
  });

  it('aborted: a signal that fired before the call sends nothing', async () => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json(webFormExample)));
    const controller = new AbortController();
    controller.abort();
    const error = await proxyErrorOf(
      client().getWebForm(WEB_FORM_ID, { signal: controller.signal }),
    );
    expect(error.kind).toBe('aborted');
    expect(error.retryable).toBe(false);
    expect(requests).toHaveLength(0);
  });

  it('aborted: a signal that fires while the request is in flight', async () => {
    server.use(
      http.get(WEB_FORM_URL, async () => {
        await delay('infinite');
        return HttpResponse.json(webFormExample);
      }),
    );
    const controller = new AbortController();
    const pending = proxyErrorOf(client().getWebForm(WEB_FORM_ID, { signal: controller.signal }));
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(error.kind).toBe('aborted');
    expect(error.message).toBe(`GET ${WEB_FORM_URL} was aborted`);
  });
});

describe('the proxy answers for an existing flow and the app summary', () => {
  const SUMMARY = {
    amount: { value: 250, currency: 'EUR' },
    payee: 'Demo Shop',
    purpose: 'Order B',
    reference: 'B-250',
  };

  it.each(['ALREADY_COMPLETED', 'FLOW_IN_PROGRESS', 'PAYMENT_UNCERTAIN'])(
    'exposes the id of a 409 %s body on the error',
    async (code) => {
      server.use(
        http.post(`${BASE_URL}/webforms/standalone-payment`, () =>
          HttpResponse.json({ code, message: 'exists', id: WEB_FORM_ID }, { status: 409 }),
        ),
      );
      const error = await proxyErrorOf(
        client().createWebForm('standalone-payment', { orderId: 'A' } as never),
      );
      expect(error).toMatchObject({ kind: 'http', status: 409, code, id: WEB_FORM_ID });
    },
  );

  it('leaves id undefined when the body names no id, or something that is not one', async () => {
    server.use(
      http.get(WEB_FORM_URL, () =>
        HttpResponse.json({ code: 'FLOW_IN_PROGRESS', id: '../../tasks/x' }, { status: 409 }),
      ),
      http.get(`${BASE_URL}/tasks/${TASK_ID}`, () =>
        HttpResponse.json({ code: 'NOT_FOUND' }, { status: 404 }),
      ),
    );
    expect((await proxyErrorOf(client().getWebForm(WEB_FORM_ID))).id).toBeUndefined();
    expect((await proxyErrorOf(client().getTask(TASK_ID))).id).toBeUndefined();
  });

  it('keeps the summary the proxy sends beside a web form or a task', async () => {
    server.use(
      http.get(WEB_FORM_URL, () => HttpResponse.json({ ...webFormExample, summary: SUMMARY })),
      http.get(`${BASE_URL}/tasks/${TASK_ID}`, () =>
        HttpResponse.json({ ...taskExample, summary: { payee: 'Bank' } }),
      ),
    );
    await expect(client().getWebForm(WEB_FORM_ID)).resolves.toEqual({
      ...webFormExample,
      summary: SUMMARY,
    });
    await expect(client().getTask(TASK_ID)).resolves.toMatchObject({ summary: { payee: 'Bank' } });
  });

  it.each([
    ['a negative amount', { amount: { value: -1, currency: 'EUR' } }],
    ['a currency that is not ISO 4217', { amount: { value: 1, currency: 'euro' } }],
    ['a payee with a bidi override', { payee: 'Shop\u202e' }],
    ['a purpose longer than 140 characters', { purpose: 'x'.repeat(141) }],
    ['a summary that is not an object', 'pay 10 EUR'],
  ])('fails the whole answer as invalid-response for %s', async (_name, summary) => {
    server.use(http.get(WEB_FORM_URL, () => HttpResponse.json({ ...webFormExample, summary })));
    const error = await proxyErrorOf(client().getWebForm(WEB_FORM_ID));
    expect(error.kind).toBe('invalid-response');
    expect(error.issues.join(' ')).toContain('summary');
  });
});
