import type * as z from 'zod/mini';
import type { QueryClient } from '@tanstack/query-core';
import { parseAnswer } from '../parseAnswer.ts';
import { isProxyError } from '../proxyError.ts';
import type { ProxyError } from '../proxyError.ts';
import type { ResourceDescriptor } from '../resources/ResourceDescriptor.ts';
import type { FlowKit } from './FlowKit.ts';
import type { FlowResource } from './flowTypes.ts';
import { statusQueryKey } from './statusQuery.ts';
import { stampEvent } from './webFormKitEvent.ts';
import type { WebFormKitEventInput } from './webFormKitEvent.ts';

/**
 * Where the push channel of one web form or task stands:
 * - `off`: no `EventSource` (push disabled, not supported, or nobody watching);
 * - `connecting`: opened, nothing received yet;
 * - `live`: the stream is open and delivering; polling drops to the safety net;
 * - `failed`: the stream broke or sent something invalid; polling is back to its full pace. A
 *   stream that broke after being live may come back (the browser reconnects it): `live` again;
 * - `done`: a final snapshot arrived and the stream was closed.
 */
export type PushState = 'off' | 'connecting' | 'live' | 'failed' | 'done';

export interface PushSnapshot {
  state: PushState;
  /**
   * An `invalid-response` error when the stream sent a snapshot that failed validation, until
   * the next answer of the status query replaces it.
   */
  error: ProxyError | null;
  /** How many answers the status query had had when `error` arrived. */
  answers?: number;
  /**
   * The latest provisional snapshot the stream pushed (finAPI's callback announced its status;
   * the proxy's read confirming it follows), kept out of the query cache: status watchers show it
   * while it is ahead of the cached snapshot, and a validated one as far replaces it.
   */
  provisional?: unknown;
}

interface Entry {
  refs: number;
  listeners: Set<() => void>;
  source: EventSource | null;
  snapshot: PushSnapshot;
  emit: (event: WebFormKitEventInput) => void;
}

/** `EventSource.CONNECTING`, which a test's stand-in may lack. */
const CONNECTING = 0;

const OFF: PushSnapshot = Object.freeze({ state: 'off', error: null });

// One map per QueryClient: the streams write into that client's cache, and two apps on one page
// (or two tests) must not share them. Outside every watcher, so all the watchers of an id (and
// every render of a component watching it) share one EventSource.
const registries = new WeakMap<QueryClient, Map<string, Entry>>();

function keyOf(resource: FlowResource, id: string): string {
  return `${resource}:${id}`;
}

function getEntry(queryClient: QueryClient, key: string, create: true): Entry;
function getEntry(queryClient: QueryClient, key: string, create: false): Entry | undefined;
function getEntry(queryClient: QueryClient, key: string, create: boolean): Entry | undefined {
  let registry = registries.get(queryClient);
  if (registry === undefined) {
    if (!create) return undefined;
    registry = new Map();
    registries.set(queryClient, registry);
  }
  let entry = registry.get(key);
  if (entry === undefined && create) {
    entry = {
      refs: 0,
      listeners: new Set(),
      source: null,
      snapshot: OFF,
      emit: () => {},
    };
    registry.set(key, entry);
  }
  return entry;
}

function dropIfUnused(queryClient: QueryClient, key: string, entry: Entry): void {
  if (entry.refs === 0 && entry.listeners.size === 0 && entry.source === null) {
    registries.get(queryClient)?.delete(key);
  }
}

function setSnapshot(entry: Entry, snapshot: PushSnapshot): void {
  entry.snapshot = snapshot;
  for (const listener of [...entry.listeners]) listener();
}

// Every answer of the status query, good or bad (a pushed snapshot counts as a good one).
function answersOf(queryClient: QueryClient, resource: FlowResource, id: string): number {
  const state = queryClient.getQueryState(statusQueryKey(resource, id));
  return (state?.dataUpdateCount ?? 0) + (state?.errorUpdateCount ?? 0);
}

/**
 * The push state of an id, for status watchers and the polling policy. A stream's error stands
 * until the status query answers again, well or badly.
 */
export function readPush(
  queryClient: QueryClient,
  resource: FlowResource,
  id: string,
): PushSnapshot {
  const snapshot = getEntry(queryClient, keyOf(resource, id), false)?.snapshot ?? OFF;
  const { error, answers = 0 } = snapshot;
  return error !== null && answersOf(queryClient, resource, id) > answers
    ? { state: snapshot.state, error: null, provisional: snapshot.provisional }
    : snapshot;
}

/** Calls `listener` whenever the push state of an id changes. */
export function subscribePush(
  queryClient: QueryClient,
  resource: FlowResource,
  id: string,
  listener: () => void,
): () => void {
  const key = keyOf(resource, id);
  const entry = getEntry(queryClient, key, true);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
    dropIfUnused(queryClient, key, entry);
  };
}

// Leaving the page (a same-tab trip to the web form) drops every EventSource just before
// `pagehide`, after `beforeunload`. That is no failure worth reporting or a poll worth making.
const LEAVING_GRACE_MS = 3_000;
let leavingAt = Number.NEGATIVE_INFINITY;
let watchingPage = false;

