import type { IncomingMessage, ServerResponse } from 'node:http';
import { PresentationSchema } from '@webform-kit/simulator';
import type { Plugin } from 'vite';
import type { DemoEventLog, DemoServerEvent } from './createDemoEventLog.ts';
import type { OrderBook } from './createOrderBook.ts';
import type { VisitorUsers } from './createVisitorUsers.ts';
import { ensureVisitor } from './visitorCookie.ts';

const FLOW_ID = /^[0-9a-fA-F-]{36}$/;
const MAX_BODY_BYTES = 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
      }
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

function answer(response: ServerResponse, status: number, body?: object): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
  });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

/**
 * The demo server's own routes (demo-only; a real app keeps these in its logs and settings):
 *
 * - every request: the visitor cookie (see `visitorCookie.ts`);
 * - `GET /__demo/events?flow={id}`: Server-Sent Events of what the proxy did for that web form or
 *   task (finAPI requests, callbacks), the recent ones first, so the walkthrough can show which
 *   finAPI call or callback moved this flow and no other;
 * - `POST /__demo/visitor` `{language, theme}`: how this visitor wants the simulator's form to
 *   look (`null` for the browser's choice), passed on to the visitor's simulator users;
 * - `GET /__demo/orders`: this visitor's orders in the demo shop's order book, the newest first,
 *   each with the outcomes `onOutcome` recorded (also for an order whose tab was closed).
 */
export function demoRoutesPlugin(
  log: DemoEventLog,
  users: VisitorUsers | undefined,
  orders: OrderBook,
): Plugin {
  const handler = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
    const url = new URL(request.url ?? '/', 'http://demo.invalid');
    // The app's pages set the cookie; what is forwarded to the proxy sets its own cookies.
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return next();
    const visitor = ensureVisitor(request, response);

    if (url.pathname === '/__demo/events' && request.method === 'GET') {
      const flow = url.searchParams.get('flow') ?? '';
      if (!FLOW_ID.test(flow)) return answer(response, 400, { code: 'INVALID_ID' });
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      const send = (event: DemoServerEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
      // Callbacks often arrive while the customer is on finAPI's page: replay what they missed.
      for (const event of log.recent(flow)) send(event);
      const unsubscribe = log.subscribe(flow, send);
      const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
      request.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
      });
      return;
    }

    if (url.pathname === '/__demo/orders') {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.setHeader('allow', 'GET, HEAD');
        return answer(response, 405, { code: 'METHOD_NOT_ALLOWED' });
      }
      return answer(response, 200, { orders: orders.list(visitor) });
    }

    if (url.pathname === '/__demo/visitor' && request.method === 'POST') {
      readBody(request)
        .then(async (body) => {
          let value: unknown;
          try {
            value = JSON.parse(body);
          } catch {
            return answer(response, 400, { code: 'INVALID_JSON' });
          }
          const parsed = PresentationSchema.safeParse(value);
          if (!parsed.success) return answer(response, 400, { code: 'INVALID_REQUEST' });
          await users?.setPresentation(visitor, parsed.data);
          answer(response, 204);
        })
        .catch(() => {
          if (!response.headersSent) answer(response, 502, { code: 'SIMULATOR_UNAVAILABLE' });
        });
      return;
    }
    next();
  };
  return {
    name: 'webform-kit-demo-routes',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}
