import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings } from '@hono/node-server';
import { createWebFormProxy, type WebFormProxy } from '../createWebFormProxy.ts';
import type { WebFormProxyOptions } from '../options.ts';
import { clientAddressKey } from './clientAddressKey.ts';
import { descriptorLimit, maxEventStreamsFor } from './descriptorLimit.ts';
import { logProxyProblem } from './logProxyProblem.ts';

export const DEFAULT_PORT = 8787;

export interface ProxyServerOptions extends Omit<WebFormProxyOptions, 'publicUrl' | 'clientKey'> {
  /** Port to listen on; 0 picks a free one. 8787 by default. */
  port?: number;
  /** Address to listen on. `127.0.0.1` (loopback only) by default. */
  host?: string;
  /** Where finAPI reaches the proxy. The server's own URL by default. */
  publicUrl?: string;
  /**
   * Who a request comes from, for the rate limit of requests without a session. By default the
   * socket's remote address (`remoteAddress`, IPv6 by its /64). Behind a load balancer every
   * request comes from its address: key by the address it forwards (and trust that header only
   * from it), or by your own user id.
   */
  clientKey?: (request: Request, remoteAddress: string | undefined) => string | undefined;
  /**
   * Without `onEvent`, refused requests (a foreign `Origin` or `Host`, with the value refused),
   * answers from finAPI the proxy would not pass on, and errors go to `console.error`, one line
   * each, so a misconfiguration is not silent. `false` silences that; an `onEvent` of your own
   * replaces it (`describeProxyProblem` gives the same lines).
   */
  log?: boolean;
}

export interface ProxyServer {
  /** Where the server listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  proxy: WebFormProxy;
  /** Ends the event streams, then stops the server. */
  close(): Promise<void>;
}

/**
 * Serves {@link createWebFormProxy} over Node's HTTP server. What only a server knows it hands
 * to the proxy: the socket's address for the rate limit of requests without a session
 * (`clientKey`), its own `host:port` as a `Host` it answers, and a cap on open event streams
 * below this process's descriptor limit (`ulimit -n`) unless `maxEventStreams` is given.
 *
 * @example
 * const { url, close } = await startProxyServer({
 *   port: 8787,
 *   passwordGrant: { clientId, clientSecret, username, password },
 *   sessionSecret: process.env.SESSION_SECRET!,
 * });
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer> {
  const {
    port = DEFAULT_PORT,
    host = '127.0.0.1',
    publicUrl,
    clientKey,
    log = true,
    ...proxyOptions
  } = options;
  const onEvent = proxyOptions.onEvent ?? (log ? logProxyProblem : undefined);
  // The request's socket, which the fetch API does not carry, for the proxy's clientKey.
  const addresses = new WeakMap<Request, string | undefined>();
  // The default public URL is the server's, known once it listens (port 0 picks one); no
  // request can arrive before `listening`, and the proxy exists by then.
  const ready: { proxy?: WebFormProxy } = {};
  const server = serve({
    fetch: (request, env) => {
      addresses.set(request, (env as HttpBindings).incoming.socket.remoteAddress);
      return (ready.proxy as WebFormProxy)(request);
    },
    port,
    hostname: host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
  let proxy: WebFormProxy;
  try {
    proxy = createWebFormProxy({
      ...proxyOptions,
      ...(onEvent === undefined ? {} : { onEvent }),
      maxEventStreams: proxyOptions.maxEventStreams ?? maxEventStreamsFor(descriptorLimit()),
      publicUrl: publicUrl ?? url,
      // Its own address is no rebinding risk: a browser sends it only to this very server.
      allowedHosts: [...(proxyOptions.allowedHosts ?? []), new URL(url).host],
      clientKey: (request) => {
        const remote = addresses.get(request);
        return clientKey ? clientKey(request, remote) : clientAddressKey(remote);
      },
    });
  } catch (error) {
    server.close();
    throw error;
  }
  ready.proxy = proxy;
  return {
    url,
    proxy,
    close() {
      proxy.close();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would hold close() open until they time out.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
