import type { EventBus, Snapshot } from './EventBus.ts';
import type { FinapiClient } from './createFinapiClient.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import type { Resource } from './resources.ts';
import { WebFormProxyError, isWebFormProxyError } from './WebFormProxyError.ts';

/** Where a read gets its finAPI token, and for which session. */
export interface TokenSource {
  readonly sessionId: string;
  token(): Promise<string>;
}

export type HubEvent = { type: 'snapshot'; snapshot: Snapshot } | { type: 'end' };
export type HubListener = (event: HubEvent) => void;

export interface SnapshotHubOptions {
  bus: EventBus;
  finapi: FinapiClient;
  pollIntervalMs: number;
  now: () => number;
  onEvent: (event: ProxyEvent) => void;
  /** Told of every snapshot read from finAPI (to grant a task's web form to its session). */
  onSnapshot: (resource: Resource, snapshot: Snapshot, sessionId: string) => Promise<void>;
}

/** finAPI asks for at most one read a second per web form or task; the hub never exceeds it. */
export const MIN_FETCH_GAP_MS = 1000;
const MAX_POLL_BACKOFF_MS = 30_000;
const IDLE_ENTRY_MS = 60_000;

interface Entry {
  readonly resource: Resource;
  readonly id: string;
  readonly listeners: Set<HubListener>;
  unsubscribe: (() => void) | undefined;
  pollSource: TokenSource | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** A poll is reading right now (its timer has fired). */
  polling: boolean;
  inflight: Promise<Snapshot> | undefined;
  lastFetchAt: number;
  snapshot: Snapshot | undefined;
  publishedJson: string | undefined;
  failures: number;
}

/**
 * One place per proxy instance that reads web forms and tasks from finAPI and tells watchers when
 * they change.
 *
 * - Reads of one resource are coalesced (one request in flight, shared) and spaced at least a
 *   second apart, whoever asks: browsers' GETs, event streams opening, the poller, callbacks.
 *   A read within that second is answered from the last snapshot; a final snapshot is kept
 *   (it never changes).
 * - While anyone watches a resource, one poller per resource (reference counted) re-reads it
 *   every `pollIntervalMs`, backing off on errors, and stops at a final status or when the last
 *   watcher leaves. It exists because callbacks can be lost.
 * - Every read that finds a new state publishes it on the bus; watchers hear the bus, so a
 *   callback handled by another instance reaches streams here.
 */
export class SnapshotHub {
  readonly #options: SnapshotHubOptions;
  readonly #entries = new Map<string, Entry>();
  #lastSweep: number;

  constructor(options: SnapshotHubOptions) {
    this.#options = options;
    this.#lastSweep = options.now();
  }

  /** The current snapshot: from the last second's read, or read now. */
  read(resource: Resource, id: string, source: TokenSource): Promise<Snapshot> {
    const entry = this.#entry(resource, id);
    if (entry.snapshot !== undefined) {
      const fresh = this.#options.now() - entry.lastFetchAt < MIN_FETCH_GAP_MS;
      if (fresh || resource.isFinal(entry.snapshot)) return Promise.resolve(entry.snapshot);
    }
    return this.#fetch(entry, source);
  }

  /**
   * Reads again because something changed (a callback): waits out the one-second spacing if
   * needed rather than answering from the last snapshot. A final snapshot is answered as is:
   * a duplicate callback costs nothing.
   */
  refresh(resource: Resource, id: string, source: TokenSource): Promise<Snapshot> {
    const entry = this.#entry(resource, id);
    if (entry.snapshot !== undefined && resource.isFinal(entry.snapshot)) {
      return Promise.resolve(entry.snapshot);
    }
    return this.#fetch(entry, source);
  }

  /** Takes a snapshot finAPI just answered (a creation) as read now. */
  async seed(resource: Resource, snapshot: Snapshot, sessionId: string): Promise<void> {
    const entry = this.#entry(resource, snapshot.id);
    entry.lastFetchAt = this.#options.now();
    await this.#accept(entry, snapshot, sessionId);
  }

