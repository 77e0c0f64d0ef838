import { useSyncExternalStore } from 'react';
import type { WebFormKitEvent } from '@webform-kit/react';

/** One line of the demo's event log. */
export interface LogEntry {
  at: number;
  source: 'app' | 'proxy';
  /** Short label: the event's type. */
  type: string;
  text: string;
}

/** What the proxy reports through the demo server's `/__demo/events` stream. */
export type ServerEvent =
  | {
      seq: number;
      at: number;
      type: 'finapi-request';
      method: string;
      path: string;
      status: number | string;
      durationMs: number;
    }
  | {
      seq: number;
      at: number;
      type: 'callback';
      resource: string;
      id?: string;
      accepted: boolean;
      reason?: string;
    }
  | { seq: number; at: number; type: 'poll-error'; resource: string; id: string; code: string }
  | { seq: number; at: number; type: 'error'; message: string };

const KEY = 'webform-kit-demo:log';
const LIMIT = 200;
const listeners = new Set<() => void>();
let entries: LogEntry[] | undefined;
let lastSeq = 0;

function load(): LogEntry[] {
  if (entries) return entries;
  try {
    // Kept per tab across the trip to the form and back, so the log tells the whole story.
    const stored = JSON.parse(window.sessionStorage.getItem(KEY) ?? '{}') as {
      entries?: LogEntry[];
      lastSeq?: number;
    };
    entries = Array.isArray(stored.entries) ? stored.entries : [];
    lastSeq = typeof stored.lastSeq === 'number' ? stored.lastSeq : 0;
  } catch {
    entries = [];
  }
  return entries;
}

function save(next: LogEntry[]): void {
  entries = next;
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ entries: next, lastSeq }));
  } catch {
    // The log then lives in memory only.
  }
  for (const listener of listeners) listener();
}

export function addLogEntry(entry: LogEntry): void {
  save([...load(), entry].slice(-LIMIT));
}

export function clearLog(): void {
  save([]);
}

export function useLog(): readonly LogEntry[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    () => [],
  );
}

function describeKitEvent(event: WebFormKitEvent): string {
  switch (event.type) {
    case 'created':
      return `${event.resource === 'task' ? 'Task' : 'Web form'} ${event.id.slice(0, 8)} created (${event.kind})`;
    case 'opened':
      return event.popupBlocked
        ? 'The browser blocked the new tab; a link is offered'
        : `Web form opened in a ${event.openIn === 'new-tab' ? 'new tab' : 'the same tab'}`;
    case 'status-changed':
      return `Status ${event.status}${event.webFormStatus ? ` (its web form: ${event.webFormStatus})` : ''}`;
    case 'returned':
      return `The customer came back (the URL says “${event.via}”; only a hint)`;
    case 'outcome':
      return `Outcome confirmed by the proxy: ${event.outcome.kind}`;
    case 'cancelled':
      return 'The customer cancelled; the web form was deleted';
    case 'push-connected':
      return 'Push connected (Server-Sent Events); polling slows to a safety net';
    case 'push-failed':
      return 'Push failed; polling takes over';
    case 'error':
      return `Error: ${event.error.kind}${event.error.status ? ` ${event.error.status}` : ''}${event.error.code ? ` ${event.error.code}` : ''}`;
  }
}

/** Logs an event from the kit's `onEvent`. */
export function logKitEvent(event: WebFormKitEvent): void {
  addLogEntry({ at: event.at, source: 'app', type: event.type, text: describeKitEvent(event) });
}

function describeServerEvent(event: ServerEvent): string {
  switch (event.type) {
    case 'finapi-request':
      return `Proxy → finAPI ${event.method} ${event.path}: ${event.status} in ${Math.round(event.durationMs)} ms`;
    case 'callback':
      return `finAPI → proxy callback for ${event.resource}${event.id ? ` ${event.id.slice(0, 8)}` : ''}: ${event.accepted ? 'accepted' : `refused (${event.reason ?? 'unknown'})`}`;
    case 'poll-error':
      return `Proxy’s poll of ${event.resource} ${event.id.slice(0, 8)} failed: ${event.code}`;
    case 'error':
      return `Proxy error: ${event.message}`;
  }
}

/** Logs an event from the proxy, once each (the stream replays recent events on reconnect). */
export function logServerEvent(event: ServerEvent): void {
  load();
  if (event.seq <= lastSeq) return;
  lastSeq = event.seq;
  addLogEntry({
    at: event.at,
    source: 'proxy',
    type: event.type,
    text: describeServerEvent(event),
  });
}
