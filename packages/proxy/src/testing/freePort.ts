import { once } from 'node:events';
import { createServer } from 'node:net';

/**
 * A loopback port nothing listens on right now, for a server that must be told its port before
 * it starts (redis-server, HAProxy, a proxy instance whose URL goes into the balancer's config).
 *
 * @example
 * const port = await freePort(); // e.g. 41873
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
