import type { FlowSummary } from '@webform-kit/core';
import type { Snapshot } from '../EventBus.ts';
import type { ProxyEvent } from '../ProxyEvent.ts';
import type { CompleteStore } from '../records/completeStore.ts';
import { readFlowRecord, writeFlowRecord, type FlowRecord } from '../records/flowRecords.ts';
import { grantTaskWebForm } from '../records/ownership.ts';
import { addWatched, listWatched, removeWatched } from '../records/watchIndex.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import { TASK, WEB_FORM } from '../resources/proxyResources.ts';
import type { SnapshotWatcher } from '../snapshots/SnapshotWatcher.ts';
import { SweptMap } from '../snapshots/SweptMap.ts';
import type { TokenSource } from '../snapshots/TokenSource.ts';
import { OUTCOME_RETRY_FOR_MS, type OutcomeDelivery } from './OutcomeDelivery.ts';

export interface FlowKeeperOptions {
  store: CompleteStore;
  watcher: SnapshotWatcher;
  delivery: OutcomeDelivery;
  now: () => number;
  emit(event: ProxyEvent): void;
  /** How often the store's index of watched flows is looked through (`unattendedPollMs`). */
  scanEveryMs: number;
  /** How long a flow record is kept (a day, or `referenceTtlMs` if longer). */
  recordTtlMs(flow: FlowRecord): number;
  /**
   * Whose token a flow's safety poll reads with when no request of the flow's is at hand (a
   * restarted process resuming it).
   */
  pollSourceOf(flow: FlowRecord): TokenSource;
}

// A summary never changes, so each instance keeps the ones it read for a while.
const SUMMARY_IDLE_MS = 10 * 60_000;

/**
 * Keeps the flows the proxy created, from creation to delivered outcome:
 *
 * - {@link FlowKeeper.created}: a new flow is followed (polled slowly behind its callbacks until
 *   final or its deadline, browser or not) and put in the store's index of watched flows;
 * - {@link FlowKeeper.learned} hears every snapshot finAPI answers, whoever asked: it settles
 *   ownership, and on the first final snapshot records it with the flow and hands the outcome to
 *   {@link OutcomeDelivery}; then the snapshot is published;
 * - {@link FlowKeeper.start} looks through the index at once and every `scanEveryMs`: a restarted
 *   process (same store) resumes watching what its predecessor watched and carries on
 *   undelivered outcomes.
 *
 * @example
 * await keeper.created(WEB_FORM, flowRecord, pollSource);
 * await keeper.learned(WEB_FORM, snapshot, sessionId); // every finAPI answer
 */
export class FlowKeeper {
  readonly #options: FlowKeeperOptions;
  readonly #summaries: SweptMap<{ at: number; summary: Promise<FlowSummary | undefined> }>;
  #timer: ReturnType<typeof setInterval> | undefined;
  #closed = false;

  constructor(options: FlowKeeperOptions) {
    this.#options = options;
    this.#summaries = new SweptMap(options.now, (entry, now) => now - entry.at > SUMMARY_IDLE_MS);
  }

  /** A flow was just created: follow it, here and in the store's index. */
  async created(resource: ProxyResource, flow: FlowRecord, source: TokenSource): Promise<void> {
    await addWatched(this.#options.store, resource.name, flow.id, flow.watchUntil);
    this.#options.watcher.follow(resource, flow.id, {
      source,
      until: flow.watchUntil,
      callbacks: flow.callbacks,
    });
  }

  /** Every snapshot finAPI answers, whoever asked (a read, a poll, a callback, a creation). */
  async learned(resource: ProxyResource, snapshot: Snapshot, sessionId: string): Promise<void> {
    await grantTaskWebForm(this.#options.store, resource, snapshot, sessionId);
    // Recorded before it is published: a browser told of it that creates again for the same
    // reference is answered from the record, with no finAPI call.
    if (resource.isFinal(snapshot)) await this.#settle(resource, snapshot);
    await this.#options.watcher.publish(resource, snapshot);
  }

  /** The summary `prepare` gave a flow, for every answer about it. */
  summaryOf(resource: ProxyResource, id: string): Promise<FlowSummary | undefined> {
    const entry = this.#summaries.entry(`${resource.name}:${id}`, () => ({
      at: 0,
      summary: readFlowRecord(this.#options.store, resource, id).then((flow) => flow?.summary),
    }));
    entry.at = this.#options.now();
    // A failed read is not kept: the next answer asks the store again.
    entry.summary.catch(() => this.#summaries.delete(`${resource.name}:${id}`));
    return entry.summary;
  }

  /** The flow record, for what only it knows (the flow's deadline, whether it has callbacks). */
  read(resource: ProxyResource, id: string): Promise<FlowRecord | undefined> {
    return readFlowRecord(this.#options.store, resource, id);
  }

  /** A flow that needs no more watching: its outcome is delivered, or it is gone. */
  async forget(resource: ProxyResource, id: string): Promise<void> {
    this.#options.watcher.unfollow(resource, id);
    await removeWatched(this.#options.store, resource.name, id);
  }

  /** Looks through the store's index now and every `scanEveryMs`, until {@link FlowKeeper.close}. */
  start(): void {
    const scan = () => {
      this.scan().catch((error: unknown) => this.#options.emit({ type: 'error', error }));
    };
    scan();
    this.#timer = setInterval(scan, this.#options.scanEveryMs);
    (this.#timer as { unref?: () => void }).unref?.();
  }

  /**
   * Follows every watched flow in the store's index that this instance does not follow yet, and
   * carries on the delivery of every final one whose outcome is not delivered.
   */
  async scan(): Promise<void> {
    const { store, watcher, delivery } = this.#options;
    for (const { name, id } of await listWatched(store)) {
      if (this.#closed) return;
      const resource = name === 'task' ? TASK : WEB_FORM;
      if (watcher.isFollowed(resource, id)) continue;
      const flow = await readFlowRecord(store, resource, id);
      if (flow === undefined) {
        await removeWatched(store, name, id);
      } else if (flow.final !== undefined) {
        await delivery.seen(resource, flow.final, flow);
      } else if (flow.watchUntil > this.#options.now()) {
        watcher.follow(resource, id, {
          source: this.#options.pollSourceOf(flow),
          until: flow.watchUntil,
          callbacks: flow.callbacks,
        });
      }
    }
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  async #settle(resource: ProxyResource, snapshot: Snapshot): Promise<void> {
    const { store, watcher, delivery } = this.#options;
    watcher.unfollow(resource, snapshot.id);
    const flow = await readFlowRecord(store, resource, snapshot.id);
    if (flow === undefined) return;
    let final = flow.final;
    if (final === undefined) {
      final = snapshot;
      await writeFlowRecord(store, { ...flow, final }, this.#options.recordTtlMs(flow));
      // Until the outcome is delivered the flow stays in the index, so a restart carries it on.
      await addWatched(store, resource.name, flow.id, this.#options.now() + OUTCOME_RETRY_FOR_MS);
    }
    await delivery.seen(resource, final, { ...flow, final });
  }
}
