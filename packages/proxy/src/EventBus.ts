import type { Task, TaskCallback, WebForm, WebFormCallback } from '@webform-kit/core';

/** A snapshot as the proxy publishes it: the full finAPI `WebForm` or `Task`. */
export type Snapshot = WebForm | Task;

/**
 * What a verified finAPI callback said, published the moment it arrives, before the proxy's
 * finAPI read confirms it: finAPI's callback body marked `provisional: true`. Each instance
 * turns it into a provisional event for its streams from the snapshot it knows; it is never
 * taken as the truth (no outcome, no record).
 */
export type ProvisionalStatus = (WebFormCallback | TaskCallback) & { provisional: true };

/** What travels on the bus: a snapshot the proxy read, or a callback's provisional status. */
export type BusMessage = Snapshot | ProvisionalStatus;

/**
 * Carries snapshots from where the proxy learns them (a finAPI callback, a poll) to every SSE
 * stream watching that web form or task. Topics are `webform:<id>` and `task:<id>`.
 *
 * One process needs nothing more than {@link createMemoryEventBus}. When several instances run
 * behind a load balancer, finAPI's callback may reach another instance than the one holding the
 * browser's stream: implement the bus over a shared channel, e.g. Redis pub/sub, with `publish`
 * as `PUBLISH topic JSON.stringify(message)` and `subscribe` as a `SUBSCRIBE topic` whose
 * messages are `JSON.parse`d and handed to the listener (the proxy validates them again). Messages
 * are snapshots and, marked `provisional: true`, callbacks' statuses ({@link ProvisionalStatus});
 * a bus hands both on as they are, in the order they were published.
 */
export interface EventBus {
  publish(topic: string, snapshot: BusMessage): void | Promise<void>;
  /** Registers `listener` for `topic`; the returned function unregisters it. */
  subscribe(topic: string, listener: (snapshot: unknown) => void): () => void;
}

/**
 * The in-process event bus: a map of topic to listeners, delivered synchronously.
 *
 * @example
 * const bus = createMemoryEventBus();
 * const stop = bus.subscribe('webform:abc', (snapshot) => console.log(snapshot));
 * bus.publish('webform:abc', webForm);
 * stop();
 */
export function createMemoryEventBus(): EventBus {
  const topics = new Map<string, Set<(snapshot: unknown) => void>>();
  return {
    publish(topic, snapshot) {
      // A copy: a listener that unsubscribes while being called must not skip its neighbour.
      for (const listener of [...(topics.get(topic) ?? [])]) listener(snapshot);
    },
    subscribe(topic, listener) {
      let listeners = topics.get(topic);
      if (listeners === undefined) topics.set(topic, (listeners = new Set()));
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && topics.get(topic) === listeners) topics.delete(topic);
      };
    },
  };
}
