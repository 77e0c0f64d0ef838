import type { ProxyEvent } from '@webform-kit/proxy';
import { BoundedMap } from './BoundedMap.ts';

/**
 * A server-side event for the demo's log, stamped with when it happened, a sequence number that
 * grows across proxy restarts (it is derived from the clock), and the web form and task ids it
 * is about. An `error` event carries its message only.
 */
export type DemoServerEvent = (
  Exclude<ProxyEvent, { type: 'error' }> | { type: 'error'; message: string }
) & { at: number; seq: number; ids: string[] };

export interface DemoEventLog {
  /**
   * Notes what a finAPI request was about (its `X-Request-Id`), as the demo's fetch sees it:
   * the ids in its path and in finAPI's answer. The proxy reports the request right after.
   */
  note(requestId: string, ids: readonly string[]): void;
  /** Stamps an event from the proxy and hands it to the streams of the flows it is about. */
  record(event: ProxyEvent): DemoServerEvent;
  /** The recent events about a web form or task, oldest first. */
  recent(id: string): DemoServerEvent[];
  /** Hears new events about a web form or task. */
  subscribe(id: string, listener: (event: DemoServerEvent) => void): () => void;
}

/** Events kept per web form or task: more than any one round trip makes. */
const KEPT_PER_FLOW = 100;
const KEPT_FLOWS = 5_000;

/** The web form and task ids in a finAPI path: `/api/webForms/{id}`, `/api/tasks/{id}`. */
export function idsOfPath(path: string): string[] {
  const id = /^\/api\/(?:webForms|tasks)\/([0-9a-fA-F-]{36})(?:$|[/?])/.exec(path)?.[1];
  return id === undefined ? [] : [id];
}

/** The ids in a finAPI answer: a web form's or task's own, and a task's web form's. */
export function idsOfAnswer(json: unknown): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const answer = json as { id?: unknown; payload?: { webForm?: { id?: unknown } } };
  return [answer.id, answer.payload?.webForm?.id].filter(
    (id): id is string => typeof id === 'string',
  );
}

/**
 * The demo's log of what the proxy did, kept per web form or task: each browser tab asks for
 * the flow it shows (`/__demo/events?flow={id}`) and gets only that flow's events. An id is as
 * good as a key (it opens nothing without the session that created it, and the form's URL is
 * one-time), and no tab ever sees another visitor's flows.
 *
 * @example
 * const log = createDemoEventLog();
 * log.subscribe(webFormId, (event) => send(event));
 * onEvent: (event) => log.record(event);
 */
export function createDemoEventLog(): DemoEventLog {
  const notes = new BoundedMap<string, readonly string[]>(1_000);
  const byFlow = new BoundedMap<string, DemoServerEvent[]>(KEPT_FLOWS);
  const listeners = new Map<string, Set<(event: DemoServerEvent) => void>>();
  let seq = 0;

  function idsOf(event: ProxyEvent): string[] {
    switch (event.type) {
      case 'finapi-request': {
        const noted = notes.get(event.requestId) ?? [];
        notes.delete(event.requestId);
        return [...new Set([...idsOfPath(event.path), ...noted])];
      }
      case 'callback':
        return event.id === undefined ? [] : [event.id];
      case 'poll-error':
        return [event.id];
      // The shop's order book shows what onOutcome recorded; the flow's log ends with the
      // outcome the app showed, as the walkthrough tells it.
      case 'outcome':
      case 'finapi-invalid-response':
      case 'refused':
      case 'warning':
      case 'error':
        return [];
    }
  }

  return {
    note(requestId, ids) {
      notes.set(requestId, ids);
    },
    record(event) {
      seq = Math.max(seq + 1, Date.now() * 1000);
      const at = Date.now();
      const ids = idsOf(event);
      const stamped: DemoServerEvent =
        event.type === 'error'
          ? { type: 'error', message: String(event.error), at, seq, ids }
          : { ...event, at, seq, ids };
      for (const id of ids) {
        const kept = byFlow.touch(id) ?? [];
        kept.push(stamped);
        if (kept.length > KEPT_PER_FLOW) kept.shift();
        byFlow.set(id, kept);
        for (const listener of listeners.get(id) ?? []) listener(stamped);
      }
      return stamped;
    },
    recent: (id) => [...(byFlow.get(id) ?? [])],
    subscribe(id, listener) {
      let set = listeners.get(id);
      if (set === undefined) {
        set = new Set();
        listeners.set(id, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(id);
      };
    },
  };
}