  /**
   * Watches a resource: `listener` hears every new snapshot and the end of the resource. The
   * first watcher starts the shared poller with `pollSource`; the returned function unwatches,
   * and the last one out stops the poller.
   */
  watch(
    resource: Resource,
    id: string,
    pollSource: TokenSource,
    listener: HubListener,
  ): () => void {
    const entry = this.#entry(resource, id);
    entry.listeners.add(listener);
    if (entry.listeners.size === 1) {
      entry.pollSource = pollSource;
      entry.unsubscribe = this.#options.bus.subscribe(resource.topic(id), (raw) =>
        this.#fromBus(entry, raw),
      );
      this.#schedulePoll(entry);
    }
    return () => {
      if (!entry.listeners.delete(listener) || entry.listeners.size > 0) return;
      this.#stopWatching(entry);
    };
  }

  /** Ends every watcher of a resource that is gone (deleted, or finAPI no longer knows it). */
  end(resource: Resource, id: string): void {
    const entry = this.#entries.get(`${resource.type}:${id}`);
    if (entry === undefined) return;
    this.#stopWatching(entry);
    for (const listener of [...entry.listeners]) listener({ type: 'end' });
    entry.listeners.clear();
    this.#entries.delete(`${resource.type}:${id}`);
  }

  /** Whether anyone on this instance watches the resource. */
  isWatched(resource: Resource, id: string): boolean {
    return (this.#entries.get(`${resource.type}:${id}`)?.listeners.size ?? 0) > 0;
  }

  /** The number of resources with a running poller (for tests and metrics). */
  get pollerCount(): number {
    let count = 0;
    for (const entry of this.#entries.values()) {
      if (entry.timer !== undefined || entry.polling) count++;
    }
    return count;
  }

  /** Ends every watcher and stops every poller. */
  close(): void {
    for (const entry of [...this.#entries.values()]) this.end(entry.resource, entry.id);
  }

  #entry(resource: Resource, id: string): Entry {
    this.#sweep();
    const key = `${resource.type}:${id}`;
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = {
        resource,
        id,
        listeners: new Set(),
        unsubscribe: undefined,
        pollSource: undefined,
        timer: undefined,
        polling: false,
        inflight: undefined,
        lastFetchAt: Number.NEGATIVE_INFINITY,
        snapshot: undefined,
        publishedJson: undefined,
        failures: 0,
      };
      this.#entries.set(key, entry);
    }
    return entry;
  }

  // Entries outlive their watchers briefly so the one-second spacing and the final snapshot
  // still apply to the next GET or duplicate callback; after a minute idle they go.
  #sweep(): void {
    const now = this.#options.now();
    if (now - this.#lastSweep < 10_000) return;
    this.#lastSweep = now;
    for (const [key, entry] of this.#entries) {
      if (
        entry.listeners.size === 0 &&
        entry.inflight === undefined &&
        now - entry.lastFetchAt > IDLE_ENTRY_MS
      ) {
        this.#entries.delete(key);
      }
    }
  }

  #fetch(entry: Entry, source: TokenSource): Promise<Snapshot> {
    if (entry.inflight !== undefined) return entry.inflight;
    const wait = entry.lastFetchAt + MIN_FETCH_GAP_MS - this.#options.now();
    const inflight = (async () => {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const token = await source.token();
      entry.lastFetchAt = this.#options.now();
      const snapshot = await this.#options.finapi.request({
        method: 'GET',
        path: entry.resource.finapiPath(entry.id),
        token,
        schema: entry.resource.schema,
        what: entry.resource.what,
      });
      if (snapshot.id !== entry.id) {
        throw new WebFormProxyError(
          502,
          'FINAPI_INVALID_RESPONSE',
          `finAPI answered with another ${entry.resource.what} than the one asked for`,
        );
      }
      await this.#accept(entry, snapshot, source.sessionId);
      return snapshot;
    })();
    entry.inflight = inflight;
    const clear = () => {
      if (entry.inflight === inflight) entry.inflight = undefined;
    };
    inflight.then(clear, clear);
    return inflight;
  }

  async #accept(entry: Entry, snapshot: Snapshot, sessionId: string): Promise<void> {
    entry.snapshot = snapshot;
    await this.#options.onSnapshot(entry.resource, snapshot, sessionId);
    const json = JSON.stringify(snapshot);
    if (json === entry.publishedJson) return;
    entry.publishedJson = json;
    try {
      await this.#options.bus.publish(entry.resource.topic(entry.id), snapshot);
    } catch (error) {
      this.#options.onEvent({ type: 'error', error });
    }
  }

  #fromBus(entry: Entry, raw: unknown): void {
    // The bus may cross a network (Redis): what comes off it is checked like anything external.
    const parsed = entry.resource.schema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== entry.id) {
      this.#options.onEvent({
        type: 'error',
        error: new Error(`invalid snapshot on ${entry.resource.topic(entry.id)}`),
      });
      return;
    }
    const snapshot = parsed.data;
    entry.snapshot = snapshot;
    entry.publishedJson = JSON.stringify(snapshot);
    for (const listener of [...entry.listeners]) listener({ type: 'snapshot', snapshot });
    if (entry.resource.isFinal(snapshot)) this.#stopPolling(entry);
  }

  #schedulePoll(entry: Entry): void {
    if (entry.timer !== undefined || entry.polling || entry.listeners.size === 0) return;
    if (entry.snapshot !== undefined && entry.resource.isFinal(entry.snapshot)) return;
    const delay = Math.min(
      MAX_POLL_BACKOFF_MS,
      this.#options.pollIntervalMs * 2 ** Math.min(entry.failures, 5),
    );
    entry.timer = setTimeout(() => void this.#poll(entry), delay);
  }

  async #poll(entry: Entry): Promise<void> {
    entry.timer = undefined;
    const source = entry.pollSource;
    if (entry.listeners.size === 0 || source === undefined) return;
    entry.polling = true;
    try {
      await this.read(entry.resource, entry.id, source);
      entry.failures = 0;
    } catch (error) {
      entry.failures++;
      const code = isWebFormProxyError(error) ? error.code : 'INTERNAL_ERROR';
      this.#options.onEvent({
        type: 'poll-error',
        resource: entry.resource.type,
        id: entry.id,
        code,
      });
      if (code === 'NOT_FOUND') {
        entry.polling = false;
        this.end(entry.resource, entry.id);
        return;
      }
    }
    entry.polling = false;
    this.#schedulePoll(entry);
  }

  #stopPolling(entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  #stopWatching(entry: Entry): void {
    this.#stopPolling(entry);
    entry.unsubscribe?.();
    entry.unsubscribe = undefined;
    entry.pollSource = undefined;
  }
}
