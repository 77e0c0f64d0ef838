import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** One scripted answer: a JSON body (200/201), or a Response built per request (maybe later). */
export type Answer = object | (() => Response | Promise<Response>);

export interface RecordedRequest {
  method: string;
  path: string;
  /** Date.now() when it arrived (fake clock). */
  at: number;
  body: unknown;
}

/**
 * The proxy as msw sees it: each route answers from a script (the last answer repeats), and every
 * request is recorded so tests can count them.
 */
export class FakeProxy {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, Answer[]>();

  readonly server = setupServer(
    http.all('*/api/*', async ({ request }) => {
      const url = new URL(request.url);
      const key = `${request.method} ${url.pathname}`;
      const text = request.method === 'GET' ? '' : await request.text();
      this.requests.push({
        method: request.method,
        path: url.pathname,
        at: Date.now(),
        body: text === '' ? undefined : JSON.parse(text),
      });
      const script = this.scripts.get(key);
      if (script === undefined || script.length === 0) {
        if (request.method === 'DELETE') return new HttpResponse(null, { status: 204 });
        return HttpResponse.json({ code: 'NOT_FOUND', message: 'unknown' }, { status: 404 });
      }
      const answer = (script.length > 1 ? script.shift() : script[0]) as Answer;
      if (typeof answer === 'function') return answer();
      return HttpResponse.json(answer, { status: request.method === 'POST' ? 201 : 200 });
    }),
  );

  /** Scripts a route: `proxy.answer('GET /api/webforms/ID', first, second, ...)`. */
  answer(route: string, ...answers: Answer[]): void {
    this.scripts.set(route, answers);
  }

  /** How many requests matched a method and path. */
  count(route: string): number {
    const [method, path] = route.split(' ');
    return this.requests.filter((r) => r.method === method && r.path === path).length;
  }

  /** When the requests to a route arrived, relative to `since`. */
  times(route: string, since: number): number[] {
    const [method, path] = route.split(' ');
    return this.requests
      .filter((r) => r.method === method && r.path === path)
      .map((r) => r.at - since);
  }

  reset(): void {
    this.requests.length = 0;
    this.scripts.clear();
  }
}

/** An answer the test releases when it wants: `hold.answer` for the script, `hold.release(body)`. */
export function heldAnswer(): { answer: () => Promise<Response>; release: (body: object) => void } {
  let release: (body: object) => void = () => {};
  const body = new Promise<object>((resolve) => {
    release = resolve;
  });
  return { answer: async () => HttpResponse.json(await body), release: (value) => release(value) };
}

/** An http error the way the proxy sends one. */
export function httpError(status: number, headers: Record<string, string> = {}): () => Response {
  return () =>
    HttpResponse.json({ code: 'UPSTREAM', message: `status ${status}` }, { status, headers });
}

/**
 * The proxy's answer when the reference's flow exists already: `409 {code, message, id}`.
 */
export function conflict(
  code: 'ALREADY_COMPLETED' | 'FLOW_IN_PROGRESS' | 'PAYMENT_UNCERTAIN',
  id: string,
): () => Response {
  return () => HttpResponse.json({ code, message: `the flow is ${code}`, id }, { status: 409 });
}