function watchPageLeave(now: () => number): void {
  if (watchingPage || typeof window === 'undefined') return;
  watchingPage = true;
  window.addEventListener('beforeunload', () => {
    leavingAt = now();
  });
  // Back from the back-forward cache, or a navigation that did not happen after all.
  window.addEventListener('pageshow', () => {
    leavingAt = Number.NEGATIVE_INFINITY;
  });
}

function isLeavingPage(now: number): boolean {
  return now - leavingAt < LEAVING_GRACE_MS;
}

/**
 * Joins (or opens) the one `EventSource` for an id and returns its release function. The stream
 * writes each snapshot into the query cache through core's merge, so an out-of-order message
 * never moves a final status back, and closes itself at a final snapshot (otherwise the browser
 * would reconnect to a stream the server has ended). The last release closes it, one microtask
 * later, so React's StrictMode unmount-and-remount keeps the same connection.
 */
export function acquirePush<T>(
  kit: FlowKit,
  { resource, schema }: { resource: ResourceDescriptor<T, unknown>; schema: z.ZodMiniType<T> },
  id: string,
): () => void {
  const { queryClient, client, env } = kit;
  const Source = env.EventSource();
  if (Source === undefined) return () => {};
  const key = keyOf(resource.name, id);
  const queryKey = statusQueryKey(resource.name, id);
  const entry = getEntry(queryClient, key, true);
  entry.refs += 1;
  entry.emit = (input) => kit.dispatch(stampEvent(input, env.now()));

  const step = { resource: resource.name, id } as const;

  /** Polling takes over; `reconnecting`: the browser reopens the same stream by itself. */
  const fail = (source: EventSource, error: ProxyError | null, reconnecting = false) => {
    if (!reconnecting) {
      source.close();
      entry.source = null;
    } else if (entry.snapshot.state === 'failed') {
      return; // Another failed attempt of the same reconnection: polling runs already.
    }
    const answers = answersOf(queryClient, resource.name, id);
    const { provisional } = entry.snapshot;
    setSnapshot(entry, { state: 'failed', error, answers, provisional });
    // The page is going away: polling still takes over should it stay after all, but nothing is
    // reported and nothing is asked for now.
    if (error === null && isLeavingPage(env.now())) return;
    entry.emit({ type: 'push-failed', ...step });
    // Polling resumes at once: one request now, and the next interval is computed without push.
    void queryClient.refetchQueries(
      { queryKey, exact: true, type: 'active' },
      { cancelRefetch: false },
    );
  };

  const open = () => {
    watchPageLeave(env.now);
    let source: EventSource;
    try {
      source = new Source(client.eventsUrl(resource.name, id));
    } catch {
      setSnapshot(entry, { state: 'failed', error: null });
      return;
    }
    entry.source = source;
    setSnapshot(entry, { state: 'connecting', error: null });

    let wasLive = false;
    const markLive = () => {
      wasLive = true;
      const { state } = entry.snapshot;
      // `failed` with the source still kept: the browser's own reconnection got through.
      if (state === 'connecting' || state === 'failed') {
        setSnapshot(entry, { state: 'live', error: null, provisional: entry.snapshot.provisional });
        entry.emit({ type: 'push-connected', ...step });
      }
    };

    source.addEventListener('open', () => {
      if (entry.source === source) markLive();
    });
    source.addEventListener('message', (event: MessageEvent) => {
      if (entry.source !== source) return;
      let snapshot: T;
      try {
        const source = `the ${resource.what} event stream sent`;
        snapshot = parseAnswer(String(event.data), schema, source);
      } catch (cause) {
        fail(source, isProxyError(cause) ? cause : null);
        return;
      }
      markLive();
      if ((snapshot as { provisional?: unknown }).provisional === true) {
        // Not the truth yet: kept beside the cache (which polls and reads must not be merged
        // with), and the stream stays open for the validated snapshot. Listeners hear it now.
        setSnapshot(entry, { ...entry.snapshot, provisional: snapshot });
        return;
      }
      const merged = queryClient.setQueryData<T>(queryKey, (older) =>
        resource.merge(older, snapshot),
      );
      if (merged !== undefined && resource.isFinal(merged)) {
        source.close();
        entry.source = null;
        setSnapshot(entry, { state: 'done', error: null });
      } else {
        // Told from here at once, not at the query cache's next notification (a timer, which a
        // hidden tab's browser may hold back): the cached result is current already.
        setSnapshot(entry, { ...entry.snapshot });
      }
    });
    // A stream that was live and then ended or dropped (a proxy instance shutting down sends a
    // `retry:` hint first) is reopened by the browser itself (readyState CONNECTING), with
    // Last-Event-ID, and whichever instance answers sends the latest snapshot at once: polling
    // covers the gap at full pace, and the reopened stream takes over again. A stream refused
    // (an HTTP error or not an event stream: CLOSED), or one that never opened, is given up for
    // polling rather than retried on the browser's schedule.
    source.addEventListener('error', () => {
      if (entry.source !== source) return;
      fail(source, null, wasLive && source.readyState === CONNECTING);
    });
  };

  if (entry.source === null && entry.snapshot.state === 'off') open();

  let released = false;
  return () => {
    if (released) return;
    released = true;
    entry.refs -= 1;
    if (entry.refs > 0) return;
    queueMicrotask(() => {
      if (entry.refs > 0) return;
      entry.source?.close();
      entry.source = null;
      if (entry.snapshot !== OFF) setSnapshot(entry, OFF);
      dropIfUnused(queryClient, key, entry);
    });
  };
}
