import type { WebFormCallback, TaskCallback } from '@webform-kit/core';
import type { EventBus, Snapshot } from '../EventBus.ts';
import type { ProxyEvent } from '../ProxyEvent.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { isWebFormProxyError } from '../WebFormProxyError.ts';
import type { CallbackHealth } from './CallbackHealth.ts';
import {
  isProvisionalMessage,
  parseProvisionalStatus,
  provisionalSnapshot,
  provisionalStatusOf,
} from './provisionalSnapshot.ts';
import type { ReadGate } from './ReadGate.ts';
import { SweptMap } from './SweptMap.ts';
import type { TokenSource } from './TokenSource.ts';

/**
 * `snapshot`: a new state; `provisional` when it carries a verified callback's status before the
 * proxy's finAPI read confirms it (the snapshot known before, with the callback's status).
 * `end`: the resource is gone, or (`shutdown`) this instance is closing while the flow goes on,
 * so a stream tells its browser to reconnect, to another instance.
 */
export type WatchEvent =
  | { type: 'snapshot'; snapshot: Snapshot; provisional?: boolean }
  | { type: 'end'; shutdown?: boolean };
export type WatchListener = (event: WatchEvent) => void;

export interface SnapshotWatcherOptions {
  bus: EventBus;
  /** Where the poller reads, and where snapshots off the bus are remembered. */
  gate: ReadGate;
  /**
   * How often a resource a browser watches is read while its callbacks are off or look lost
   * (`pollIntervalMs`).
   */
  pollIntervalMs: number;
  /**
   * How often otherwise: a followed flow nobody watches (the safety poll behind the callbacks),
   * and a watched one while its callbacks arrive (`unattendedPollMs`). `pollIntervalMs` when
   * not given.
   */
  unattendedPollMs?: number | undefined;
  /** Whether callbacks look lost; without it, registered callbacks are always trusted. */
  health?: CallbackHealth | undefined;
  /**
   * Claims the right to make a poll nobody watches for, across instances (a lease in the store),
   * so that one instance polls a followed flow at a time. Every poll may, without it.
   */
  claimPoll?: ((resource: ProxyResource, id: string) => Promise<boolean>) | undefined;
  now: () => number;
  onEvent: (event: ProxyEvent) => void;
}

/** How a followed flow (watched whether or not a browser is) is polled. */
export interface FollowOptions {
  /** Whose token the safety poll reads with. */
  source: TokenSource;
  /** Polled until then (ms since the epoch), one last time at it, then no more. */
  until: number;
  /** Whether finAPI calls back about it (then it is polled slowly even while a stream is open). */
  callbacks: boolean;
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
  /** The first stream's token source, for polls while streams are open. */
  streamSource: TokenSource | undefined;
  /** Set while the flow is followed (watched whether or not a browser is). */
  follow: FollowOptions | undefined;
  /** Whether finAPI calls back about it. */
  callbacks: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the timer fires. */
  dueAt: number;
  /** When the last poll started (or the watching did): the next one is an interval after it. */
  lastPollAt: number;
  /** A poll is reading right now (its timer has fired). */
  polling: boolean;
  failures: number;
  publishedJson: string | undefined;
  /**
   * The provisional snapshot watchers last heard, until a validated one at least as far comes:
   * a stream opening meanwhile starts with it.
   */
  provisional: Snapshot | undefined;
  usedAt: number;
}

