import type { EventBus, Snapshot } from '../EventBus.ts';
import type { ProxyEvent } from '../ProxyEvent.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { isWebFormProxyError } from '../WebFormProxyError.ts';
import type { ReadGate } from './ReadGate.ts';
import { SweptMap } from './SweptMap.ts';
import type { TokenSource } from './TokenSource.ts';

export type WatchEvent = { type: 'snapshot'; snapshot: Snapshot } | { type: 'end' };
export type WatchListener = (event: WatchEvent) => void;

export interface SnapshotWatcherOptions {
  bus: EventBus;
  /** Where the poller reads, and where snapshots off the bus are remembered. */
  gate: ReadGate;
  pollIntervalMs: number;
  now: () => number;
  onEvent: (event: ProxyEvent) => void;
}

const MAX_POLL_BACKOFF_MS = 30_000;
// What was last published is remembered a minute past its last use, so that a read finding the
// same state again (a poll, a duplicate callback) publishes nothing.
const IDLE_ENTRY_MS = 60_000;

interface WatchEntry {
  readonly resource: ProxyResource;
  readonly id: string;
  readonly listeners: Set<WatchListener>;
  unsubscribe: (() => void) | undefined;
  pollSource: TokenSource | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** A poll is reading right now (its timer has fired). */
  polling: boolean;
  failures: number;
  publishedJson: string | undefined;
  usedAt: number;
}

/**
 * Tells the watchers of a web form or task (this instance's event streams) when it changes:
 *
 * - every snapshot the proxy learns is published on the event bus, once per change; watchers
 *   hear the bus, so a callback handled by another instance reaches streams here, and what comes
 *   off the bus is validated with core's schema before anyone hears it;
 * - while anyone watches a resource, one poller per resource (reference counted) re-reads it
 *   through the {@link ReadGate} every `pollIntervalMs`, backing off on errors, and stops at a
 *   final status or when the last watcher leaves. It exists because callbacks can be lost.
 *
 * @example
 * const unwatch = watcher.watch(WEB_FORM, id, pollSource, (event) => send(event));
 */
export class SnapshotWatcher {
  readonly #options: SnapshotWatcherOptions;
  readonly #entries: SweptMap<WatchEntry>;

  constructor(options: SnapshotWatcherOptions) {
    this.#options = options;
    this.#entries = new SweptMap(
      options.now,
      (entry, now) =>
        entry.listeners.size === 0 &&
        entry.timer === undefined &&
        !entry.polling &&
        now - entry.usedAt > IDLE_ENTRY_MS,
    );
  }

  /**
   * Watches a resource: `listener` hears every new snapshot and the end of the resource. The
   * first watcher subscribes to the bus and starts the shared poller with `pollSource`; the
   * returned function unwatches, and the last one out stops both.
   */
  watch(
    resource: ProxyResource,
    id: string,
    pollSource: TokenSource,
    listener: WatchListener,
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
      entry.usedAt = this.#options.now();
      this.#stopWatching(entry);
    };
  }

  /** Publishes a snapshot the proxy learned, unless it is the one this instance published last. */
  async publish(resource: ProxyResource, snapshot: Snapshot): Promise<void> {
    const entry = this.#entry(resource, snapshot.id);
    entry.usedAt = this.#options.now();
    // Compared as text: every snapshot here and off the bus is core's schema output, whose keys
    // come in the schema's order, so one state has one text.
    const json = JSON.stringify(snapshot);
    if (json === entry.publishedJson) return;
    entry.publishedJson = json;
    try {
      await this.#options.bus.publish(resource.topic(snapshot.id), snapshot);
    } catch (error) {
      this.#options.onEvent({ type: 'error', error });
    }
  }

  /**
   * Ends every watcher of a resource that is gone (deleted, or finAPI no longer knows it), and
   * has the gate forget it.
   */
  end(resource: ProxyResource, id: string): void {
    const key = keyOf(resource, id);
    const entry = this.#entries.get(key);
    this.#options.gate.forget(resource, id);
    if (entry === undefined) return;
    this.#stopWatching(entry);
    for (const listener of [...entry.listeners]) listener({ type: 'end' });
    entry.listeners.clear();
    this.#entries.delete(key);
  }

  /** Whether anyone on this instance watches the resource. */
  isWatched(resource: ProxyResource, id: string): boolean {
    return (this.#entries.get(keyOf(resource, id))?.listeners.size ?? 0) > 0;
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

  #entry(resource: ProxyResource, id: string): WatchEntry {
    return this.#entries.entry(keyOf(resource, id), () => ({
      resource,
      id,
      listeners: new Set(),
      unsubscribe: undefined,
      pollSource: undefined,
      timer: undefined,
      polling: false,
      failures: 0,
      publishedJson: undefined,
      usedAt: this.#options.now(),
    }));
  }

  #fromBus(entry: WatchEntry, raw: unknown): void {
    const { resource, id } = entry;
    // The bus may cross a network (Redis): what comes off it is checked like anything external.
    const parsed = resource.schema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== id) {
      this.#options.onEvent({
        type: 'error',
        error: new Error(`invalid snapshot on ${resource.topic(id)}`),
      });
      return;
    }
    entry.usedAt = this.#options.now();
    entry.publishedJson = JSON.stringify(parsed.data);
    // Messages from several instances may arrive out of order: watchers hear the newest state.
    const snapshot = this.#options.gate.remember(resource, parsed.data);
    for (const listener of [...entry.listeners]) listener({ type: 'snapshot', snapshot });
    if (resource.isFinal(snapshot)) this.#stopPolling(entry);
  }

  #schedulePoll(entry: WatchEntry): void {
    if (entry.timer !== undefined || entry.polling || entry.listeners.size === 0) return;
    const known = this.#options.gate.peek(entry.resource, entry.id);
    if (known !== undefined && entry.resource.isFinal(known)) return;
    const delay = Math.min(
      MAX_POLL_BACKOFF_MS,
      this.#options.pollIntervalMs * 2 ** Math.min(entry.failures, 5),
    );
    entry.timer = setTimeout(() => void this.#poll(entry), delay);
  }

  async #poll(entry: WatchEntry): Promise<void> {
    entry.timer = undefined;
    const source = entry.pollSource;
    if (entry.listeners.size === 0 || source === undefined) return;
    entry.polling = true;
    try {
      await this.#options.gate.read(entry.resource, entry.id, source);
      entry.failures = 0;
    } catch (error) {
      entry.failures++;
      const code = isWebFormProxyError(error) ? error.code : 'INTERNAL_ERROR';
      this.#options.onEvent({
        type: 'poll-error',
        resource: entry.resource.name,
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

  #stopPolling(entry: WatchEntry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  #stopWatching(entry: WatchEntry): void {
    this.#stopPolling(entry);
    entry.unsubscribe?.();
    entry.unsubscribe = undefined;
    entry.pollSource = undefined;
  }
}

function keyOf(resource: ProxyResource, id: string): string {
  return `${resource.name}:${id}`;
}
