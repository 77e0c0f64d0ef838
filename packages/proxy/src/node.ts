/**
 * The proxy as a Node HTTP server: a thin entry around the fetch handler, and the demo setup
 * that runs it against the simulator or finAPI's sandbox from environment variables.
 *
 * @packageDocumentation
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { FINAPI_HTTPS_URL } from '@webform-kit/core/requests';
import type * as SimulatorIndex from '@webform-kit/simulator';
import type * as SimulatorNode from '@webform-kit/simulator/node';
import { randomToken } from './base64url.ts';
import { createWebFormProxy, type WebFormProxy } from './createWebFormProxy.ts';
import { DEFAULT_ACCESS_URL } from './finapi/createPasswordGrantTokenProvider.ts';
import type { ProxyEvent } from './ProxyEvent.ts';
import { DEFAULT_FINAPI_URL, type WebFormProxyOptions } from './options.ts';

export const DEFAULT_PORT = 8787;
export const DEFAULT_SIMULATOR_PORT = 8788;
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'] as const;

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

export interface RunningProxy {
  /** Where the proxy listens. */
  url: string;
  /** `simulator`: finAPI is the simulator, in this process. `finapi`: finAPI's sandbox (or FINAPI_*_URL). */
  mode: 'simulator' | 'finapi';
  /** The simulator's URL in `simulator` mode. */
  simulatorUrl: string | undefined;
  proxy: WebFormProxy;
  /** Notes worth printing at start (a random session secret, callbacks turned off). */
  notes: string[];
  close(): Promise<void>;
}

export interface StartFromEnvOptions {
  /** Hears the proxy's events (the CLI logs them). */
  onEvent?: (event: ProxyEvent) => void;
}

const FINAPI_CREDENTIALS = [
  'FINAPI_CLIENT_ID',
  'FINAPI_CLIENT_SECRET',
  'FINAPI_USERNAME',
  'FINAPI_PASSWORD',
] as const;

function portOf(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`${name} must be a port number, not ${JSON.stringify(raw)}`);
  }
  return port;
}

/**
 * Starts the proxy as the demo runs it, configured by environment variables:
 *
 * - without finAPI credentials, the simulator starts in this process on `127.0.0.1:$SIMULATOR_PORT`
 *   (8788) and the proxy uses it, logging in its demo user;
 * - with `FINAPI_CLIENT_ID`, `FINAPI_CLIENT_SECRET`, `FINAPI_USERNAME` and `FINAPI_PASSWORD`, the
 *   proxy uses finAPI (`FINAPI_WEBFORM_URL`, `FINAPI_ACCESS_URL`; the sandbox by default).
 *
 * The proxy listens on `127.0.0.1:$PORT` (8787). `PUBLIC_URL` is where finAPI calls back
 * (the listening URL by default), `ALLOWED_ORIGINS` the app's origins (comma-separated) and
 * `SESSION_SECRET` the signing secret (random per start when unset).
 *
 * @example
 * const running = await startProxyFromEnv(process.env);
 * console.log(running.url, running.mode);
 */
export async function startProxyFromEnv(
  env: Record<string, string | undefined>,
  options: StartFromEnvOptions = {},
): Promise<RunningProxy> {
  const notes: string[] = [];
  const port = portOf(env, 'PORT', DEFAULT_PORT);
  const given = FINAPI_CREDENTIALS.filter((name) => (env[name] ?? '') !== '');
  if (given.length > 0 && given.length < FINAPI_CREDENTIALS.length) {
    const missing = FINAPI_CREDENTIALS.filter((name) => !given.includes(name));
    throw new TypeError(
      `Set all of ${FINAPI_CREDENTIALS.join(', ')} to use finAPI, or none to use the simulator; missing ${missing.join(', ')}`,
    );
  }
  const mode = given.length === 0 ? 'simulator' : 'finapi';

  let sessionSecret = env['SESSION_SECRET'];
  if (sessionSecret === undefined || sessionSecret === '') {
    sessionSecret = randomToken(32);
    notes.push(
      'SESSION_SECRET is not set: using a random one, so sessions and callback URLs end with this process',
    );
  }
  const allowedOrigins = (env['ALLOWED_ORIGINS'] ?? DEFAULT_ALLOWED_ORIGINS.join(','))
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  const publicUrl = env['PUBLIC_URL'] || undefined;

  const shared = {
    port,
    host: '127.0.0.1',
    publicUrl,
    allowedOrigins,
    sessionSecret,
    onEvent: options.onEvent,
  };

  if (mode === 'finapi') {
    const server = await startProxyServer({
      ...shared,
      finapiUrl: env['FINAPI_WEBFORM_URL'] || DEFAULT_FINAPI_URL,
      accessUrl: env['FINAPI_ACCESS_URL'] || DEFAULT_ACCESS_URL,
      passwordGrant: {
        clientId: env['FINAPI_CLIENT_ID'] ?? '',
        clientSecret: env['FINAPI_CLIENT_SECRET'] ?? '',
        username: env['FINAPI_USERNAME'] ?? '',
        password: env['FINAPI_PASSWORD'] ?? '',
      },
      // finAPI only calls https URLs with a dotted host; a loopback URL would make it refuse
      // every creation. Polling alone then reports the outcome.
      registerCallbacks:
        publicUrl !== undefined && FINAPI_HTTPS_URL.test(`${publicUrl}/api/callbacks`),
    });
    if (!FINAPI_HTTPS_URL.test(`${publicUrl ?? server.url}/api/callbacks`)) {
      notes.push(
        'PUBLIC_URL is not an https URL finAPI can call: callbacks are off and the proxy polls finAPI instead',
      );
    }
    return {
      url: server.url,
      mode,
      simulatorUrl: undefined,
      proxy: server.proxy,
      notes,
      close: server.close,
    };
  }

  // Loaded only here: a deployment against finAPI does not need the simulator installed.
  let simulatorModule: typeof SimulatorNode;
  let simulatorDefaults: typeof SimulatorIndex;
  try {
    simulatorModule = await import('@webform-kit/simulator/node');
    simulatorDefaults = await import('@webform-kit/simulator');
  } catch (cause) {
    throw new Error(
      'No finAPI credentials are set and @webform-kit/simulator is not installed; install it or set FINAPI_*',
      { cause },
    );
  }
  const simulator = await simulatorModule.startSimulatorServer({
    port: portOf(env, 'SIMULATOR_PORT', DEFAULT_SIMULATOR_PORT),
    host: '127.0.0.1',
  });
  const client = simulatorDefaults.DEFAULT_CLIENTS[0];
  const user = simulatorDefaults.DEFAULT_USERS[0];
  let server: ProxyServer;
  try {
    if (client === undefined || user === undefined)
      throw new Error('the simulator has no demo user');
    server = await startProxyServer({
      ...shared,
      finapiUrl: simulator.url,
      accessUrl: simulator.url,
      passwordGrant: { ...client, ...user },
    });
  } catch (error) {
    await simulator.close();
    throw error;
  }
  return {
    url: server.url,
    mode,
    simulatorUrl: simulator.url,
    proxy: server.proxy,
    notes,
    async close() {
      await server.close();
      await simulator.close();
    },
  };
}
