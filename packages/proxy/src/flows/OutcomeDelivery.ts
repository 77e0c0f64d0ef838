import type { Snapshot } from '../EventBus.ts';
import type { ProxyEvent } from '../ProxyEvent.ts';
import type { CompleteStore } from '../records/completeStore.ts';
import type { FlowRecord } from '../records/flowRecords.ts';
import {
  deleteRetryState,
  deliveryLeaseKey,
  markDelivered,
  readRetryState,
  wasDelivered,
  writeRetryState,
  type RetryState,
} from '../records/outcomeRecords.ts';
import type { ProxyResource } from '../resources/ProxyResource.ts';
import type { OutcomeEvent, OutcomeHandler } from './OutcomeEvent.ts';

/** The wait before the retry after the `n`th failed try: 1 s, 5 s, 25 s, ..., at most an hour. */
export function outcomeRetryDelayMs(failedTries: number): number {
  return Math.min(60 * 60_000, 1000 * 5 ** Math.max(0, failedTries - 1));
}

/** How long a failing `onOutcome` is retried, from its first try, before the proxy gives up. */
export const OUTCOME_RETRY_FOR_MS = 24 * 60 * 60_000;

/**
 * How long an instance holds an outcome it is delivering: longer than any sane hook runs. A hook
 * still running past it may be called a second time by another instance (at least once).
 */
const DELIVERY_LEASE_MS = 5 * 60_000;

interface InHand {
  resource: ProxyResource;
  id: string;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export interface OutcomeDeliveryOptions {
  store: CompleteStore;
  onOutcome: OutcomeHandler | undefined;
  now: () => number;
  emit(event: ProxyEvent): void;
  /** This instance, as the holder of its leases. */
  instanceId: string;
  /** How long delivered markers and retry states are kept. */
  recordTtlMs: number;
  /** Hears that an outcome needs nothing more (delivered, given up on, or there is no hook). */
  onSettled(resource: ProxyResource, id: string): Promise<void>;
}

/**
 * Delivers each outcome to `onOutcome` once, at least once, keyed by the web form's or task's id:
 *
 * - before the hook runs, the instance claims the outcome with the store's `setIfAbsent` (a
 *   lease): two instances seeing the same final snapshot call the hook once;
 * - a delivered outcome is marked in the store and never delivered again;
 * - a hook that throws is retried after 1 s, 5 s, 25 s, ... (at most an hour apart) for
 *   {@link OUTCOME_RETRY_FOR_MS}; the tries made and the next one's time are in the store, so a
 *   restarted process (same store) carries the backoff on where it was.
 *
 * A crash after the hook returned and before the marker was written delivers again: the hook
 * must treat a second call for the same `id` as the same outcome.
 *
 * @example
 * await delivery.seen(WEB_FORM, finalWebForm, flowRecord); // the hook runs (or is already done)
 */
export class OutcomeDelivery {
  readonly #options: OutcomeDeliveryOptions;
  /**
   * Outcomes this instance is delivering, by `name:id`: running the hook, or waiting to retry
   * (with the timer of the retry).
   */
  readonly #inHand = new Map<string, InHand>();
  #closed = false;

  constructor(options: OutcomeDeliveryOptions) {
    this.#options = options;
  }

