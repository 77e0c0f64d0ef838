import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createWebFormProxy, type WebFormProxy } from '../createWebFormProxy.ts';
import type { WebFormProxyOptions } from '../options.ts';

export const DEFAULT_PORT = 8787;

export interface ProxyServerOptions extends Omit<WebFormProxyOptions, 'publicUrl'> {
  /** Port to listen on; 0 picks a free one. 8787 by default. */
  port?: number;
  /** Address to listen on. `127.0.0.1` (loopback only) by default. */
  host?: string;
  /** Where finAPI reaches the proxy. The server's own URL by default. */
  publicUrl?: string;
}

export interface ProxyServer {
  /** Where the server listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
  proxy: WebFormProxy;
  /** Ends the event streams, then stops the server. */
  close(): Promise<void>;
}

/**
 * Serves {@link createWebFormProxy} over Node's HTTP server.
 *
 * @example
 * const { url, close } = await startProxyServer({
 *   port: 8787,
 *   passwordGrant: { clientId, clientSecret, username, password },
 *   sessionSecret: process.env.SESSION_SECRET!,
 * });
 */
export async function startProxyServer(options: ProxyServerOptions): Promise<ProxyServer> {
  const { port = DEFAULT_PORT, host = '127.0.0.1', publicUrl, ...proxyOptions } = options;
  // The default public URL is the server's, known once it listens (port 0 picks one); no
  // request can arrive before `listening`, and the proxy exists by then.
  const ready: { proxy?: WebFormProxy } = {};
  const server = serve({
    fetch: (request) => (ready.proxy as WebFormProxy)(request),
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
    proxy = createWebFormProxy({ ...proxyOptions, publicUrl: publicUrl ?? url });
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
