import type { Snapshot } from '../EventBus.ts';
import type { FinapiClient } from '../finapi/createFinapiClient.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { WebFormProxyError } from '../WebFormProxyError.ts';
import { SweptMap } from './SweptMap.ts';
import type { TokenSource } from './TokenSource.ts';

/** finAPI asks for at most one read a second per web form or task; the gate never exceeds it. */
export const MIN_FETCH_GAP_MS = 1000;
// Entries outlive their last read briefly, so the one-second spacing and the final snapshot
// still apply to the next GET or duplicate callback; after a minute idle they go.
const IDLE_ENTRY_MS = 60_000;

export interface ReadGateOptions {
  finapi: FinapiClient;
  now: () => number;
  /**
   * Hears each snapshot finAPI answers (a read, or a creation given to {@link ReadGate.seed}),
   * once per answer, before any reader gets it.
   */
  onFetched(resource: ProxyResource, snapshot: Snapshot, sessionId: string): Promise<void>;
}

interface GateEntry {
  /** The read under way, which every reader in the meantime shares. */
  inflight: Promise<Snapshot> | undefined;
  /**
   * When the read under way asked finAPI; `undefined` while it waits out the spacing (and for its
   * token), so it will ask after whatever happens meanwhile.
   */
  inflightAskedAt: number | undefined;
  /** The {@link ReadGate.refresh} under way, which reads in the meantime join. */
  refreshing: Promise<Snapshot> | undefined;
  lastFetchAt: number;
  /** The newest snapshot known, from finAPI or the event bus. */
  snapshot: Snapshot | undefined;
}

/**
 * The one way the proxy reads web forms and tasks from finAPI, whoever asks (browsers' GETs,
 * event streams opening, the watcher's poller, callbacks):
 *
 * - reads of one resource are coalesced: one request in flight, shared by everyone who asks;
 * - they are spaced at least {@link MIN_FETCH_GAP_MS} apart; a read within that second is
 *   answered from the last snapshot;
 * - a final snapshot is kept and answered as is (it never changes), and the newest snapshot never
 *   moves backwards (core's `merge`), whatever order answers and bus messages arrive in;
 * - a {@link ReadGate.refresh} is answered by a read that asks finAPI after a given moment (a
 *   callback's arrival, a creation's request): never from the cache, never by joining a read that
 *   had asked by then, which may have been answered before the change;
 * - a read while a refresh is under way joins it rather than answer the snapshot from before the
 *   change.
 *
 * @example
 * const gate = new ReadGate({ finapi, now: Date.now, onFetched: publish });
 * const webForm = await gate.read(WEB_FORM, id, tokenSource);
 */
export class ReadGate {
  readonly #options: ReadGateOptions;
  readonly #entries: SweptMap<GateEntry>;