  /**
   * A flow the proxy created is final: delivers its outcome unless that is done or under way
   * (here or on another instance). Resolves once the outcome is claimed, not when the hook is
   * done: the read that found the snapshot does not wait for the app.
   */
  async seen(resource: ProxyResource, snapshot: Snapshot, flow: FlowRecord): Promise<void> {
    const { store, onOutcome, instanceId } = this.#options;
    const key = `${resource.name}:${flow.id}`;
    if (this.#closed || this.#inHand.has(key)) return;
    if (onOutcome === undefined || (await wasDelivered(store, resource.name, flow.id))) {
      await this.#options.onSettled(resource, flow.id);
      return;
    }
    if (this.#inHand.has(key)) return;
    const lease = deliveryLeaseKey(resource.name, flow.id);
    this.#inHand.set(key, { resource, id: flow.id, timer: undefined });
    try {
      if (!(await store.setIfAbsent(lease, instanceId, DELIVERY_LEASE_MS))) {
        this.#inHand.delete(key);
        return;
      }
      const retry = await readRetryState(store, resource.name, flow.id);
      const event: OutcomeEvent = {
        reference: flow.reference,
        kind: flow.kind,
        resource: resource.name,
        id: flow.id,
        outcome: resource.outcome(snapshot),
        snapshot,
        sessionId: flow.sessionId,
      };
      const wait = retry === undefined ? 0 : retry.nextAt - this.#options.now();
      if (retry !== undefined && wait > 0) await this.#later(resource, event, retry, wait);
      else void this.#attempt(resource, event, retry);
    } catch (error) {
      this.#inHand.delete(key);
      throw error;
    }
  }

  /** Stops retrying here and hands this instance's claims back, for another process to carry on. */
  close(): void {
    this.#closed = true;
    for (const { resource, id, timer } of this.#inHand.values()) {
      // A hook running now hands its claim back itself when it returns.
      if (timer === undefined) continue;
      clearTimeout(timer);
      void this.#options.store
        .deleteIfValue(deliveryLeaseKey(resource.name, id), this.#options.instanceId)
        .catch(() => undefined);
    }
    this.#inHand.clear();
  }

  async #attempt(
    resource: ProxyResource,
    event: OutcomeEvent,
    retry: RetryState | undefined,
  ): Promise<void> {
    const { store, now, emit, recordTtlMs, instanceId } = this.#options;
    const key = `${resource.name}:${event.id}`;
    this.#inHand.set(key, { resource, id: event.id, timer: undefined });
    const attempt = (retry?.attempts ?? 0) + 1;
    const firstAt = retry?.firstAt ?? now();
    const report = {
      type: 'outcome',
      resource: resource.name,
      id: event.id,
      reference: event.reference,
      attempt,
    } as const;
    let failure: { error: unknown } | undefined;
    try {
      await this.#options.onOutcome?.(event);
    } catch (error) {
      failure = { error };
    }
    try {
      const lease = deliveryLeaseKey(resource.name, event.id);
      const delay = outcomeRetryDelayMs(attempt);
      const gaveUp = failure !== undefined && now() + delay - firstAt > OUTCOME_RETRY_FOR_MS;
      if (failure === undefined || gaveUp) {
        await markDelivered(store, resource.name, event.id, { at: now(), gaveUp }, recordTtlMs);
        await deleteRetryState(store, resource.name, event.id);
        await store.deleteIfValue(lease, instanceId);
        this.#inHand.delete(key);
        emit(
          failure === undefined
            ? { ...report, delivered: true }
            : { ...report, delivered: false, error: failure.error },
        );
        await this.#options.onSettled(resource, event.id);
        return;
      }
      const state: RetryState = { attempts: attempt, firstAt, nextAt: now() + delay };
      await writeRetryState(store, resource.name, event.id, state, recordTtlMs);
      emit({ ...report, delivered: false, error: failure.error, retryInMs: delay });
      if (this.#closed) {
        await store.deleteIfValue(lease, instanceId);
        return;
      }
      await this.#later(resource, event, state, delay);
    } catch (error) {
      // The store failed: the outcome stays undelivered in the index, and the next scan or read
      // of the flow (here or elsewhere, once the lease lapses) tries again.
      this.#inHand.delete(key);
      emit({ type: 'error', error });
    }
  }

  /** Keeps the claim across the wait, and tries again after it. */
  async #later(
    resource: ProxyResource,
    event: OutcomeEvent,
    retry: RetryState,
    wait: number,
  ): Promise<void> {
    const key = `${resource.name}:${event.id}`;
    await this.#options.store.set(
      deliveryLeaseKey(resource.name, event.id),
      this.#options.instanceId,
      wait + DELIVERY_LEASE_MS,
    );
    const timer = setTimeout(() => void this.#attempt(resource, event, retry), wait);
    (timer as { unref?: () => void }).unref?.();
    this.#inHand.set(key, { resource, id: event.id, timer });
  }
}
