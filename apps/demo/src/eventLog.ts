import { useSyncExternalStore } from 'react';
import type { WebFormKitEvent } from '@webform-kit/react';

/** What the proxy reports through the demo server's `/__demo/events?flow={id}` stream. */
export type ServerEvent = { seq: number; at: number; ids?: string[] } & (
  | {
      type: 'finapi-request';
      method: string;
      path: string;
      status: number | string;
      durationMs: number;
    }
  | { type: 'callback'; resource: string; id?: string; accepted: boolean; reason?: string }
  | { type: 'poll-error'; resource: string; id: string; code: string }
  | {
      type: 'outcome';
      resource: string;
      id: string;
      reference?: string;
      attempt: number;
      delivered: boolean;
      retryInMs?: number;
    }
  | { type: 'error'; message: string }
);

/** One line of a flow's log, kept as it came and worded when shown (in the current language). */
export type LogEntry =
  | { source: 'app'; at: number; type: WebFormKitEvent['type']; event: WebFormKitEvent }
  | { source: 'proxy'; at: number; type: ServerEvent['type']; event: ServerEvent };

/** The log of one round trip: one web form or task. */
export interface FlowLog {
  id: string;
  /** In the order they happened. */
  entries: readonly LogEntry[];
}

interface State {
  /** The flow the page shows, whose log the panels show; `null` on the start page. */
  current: string | null;
  flows: { id: string; entries: LogEntry[]; lastSeq: number }[];
}

// A new key: logs in the old shape (every session's events in one list) are left behind.
const KEY = 'webform-kit-demo:flow-log';
const ENTRY_LIMIT = 200;
const FLOW_LIMIT = 10;
const listeners = new Set<() => void>();
let state: State | undefined;
let snapshot: { current: FlowLog | null } = { current: null };

function load(): State {
  if (state) return state;
  try {
    // Kept per tab across the trip to the form and back, so the log tells the whole story.
    const stored = JSON.parse(window.sessionStorage.getItem(KEY) ?? '{}') as Partial<State>;
    state = {
      current: typeof stored.current === 'string' ? stored.current : null,
      flows: Array.isArray(stored.flows) ? stored.flows : [],
    };
  } catch {
    state = { current: null, flows: [] };
  }
  snapshot = { current: currentOf(state) };
  return state;
}

function currentOf(from: State): FlowLog | null {
  const flow = from.flows.find((candidate) => candidate.id === from.current);
  if (flow === undefined) return null;
  // Server and browser events arrive by different paths: shown in the order they happened.
  const entries = flow.entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.at - b.entry.at || a.index - b.index)
    .map(({ entry }) => entry);
  return { id: flow.id, entries };
}

function save(next: State): void {
  state = next;
  snapshot = { current: currentOf(next) };
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // The log then lives in memory only.
  }
  for (const listener of listeners) listener();
}

function withFlow(from: State, id: string, change: (flow: State['flows'][number]) => void): State {
  const flows = from.flows.map((flow) => ({ ...flow, entries: [...flow.entries] }));
  let flow = flows.find((candidate) => candidate.id === id);
  if (flow === undefined) {
    flow = { id, entries: [], lastSeq: 0 };
    flows.push(flow);
  }
  change(flow);
  flow.entries = flow.entries.slice(-ENTRY_LIMIT);
  return { ...from, flows: flows.slice(-FLOW_LIMIT) };
}

/** Whether the page shows a flow (its own route, or the return from the bank). */
function onFlowRoute(): boolean {
  const path = window.location.pathname;
  return path.startsWith('/start/') || path === '/return';
}

/**
 * Logs an event from the kit's `onEvent` into its flow's log. On a flow's page the event's flow
 * becomes the one the panels show.
 */
export function logKitEvent(event: WebFormKitEvent): void {
  const from = load();
  const id = event.id ?? from.current;
  if (id === undefined || id === null) return;
  const next = withFlow(from, id, (flow) => {
    flow.entries.push({ source: 'app', at: event.at, type: event.type, event });
  });
  save(onFlowRoute() && event.id !== undefined ? { ...next, current: event.id } : next);
}

/** Logs an event from the proxy into a flow's log, once each (the stream replays recent ones). */
export function logServerEvent(flowId: string, event: ServerEvent): void {
  const from = load();
  const known = from.flows.find((flow) => flow.id === flowId);
  if (known !== undefined && event.seq <= known.lastSeq) return;
  save(
    withFlow(from, flowId, (flow) => {
      flow.lastSeq = event.seq;
      flow.entries.push({ source: 'proxy', at: event.at, type: event.type, event });
    }),
  );
}

/** The start page shows no flow: the panels wait for the next one. */
export function leaveFlow(): void {
  const from = load();
  if (from.current !== null) save({ ...from, current: null });
}

/** Empties the shown flow's log; events already shown are not replayed into it. */
export function clearLog(): void {
  const from = load();
  if (from.current === null) return;
  save(
    withFlow(from, from.current, (flow) => {
      flow.entries = [];
    }),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The log of the flow the page shows, or `null` when it shows none. */
export function useFlowLog(): FlowLog | null {
  return useSyncExternalStore(
    subscribe,
    () => (load(), snapshot.current),
    () => null,
  );
}
