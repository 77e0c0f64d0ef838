import { QueryClient } from '@tanstack/query-core';
import { createFlowKit, createMemoryStorage } from '../../../src/flow/index.ts';
import type { FlowEnvironment, FlowKit, WebFormKitEvent } from '../../../src/flow/index.ts';
import { ProxyError } from '../../../src/index.ts';
import type {
  FlowSummary,
  ProxyClient,
  WebForm,
  WebFormAnswer,
  WebFormStatus,
} from '../../../src/index.ts';

export const WEB_FORM_ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
export const SHOP = 'https://shop.example';
export const RETURN_TO = `${SHOP}/checkout/return`;

/**
 * One browser tab, as the engine sees it: storage, the address bar, `window.open` (blocked on
 * request) and `location.assign`.
 */
export function fakeTab() {
  const session = createMemoryStorage();
  const local = createMemoryStorage();
  const tab = {
    session,
    local,
    href: `${SHOP}/checkout`,
    opened: [] as string[],
    assigned: [] as string[],
    popupBlocked: false,
    env: {} as Partial<FlowEnvironment>,
  };
  tab.env = {
    storage: (name) => (name === 'sessionStorage' ? session : local),
    open: (url) => {
      if (tab.popupBlocked) return null;
      tab.opened.push(url);
      return {};
    },
    assign: (url) => void tab.assigned.push(url),
    href: () => tab.href,
    replaceState: (url) => {
      tab.href = url;
    },
    hasOpener: () => false,
    close: () => {},
    BroadcastChannel: () => undefined,
    EventSource: () => undefined,
  };
  return tab;
}

function finapiTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/**
 * The proxy as the engine's client sees it: one web form, whose status the test moves on. With
 * `conflict(code)`, creations answer as the proxy does for a reference whose flow exists:
 * `409 {code, message, id}` naming the current web form.
 */
export function fakeProxy({ summary }: { summary?: FlowSummary } = {}) {
  const calls: string[] = [];
  const bodies: unknown[] = [];
  let current: WebFormAnswer | null = null;
  let holdCreate: Promise<void> | null = null;
  let conflictCode: string | null = null;
  const client: ProxyClient = {
    baseUrl: '/api',
    async createWebForm(kind, body) {
      calls.push(`POST ${kind}`);
      bodies.push(body);
      if (holdCreate !== null) await holdCreate;
      if (conflictCode !== null && current !== null) {
        throw new ProxyError('http', `POST ${kind} answered 409`, {
          status: 409,
          code: conflictCode,
          id: current.id,
        });
      }
      const now = Date.now();
      current = {
        ...(summary === undefined ? {} : { summary }),
        id: WEB_FORM_ID,
        url: `https://webform.example/wf/${WEB_FORM_ID}`,
        createdAt: finapiTime(now),
        expiresAt: finapiTime(now + 20 * 60_000),
        type: 'STANDALONE_PAYMENT',
        status: 'NOT_YET_OPENED',
        payload: {},
      };
      return current;
    },
    async getWebForm(id) {
      calls.push(`GET ${id}`);
      if (current === null || current.id !== id) {
        throw new ProxyError('http', `GET ${id} answered 404`, { status: 404 });
      }
      return current;
    },
    async deleteWebForm(id) {
      calls.push(`DELETE ${id}`);
    },
    async createBackgroundUpdate() {
      throw new Error('no background updates here');
    },
    async getTask() {
      throw new Error('no background updates here');
    },
    eventsUrl: (resource, id) => `/api/${resource}/${id}/events`,
  };
  return {
    client,
    calls,
    bodies,
    /** Later answers come without the summary. */
    dropSummary() {
      if (current === null) return;
      const { summary: _dropped, ...rest } = current;
      current = rest;
    },
    /** From now on, creations answer 409 with this code and the current web form's id. */
    conflict(code: 'ALREADY_COMPLETED' | 'FLOW_IN_PROGRESS' | 'PAYMENT_UNCERTAIN' | null) {
      conflictCode = code;
    },
    count: (prefix: string) => calls.filter((call) => call.startsWith(prefix)).length,
    /** The hosted form moved on (the user opened it, finished it). */
    setStatus(status: WebFormStatus, payload: WebForm['payload'] = {}) {
      if (current === null) throw new Error('nothing created yet');
      current = {
        ...current,
        status,
        payload: status === 'COMPLETED' ? { paymentId: 42, ...payload } : payload,
      };
    },
    /** Holds every creation until `release()` is called. */
    hold() {
      let release = () => {};
      holdCreate = new Promise<void>((resolve) => {
        release = () => {
          holdCreate = null;
          resolve();
        };
      });
      return () => release();
    },
  };
}

/** A kit for one page load: its own QueryClient, polling only, the events it reported. */
export function fakeKit(
  tab: ReturnType<typeof fakeTab>,
  proxy: ReturnType<typeof fakeProxy>,
): FlowKit & { events: WebFormKitEvent[] } {
  const events: WebFormKitEvent[] = [];
  const kit = createFlowKit({
    client: proxy.client,
    queryClient: new QueryClient(),
    push: false,
    env: tab.env,
    onEvent: (event) => events.push(event),
  });
  return { ...kit, events };
}
