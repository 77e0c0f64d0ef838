/**
 * `@webform-kit/proxy/redis`: the store and event bus for several proxy instances on one Redis
 * server (node-redis, an optional peer dependency: `npm install redis`). The main entry never
 * imports it.
 *
 * @packageDocumentation
 */
export {
  createRedisBackend,
  DEFAULT_REDIS_COMMAND_TIMEOUT_MS,
  DEFAULT_REDIS_PREFIX,
  DEFAULT_WAIT_FOR_CONNECTION_MS,
  type RedisBackend,
  type RedisBackendOptions,
} from './createRedisBackend.ts';
export type { RedisBackendEvent } from './RedisBackendEvent.ts';
export type { RedisStore } from './createRedisStore.ts';
export { STORE_UNAVAILABLE_RETRY_AFTER_S } from './storeUnavailable.ts';
