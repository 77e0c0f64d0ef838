import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type HttpBindings } from '@hono/node-server';
import { createWebFormProxy, type WebFormProxy } from '../createWebFormProxy.ts';
import type { WebFormProxyOptions } from '../options.ts';
import { clientAddressKey } from './clientAddressKey.ts';
import { descriptorLimit, maxEventStreamsFor } from './descriptorLimit.ts';
import { logProxyProblem } from './logProxyProblem.ts';

export const DEFAULT_PORT = 8787;
export const DEFAULT_CLOSE_GRACE_MS = 10_000;

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
   * How long `close()` lets the requests under way finish (a creation, finAPI's callback) before
   * it cuts their connections. 10000 by default.
   */
  closeGraceMs?: number;
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
  /**
   * A graceful shutdown (SIGTERM): stops accepting connections, ends each event stream cleanly
   * with a `retry:` hint (browsers reconnect, through the balancer, to another instance), lets
   * the requests under way finish for up to `closeGraceMs`, then cuts what is left.
   */
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
    closeGraceMs = DEFAULT_CLOSE_GRACE_MS,
    log = true,
    ...proxyOptions
  } = options;
  if (!Number.isFinite(closeGraceMs) || closeGraceMs < 0) {
    throw new TypeError(
      'startProxyServer: closeGraceMs must be a number of milliseconds, at least 0',
    );
  }
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
  let closing: Promise<void> | undefined;
  // Once closing, a connection whose answer is sent goes idle: close it then, rather than wait
  // for its keep-alive timeout.
  server.on('request', (_request, response: ServerResponse) =>
    response.once('finish', () => {
      if (closing !== undefined) {
        setImmediate(() =>
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.(),
        );
      }
    }),
  );
  return {
    url,
    proxy,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        const http = server as {
          closeIdleConnections?: () => void;
          closeAllConnections?: () => void;
        };
        // What is still under way past the grace is cut.
        const cut = setTimeout(() => http.closeAllConnections?.(), closeGraceMs);
        // No new connection from here; the callback runs once every connection has ended.
        server.close((error) => {
          clearTimeout(cut);
          if (error) reject(error);
          else resolve();
        });
        // Idle keep-alive connections would hold the close open until they time out.
        http.closeIdleConnections?.();
        // Streams end with their chunked terminator, not a reset socket.
        proxy.close();
      });
      return closing;
    },
  };
}
