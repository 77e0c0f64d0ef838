import type { EventBus } from '../EventBus.ts';
import { storeUnavailable } from './storeUnavailable.ts';
import { whenReady, type RedisClient } from './createRedisStore.ts';

export interface RedisEventBusOptions {
  /** Put before every topic, as before every key. */
  prefix: string;
  waitForConnectionMs: number;
}

/**
 * An {@link EventBus} over Redis pub/sub: `publish` is `PUBLISH topic JSON` on the commands
 * connection, `subscribe` a `SUBSCRIBE topic` on `subscriber` (a connection in subscribe mode
 * can send nothing else, hence the duplicate). One Redis subscription per topic serves every
 * listener of this process; it is dropped with the last one. node-redis subscribes again by
 * itself after a reconnection, so streams hear callbacks again once Redis is back (what was
 * published meanwhile is not replayed: the proxy's polls catch up with it).
 *
 * @example
 * const bus = createRedisEventBus(client, subscriber, { prefix: 'webform-kit:', waitForConnectionMs: 1000 });
 * const stop = bus.subscribe('webform:abc', (snapshot) => console.log(snapshot));
 */
export function createRedisEventBus(
  client: RedisClient,
  subscriber: RedisClient,
  options: RedisEventBusOptions,
): EventBus & { unsubscribeAll(): Promise<void> } {
  const topics = new Map<string, Set<(snapshot: unknown) => void>>();

  const deliver = (topic: string) => (message: string) => {
    let snapshot: unknown;
    try {
      snapshot = JSON.parse(message);
    } catch {
      // Not ours (another program on the channel): nothing to hand on.
      return;
    }
    // A copy: a listener that unsubscribes while being called must not skip its neighbour.
    for (const listener of [...(topics.get(topic) ?? [])]) listener(snapshot);
  };
  const handlers = new Map<string, (message: string) => void>();
  // Topics whose SUBSCRIBE Redis has confirmed. node-redis renews those after a reconnection,
  // but forgets one whose SUBSCRIBE the lost connection cut off: it is sent again when the
  // subscriber is back.
  const confirmed = new Set<string>();
  const subscribeInRedis = (topic: string, handler: (message: string) => void) => {
    subscriber.subscribe(`${options.prefix}${topic}`, handler).then(
      () => {
        if (handlers.get(topic) === handler) confirmed.add(topic);
      },
      () => undefined,
    );
  };
  subscriber.on('ready', () => {
    for (const [topic, handler] of handlers) {
      if (!confirmed.has(topic)) subscribeInRedis(topic, handler);
    }
  });

  return {
    async publish(topic, snapshot) {
      await whenReady(client, options.waitForConnectionMs);
      try {
        await client.publish(`${options.prefix}${topic}`, JSON.stringify(snapshot));
      } catch (error) {
        throw storeUnavailable(error);
      }
    },
    subscribe(topic, listener) {
      let listeners = topics.get(topic);
      if (listeners === undefined) {
        topics.set(topic, (listeners = new Set()));
        const handler = deliver(topic);
        handlers.set(topic, handler);
        // Queued while the subscriber reconnects; meanwhile the stream has its polls.
        subscribeInRedis(topic, handler);
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0 || topics.get(topic) !== listeners) return;
        topics.delete(topic);
        const handler = handlers.get(topic);
        handlers.delete(topic);
        confirmed.delete(topic);
        if (handler !== undefined) {
          subscriber.unsubscribe(`${options.prefix}${topic}`, handler).catch(() => undefined);
        }
      };
    },
    async unsubscribeAll() {
      topics.clear();
      handlers.clear();
      confirmed.clear();
      if (subscriber.isReady) await subscriber.unsubscribe().catch(() => undefined);
    },
  };
}