  constructor(options: ReadGateOptions) {
    this.#options = options;
    this.#entries = new SweptMap(
      options.now,
      (entry, now) => entry.inflight === undefined && now - entry.lastFetchAt > IDLE_ENTRY_MS,
    );
  }

  /**
   * The current snapshot: from the last second's read, or read now. While a refresh is under way
   * (a callback announced a change), the refresh's answer: the last read is from before the change.
   */
  read(resource: ProxyResource, id: string, source: TokenSource): Promise<Snapshot> {
    const entry = this.#entry(resource, id);
    if (entry.snapshot !== undefined && resource.isFinal(entry.snapshot)) {
      return Promise.resolve(entry.snapshot);
    }
    if (entry.refreshing !== undefined) return entry.refreshing;
    if (entry.snapshot !== undefined) {
      const fresh = this.#options.now() - entry.lastFetchAt < MIN_FETCH_GAP_MS;
      if (fresh) return Promise.resolve(entry.snapshot);
    }
    return this.#fetch(resource, id, entry, source);
  }

  /**
   * Reads again because something may have changed since `since` (a callback arrived, a creation
   * for a known reference must decide on the truth): answered by a finAPI read that asks after
   * `since` (now, by default), waiting out the one-second spacing if needed. A read under way is
   * joined only while it has not asked finAPI yet; one that had asked by `since` may have been
   * answered before the change, so a fresh read follows it. A final snapshot is answered as is (it
   * never changes): a duplicate callback costs nothing.
   */
  refresh(
    resource: ProxyResource,
    id: string,
    source: TokenSource,
    since: number = this.#options.now(),
  ): Promise<Snapshot> {
    const entry = this.#entry(resource, id);
    if (entry.snapshot !== undefined && resource.isFinal(entry.snapshot)) {
      return Promise.resolve(entry.snapshot);
    }
    const earlier = entry.inflight;
    const asked = entry.inflightAskedAt;
    // Within the same millisecond a read may have asked just before the change: not late enough.
    if (earlier !== undefined && asked !== undefined && asked <= since) {
      // Once that read is done, read again (or join whichever read another caller started after
      // it and has not asked yet).
      const again = () => this.refresh(resource, id, source, since);
      return this.#refreshing(entry, earlier.then(again, again));
    }
    return this.#refreshing(entry, this.#fetch(resource, id, entry, source));
  }

  /** Takes a snapshot finAPI just answered (a creation) as read now. */
  async seed(resource: ProxyResource, snapshot: Snapshot, sessionId: string): Promise<void> {
    const entry = this.#entry(resource, snapshot.id);
    entry.lastFetchAt = this.#options.now();
    await this.#accept(resource, entry, snapshot, sessionId);
  }

  /** The newest snapshot known, without reading. */
  peek(resource: ProxyResource, id: string): Snapshot | undefined {
    return this.#entries.get(keyOf(resource, id))?.snapshot;
  }

  /**
   * Takes a snapshot learned elsewhere (the event bus: another instance's read) as the newest
   * known, without counting it as a read of this instance. Answers the newest snapshot after it,
   * which is the one given unless that one is behind.
   */
  remember(resource: ProxyResource, snapshot: Snapshot): Snapshot {
    const entry = this.#entry(resource, snapshot.id);
    entry.snapshot = resource.merge(entry.snapshot, snapshot);
    return entry.snapshot;
  }

  /** Forgets a resource that is gone (deleted, or finAPI no longer knows it). */
  forget(resource: ProxyResource, id: string): void {
    this.#entries.delete(keyOf(resource, id));
  }

  #entry(resource: ProxyResource, id: string): GateEntry {
    return this.#entries.entry(keyOf(resource, id), () => ({
      inflight: undefined,
      inflightAskedAt: undefined,
      refreshing: undefined,
      lastFetchAt: Number.NEGATIVE_INFINITY,
      snapshot: undefined,
    }));
  }

  #fetch(
    resource: ProxyResource,
    id: string,
    entry: GateEntry,
    source: TokenSource,
  ): Promise<Snapshot> {
    if (entry.inflight !== undefined) return entry.inflight;
    const now = this.#options.now();
    const wait = entry.lastFetchAt + MIN_FETCH_GAP_MS - now;
    entry.inflightAskedAt = undefined;
    const inflight = (async () => {
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const token = await source.token();
      entry.lastFetchAt = this.#options.now();
      entry.inflightAskedAt = entry.lastFetchAt;
      const snapshot = await this.#options.finapi.request({
        method: 'GET',
        path: resource.finapiPath(id),
        token,
        schema: resource.schema,
        what: resource.what,
      });
      if (snapshot.id !== id) {
        throw new WebFormProxyError(
          502,
          'FINAPI_INVALID_RESPONSE',
          `finAPI answered with another ${resource.what} than the one asked for`,
        );
      }
      return this.#accept(resource, entry, snapshot, source.sessionId);
    })();
    entry.inflight = inflight;
    const clear = () => {
      if (entry.inflight === inflight) entry.inflight = undefined;
    };
    inflight.then(clear, clear);
    return inflight;
  }

  #refreshing(entry: GateEntry, refresh: Promise<Snapshot>): Promise<Snapshot> {
    entry.refreshing = refresh;
    const clear = () => {
      if (entry.refreshing === refresh) entry.refreshing = undefined;
    };
    refresh.then(clear, clear);
    return refresh;
  }

  async #accept(
    resource: ProxyResource,
    entry: GateEntry,
    fetched: Snapshot,
    sessionId: string,
  ): Promise<Snapshot> {
    const snapshot = resource.merge(entry.snapshot, fetched);
    entry.snapshot = snapshot;
    await this.#options.onFetched(resource, snapshot, sessionId);
    return snapshot;
  }
}

function keyOf(resource: ProxyResource, id: string): string {
  return `${resource.name}:${id}`;
}
