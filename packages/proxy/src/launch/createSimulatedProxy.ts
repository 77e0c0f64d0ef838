import type * as SimulatorIndex from '@webform-kit/simulator';
import type * as SimulatorNode from '@webform-kit/simulator/node';
import { randomToken } from '../base64url.ts';
import { createWebFormProxy, type WebFormProxy } from '../createWebFormProxy.ts';
import type { WebFormProxyOptions } from '../options.ts';
import { logProxyProblem } from './logProxyProblem.ts';

/** What `createSimulatedProxy` takes: the proxy's options, less what the simulator provides. */
export interface SimulatedProxyOptions extends Omit<
  WebFormProxyOptions,
  'finapiUrl' | 'accessUrl' | 'getAccessToken' | 'passwordGrant' | 'sessionSecret'
> {
  /** Signs sessions and callback URLs; random per start when unset (fine in development). */
  sessionSecret?: string;
  /** The simulator's port on 127.0.0.1; `0` (the default) picks a free one. */
  simulatorPort?: number;
  /**
   * Without `onEvent`, refused requests and errors are logged to `console.error`, one line each
   * (`logProxyProblem`), as `startProxyServer` does. `false` silences that.
   */
  log?: boolean;
}

/** A proxy in front of a simulator of its own, for mounting in the app's own server. */
export interface SimulatedProxy {
  /** The proxy's fetch handler: mount it at its base path (`/api`) without stripping the prefix. */
  fetch: (request: Request) => Promise<Response>;
  proxy: WebFormProxy;
  /** Where the simulator listens (its hosted form pages are under `/wf/`). */
  simulatorUrl: string;
  /** Stops the proxy's streams and pollers, then the simulator. */
  close(): Promise<void>;
}

/**
 * The proxy and the finAPI simulator for development, to mount in the app's own server (Express,
 * Hono, Fastify, ...) instead of running `pnpm proxy` beside it: the simulator listens on
 * 127.0.0.1 (a free port by default), the proxy logs in its demo user, and `fetch` is the
 * proxy's handler. `publicUrl` is the app server's own URL: the simulator's callbacks go there.
 * Needs `@webform-kit/simulator` (an optional peer dependency). In production, create the proxy
 * with `createWebFormProxy` and finAPI's URLs and tokens instead; the handler mounts the same way.
 *
 * @example
 * import { createSimulatedProxy } from '@webform-kit/proxy/dev';
 * const { fetch, close } = await createSimulatedProxy({
 *   publicUrl: 'http://localhost:3000',
 *   allowedOrigins: ['http://localhost:3000'],
 *   prepare, // the app decides what each order pays
 * });
 * app.use(getRequestListener(fetch)); // Express, before express.json(), the path kept whole
 */
export async function createSimulatedProxy({
  sessionSecret,
  simulatorPort = 0,
  log = true,
  ...options
}: SimulatedProxyOptions): Promise<SimulatedProxy> {
  let simulatorNode: typeof SimulatorNode;
  let simulatorDefaults: typeof SimulatorIndex;
  try {
    simulatorNode = await import('@webform-kit/simulator/node');
    simulatorDefaults = await import('@webform-kit/simulator');
  } catch (cause) {
    throw new Error(
      'createSimulatedProxy needs @webform-kit/simulator: install it beside @webform-kit/proxy',
      { cause },
    );
  }
  const client = simulatorDefaults.DEFAULT_CLIENTS[0];
  const user = simulatorDefaults.DEFAULT_USERS[0];
  if (client === undefined || user === undefined) throw new Error('the simulator has no demo user');
  const simulator = await simulatorNode.startSimulatorServer({
    port: simulatorPort,
    host: '127.0.0.1',
  });
  let proxy: WebFormProxy;
  try {
    const onEvent = options.onEvent ?? (log ? logProxyProblem : undefined);
    proxy = createWebFormProxy({
      ...options,
      ...(onEvent === undefined ? {} : { onEvent }),
      sessionSecret: sessionSecret ?? randomToken(32),
      finapiUrl: simulator.url,
      accessUrl: simulator.url,
      passwordGrant: { ...client, ...user },
    });
  } catch (error) {
    await simulator.close();
    throw error;
  }
  return {
    fetch: proxy.fetch,
    proxy,
    simulatorUrl: simulator.url,
    async close() {
      proxy.close();
      await simulator.close();
    },
  };
}