/**
 * Tells the watchers of a web form or task (this instance's event streams) when it changes, and
 * polls finAPI behind the callbacks:
 *
 * - every snapshot the proxy learns is published on the event bus, once per change; watchers
 *   hear the bus, so a callback handled by another instance reaches streams here, and what comes
 *   off the bus is validated with core's schema before anyone hears it;
 * - one poller per resource re-reads it through the {@link ReadGate} while anyone watches it or
 *   it is followed (every created flow is, until final or its deadline, browser or not), backing
 *   off on errors, and stops at a final status;
 * - a verified callback's status is published at once ({@link SnapshotWatcher.announce}), and
 *   watchers hear it as a provisional snapshot before the proxy's finAPI read confirms it;
 * - its pace: `pollIntervalMs` while a stream is open and the flow's callbacks are off or look
 *   lost ({@link CallbackHealth}), `unattendedPollMs` otherwise (callbacks first, a slow safety
 *   poll behind them). A poll nobody watches for is made by one instance at a time (`claimPoll`).
 *
 * @example
 * const unwatch = watcher.watch(WEB_FORM, id, pollSource, (event) => send(event), { callbacks: true });
 * watcher.follow(WEB_FORM, id, { source, until: deadline, callbacks: true });
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
        entry.follow === undefined &&
        entry.timer === undefined &&
        !entry.polling &&
        now - entry.usedAt > IDLE_ENTRY_MS,
    );
  }

  /**
   * Watches a resource: `listener` hears every new snapshot and the end of the resource. The
   * first watcher subscribes to the bus and starts the shared poller with `pollSource` (or
   * speeds up the follow's); the returned function unwatches, and the last one out unsubscribes
   * and stops the poller unless the flow is followed. `callbacks`: whether finAPI calls back
   * about it (`false` by default: polled at `pollIntervalMs`).
   */
  watch(
    resource: ProxyResource,
    id: string,
    pollSource: TokenSource,
    listener: WatchListener,
    { callbacks }: { callbacks?: boolean } = {},
  ): () => void {
    const entry = this.#entry(resource, id);
    entry.listeners.add(listener);
    if (entry.listeners.size === 1) {
      if (!this.#active(entry)) entry.lastPollAt = this.#options.now();
      entry.streamSource = pollSource;
      entry.callbacks = callbacks ?? entry.follow?.callbacks ?? false;
      entry.unsubscribe = this.#options.bus.subscribe(resource.topic(id), (raw) =>
        this.#fromBus(entry, raw),
      );
      this.#schedulePoll(entry);
    }
    // What a callback said while the read confirming it is under way: a stream opening now (a
    // reconnect) shows it at once, unless a validated snapshot has caught up with it meanwhile.
    const { provisional } = entry;
    const known = this.#options.gate.peek(resource, id);
    if (
      provisional !== undefined &&
      known !== undefined &&
      resource.merge(known, provisional) === known
    ) {
      entry.provisional = undefined;
    } else if (provisional !== undefined) {
      listener({ type: 'snapshot', snapshot: provisional, provisional: true });
    }
    return () => {
      if (!entry.listeners.delete(listener) || entry.listeners.size > 0) return;
      entry.usedAt = this.#options.now();
      this.#stopWatching(entry);
    };
  }

  /**
   * Follows a flow whether or not a browser watches it: polled at `unattendedPollMs` (one last
   * time at `until`) until it is final or `until` has passed. Following it again moves `until`.
   */
  follow(resource: ProxyResource, id: string, options: FollowOptions): void {
    const entry = this.#entry(resource, id);
    if (!this.#active(entry)) entry.lastPollAt = this.#options.now();
    entry.follow = options;
    if (entry.listeners.size === 0) entry.callbacks = options.callbacks;
    this.#schedulePoll(entry);
  }

  /** Stops following a flow (it is final, or no longer in the store's index). */
  unfollow(resource: ProxyResource, id: string): void {
    const entry = this.#entries.get(keyOf(resource, id));
    if (entry === undefined || entry.follow === undefined) return;
    entry.follow = undefined;
    entry.usedAt = this.#options.now();
    if (entry.listeners.size === 0) this.#stopPolling(entry);
  }

  /** Whether this instance follows the flow. */
  isFollowed(resource: ProxyResource, id: string): boolean {
    return this.#entries.get(keyOf(resource, id))?.follow !== undefined;
  }

  /** Brings every poll forward that is now due sooner (callbacks started to look lost). */
  reschedule(): void {
    for (const entry of this.#entries.values()) this.#schedulePoll(entry);
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
      // Not sent (a shared bus out of reach): the same snapshot learned again is sent then.
      if (entry.publishedJson === json) entry.publishedJson = undefined;
      this.#options.onEvent({ type: 'error', error });
    }
  }

  /**
   * Publishes what a verified callback said, before the proxy reads finAPI about it: every
   * instance's watchers hear it as a provisional snapshot (the one they know, with the callback's
   * status). Nothing is published for a resource known to be final here.
   */
  async announce(resource: ProxyResource, callback: WebFormCallback | TaskCallback): Promise<void> {
    const id = 'webFormId' in callback ? callback.webFormId : callback.taskId;
    const known = this.#options.gate.peek(resource, id);
    if (known !== undefined && resource.isFinal(known)) return;
    try {
      await this.#options.bus.publish(resource.topic(id), provisionalStatusOf(callback));
    } catch (error) {
      // Not sent (a shared bus out of reach): the validated snapshot follows all the same.
      this.#options.onEvent({ type: 'error', error });
    }
  }

  /**
   * Ends every watcher of a resource that is gone (deleted, or finAPI no longer knows it), and
   * has the gate forget it.
   */
  end(resource: ProxyResource, id: string, shutdown = false): void {
    const key = keyOf(resource, id);
    const entry = this.#entries.get(key);
    this.#options.gate.forget(resource, id);
    if (entry === undefined) return;
    entry.follow = undefined;
    this.#stopWatching(entry);
    this.#stopPolling(entry);
    for (const listener of [...entry.listeners]) listener({ type: 'end', shutdown });
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

  /** Ends every watcher (a shutdown, for their streams) and stops every poller. */
  close(): void {
    for (const entry of [...this.#entries.values()]) this.end(entry.resource, entry.id, true);
  }

  #entry(resource: ProxyResource, id: string): WatchEntry {
    return this.#entries.entry(keyOf(resource, id), () => ({
      resource,
      id,
      listeners: new Set(),
      unsubscribe: undefined,
      streamSource: undefined,
      follow: undefined,
      callbacks: false,
      timer: undefined,
      dueAt: Number.POSITIVE_INFINITY,
      lastPollAt: this.#options.now(),
      polling: false,
      failures: 0,
      publishedJson: undefined,
      provisional: undefined,
      usedAt: this.#options.now(),
    }));
  }

  #fromBus(entry: WatchEntry, raw: unknown): void {
    const { resource, id } = entry;
    if (isProvisionalMessage(raw)) return this.#provisionalFromBus(entry, raw);
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
    const { provisional } = entry;
    // A validated snapshot behind the provisional one (a read that asked before the callback)
    // would move the screens back; the one the callback's read answers follows.
    if (provisional !== undefined && resource.merge(snapshot, provisional) !== snapshot) return;
    entry.provisional = undefined;
    for (const listener of [...entry.listeners]) listener({ type: 'snapshot', snapshot });
    if (resource.isFinal(snapshot)) {
      entry.follow = undefined;
      this.#stopPolling(entry);
    }
  }

  #provisionalFromBus(entry: WatchEntry, raw: unknown): void {
    const { resource, id } = entry;
    const callback = parseProvisionalStatus(resource, id, raw);
    if (callback === undefined) {
      this.#options.onEvent({
        type: 'error',
        error: new Error(`invalid provisional status on ${resource.topic(id)}`),
      });
      return;
    }
    entry.usedAt = this.#options.now();
    // Built from what this instance knows; a stream that has sent nothing yet gets the read.
    const known = this.#options.gate.peek(resource, id);
    const base = known === undefined ? undefined : resource.merge(entry.provisional, known);
    const snapshot = base === undefined ? undefined : provisionalSnapshot(resource, base, callback);
    if (snapshot === undefined) return;
    entry.provisional = snapshot;
    for (const listener of [...entry.listeners]) {
      listener({ type: 'snapshot', snapshot, provisional: true });
    }
  }

  #active(entry: WatchEntry): boolean {
    return entry.listeners.size > 0 || entry.follow !== undefined;
  }

  #intervalOf(entry: WatchEntry): number {
    const fast = entry.listeners.size > 0 && (!entry.callbacks || this.#options.health?.lost);
    return fast ? this.#options.pollIntervalMs : this.#slowInterval();
  }

  #slowInterval(): number {
    return this.#options.unattendedPollMs ?? this.#options.pollIntervalMs;
  }

  /** Sets the timer for the next poll, or moves it forward when that is due sooner. */
  #schedulePoll(entry: WatchEntry): void {
    if (entry.polling || !this.#active(entry)) return;
    const known = this.#options.gate.peek(entry.resource, entry.id);
    if (known !== undefined && entry.resource.isFinal(known)) {
      entry.follow = undefined;
      this.#stopPolling(entry);
      return;
    }
    const interval = this.#intervalOf(entry);
    const wait =
      entry.failures === 0
        ? interval
        : Math.min(
            Math.max(MAX_POLL_BACKOFF_MS, interval),
            interval * 2 ** Math.min(entry.failures, 5),
          );
    let dueAt = entry.lastPollAt + wait;
    // A followed flow nobody watches gets one last look at its deadline.
    if (entry.listeners.size === 0 && entry.follow !== undefined) {
      dueAt = Math.min(dueAt, entry.follow.until);
    }
    const now = this.#options.now();
    dueAt = Math.max(dueAt, now);
    if (entry.timer !== undefined) {
      if (dueAt >= entry.dueAt) return;
      clearTimeout(entry.timer);
    }
    entry.dueAt = dueAt;
    entry.timer = setTimeout(() => void this.#poll(entry), dueAt - now);
    // The poller alone must not keep a process alive (a CLI, a test run); a stream's socket does.
    (entry.timer as { unref?: () => void }).unref?.();
  }

  async #poll(entry: WatchEntry): Promise<void> {
    entry.timer = undefined;
    entry.dueAt = Number.POSITIVE_INFINITY;
    const source = entry.streamSource ?? entry.follow?.source;
    if (!this.#active(entry) || source === undefined) return;
    const { resource, id } = entry;
    entry.polling = true;
    entry.lastPollAt = this.#options.now();
    try {
      // One instance polls a flow at a time, the holder of its lease, which each poll renews
      // (a stream here too, so another instance following the flow keeps off). A stream at the
      // slow pace skips the poll while another instance holds the lease: that instance polls at
      // the same pace and its snapshot reaches the stream over the bus. A stream that needs the
      // fast pace (callbacks off or lost) is polled here whoever holds it.
      const fast = entry.listeners.size > 0 && this.#intervalOf(entry) < this.#slowInterval();
      const claimed =
        this.#options.claimPoll === undefined ||
        (await this.#options.claimPoll(resource, id).catch(() => true)) ||
        fast;
      if (claimed) {
        const before = this.#options.gate.peek(resource, id);
        const after = await this.#options.gate.read(resource, id, source);
        entry.failures = 0;
        if (entry.callbacks) this.#options.health?.polled(resource, before, after);
      }
    } catch (error) {
      entry.failures++;
      const code = isWebFormProxyError(error) ? error.code : 'INTERNAL_ERROR';
      this.#options.onEvent({ type: 'poll-error', resource: resource.name, id, code });
      if (code === 'NOT_FOUND') {
        entry.polling = false;
        this.end(resource, id);
        return;
      }
    }
    entry.polling = false;
    const follow = entry.follow;
    if (follow !== undefined && this.#options.now() >= follow.until) entry.follow = undefined;
    this.#schedulePoll(entry);
  }

  #stopPolling(entry: WatchEntry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    entry.dueAt = Number.POSITIVE_INFINITY;
  }

  #stopWatching(entry: WatchEntry): void {
    entry.unsubscribe?.();
    entry.unsubscribe = undefined;
    entry.streamSource = undefined;
    this.#stopPolling(entry);
    // A followed flow drops back to the safety poll's pace.
    if (entry.follow !== undefined) this.#schedulePoll(entry);
  }
}

function keyOf(resource: ProxyResource, id: string): string {
  return `${resource.name}:${id}`;
}
