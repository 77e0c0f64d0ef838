import type { Task, WebForm } from '@webform-kit/core';

/** A snapshot as the proxy publishes it: the full finAPI `WebForm` or `Task`. */
export type Snapshot = WebForm | Task;

/**
 * Carries snapshots from where the proxy learns them (a finAPI callback, a poll) to every SSE
 * stream watching that web form or task. Topics are `webform:<id>` and `task:<id>`.
 *
 * One process needs nothing more than {@link createMemoryEventBus}. When several instances run
 * behind a load balancer, finAPI's callback may reach another instance than the one holding the
 * browser's stream: implement the bus over a shared channel, e.g. Redis pub/sub, with `publish`
 * as `PUBLISH topic JSON.stringify(snapshot)` and `subscribe` as a `SUBSCRIBE topic` whose
 * messages are `JSON.parse`d and handed to the listener (the proxy validates them again).
 */
export interface EventBus {
  publish(topic: string, snapshot: Snapshot): void | Promise<void>;
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
