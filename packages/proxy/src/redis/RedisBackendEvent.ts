/**
 * What {@link createRedisBackend} reports to its `onEvent`, once per change of a connection's
 * state (not once per reconnection attempt): `error` when a connection is lost or cannot be
 * made, `ready` when it is (again) up. `commands` carries the store and `PUBLISH`; `subscriber`
 * is the duplicate connection that holds the `SUBSCRIBE`s.
 */
export type RedisBackendEvent =
  | { type: 'redis-connection'; connection: 'commands' | 'subscriber'; state: 'ready' }
  | {
      type: 'redis-connection';
      connection: 'commands' | 'subscriber';
      state: 'error';
      error: unknown;
    };
