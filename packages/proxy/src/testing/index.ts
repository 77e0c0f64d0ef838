/**
 * Real servers for tests of several proxy instances, and for running them on one machine:
 * Debian's `redis-server` and HAProxy, each in the foreground on a free loopback port, stopped by
 * their process. Node only; never imported by the proxy itself.
 *
 * @example
 * import { startHaproxy, startRedisServer } from '@webform-kit/proxy/testing';
 * const redis = await startRedisServer();
 * const balancer = await startHaproxy({ servers: [{ name: 'a', url: a.url }, { name: 'b', url: b.url }] });
 *
 * @packageDocumentation
 */
export { freePort } from './freePort.ts';
export { startRedisServer, type RedisServer } from './startRedisServer.ts';
export {
  haproxyConfig,
  startHaproxy,
  type BalancedServer,
  type Haproxy,
  type HaproxyOptions,
} from './startHaproxy.ts';
