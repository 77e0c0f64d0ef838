/**
 * Starts the whole demo in one process: the finAPI simulator, the proxy in front of it, and the
 * app on Vite (dev server, or the production build behind `vite preview`). The app's server
 * forwards `/api` to the proxy and `/__simulator` to the simulator, so the browser sees one origin,
 * as it would in an integrator's own app. Used by `pnpm demo`, `pnpm demo:preview` and the
 * end-to-end tests.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startProxyFromEnv } from '@webform-kit/proxy/dev';
import {
  startProxyServer,
  type ProxyServer,
  type ProxyServerOptions,
} from '@webform-kit/proxy/node';
import { createMemoryStore, type ProxyEvent } from '@webform-kit/proxy';
import { createRedisBackend, type RedisBackend } from '@webform-kit/proxy/redis';
import {
  freePort as freeLoopbackPort,
  startHaproxy,
  startRedisServer,
  type Haproxy,
  type RedisServer,
} from '@webform-kit/proxy/testing';
import { DEFAULT_CLIENTS } from '@webform-kit/simulator';
import { startSimulatorServer, type SimulatorServer } from '@webform-kit/simulator/node';
import {
  build,
  createServer,
  preview,
  type InlineConfig,
  type ProxyOptions,
  type ViteDevServer,
  type PreviewServer,
} from 'vite';

import { createDemoEventLog, type DemoServerEvent } from './createDemoEventLog.ts';
import { createOrderBook, type OrderBook } from './createOrderBook.ts';
import { createVisitorUsers, type VisitorUsers } from './createVisitorUsers.ts';
import { demoRoutesPlugin } from './demoRoutesPlugin.ts';
import { observeFinapiRequests } from './observeFinapiRequests.ts';

export type { DemoServerEvent } from './createDemoEventLog.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface DemoOptions {
  /** The app's port; 5173 by default, 0 for any free port. */
  port?: number;
  /** The proxy's port; 8787 by default, 0 for any free port. */
  proxyPort?: number;
  /** The simulator's port; 8788 by default, 0 for any free port. */
  simulatorPort?: number;
  /** Serve the production build (`vite build` + `vite preview`) instead of the dev server. */
  preview?: boolean;
  /** Skip the build in preview mode when `dist/` is already fresh (tests build once). */
  skipBuild?: boolean;
  /**
   * Where preview mode builds to and serves from; `dist/` by default. Tests give a directory of
   * their own, so that another build of the demo (`pnpm demo:preview`, the benchmark) cannot
   * empty it while they run.
   */
  outDir?: string;
  /**
   * Proxy instances (simulator mode only): 1 by default. With more, each instance is a proxy
   * server of its own with its own Redis connections (`@webform-kit/proxy/redis`) on one Redis,
   * behind Debian's HAProxy on the proxy's port (`proxyPort`), which the app forwards `/api` to
   * and the simulator calls back; every instance shares the one simulator. Needs `haproxy`, and
   * `redis-server` unless `redisUrl` is given.
   */
  instances?: number;
  /**
   * The Redis of several `instances` (`REDIS_URL` by default); without either, the demo starts
   * a `redis-server` of its own on a free loopback port, empty, stopped with the demo.
   */
  redisUrl?: string;
  /** Print the proxy's events to the console. */
  log?: boolean;
  /** Hears the proxy's events (finAPI requests, callbacks), e.g. for tests to count requests. */
  onEvent?: (event: DemoServerEvent) => void;
}

export interface RunningDemo {
  /** The app, e.g. http://localhost:5173. */
  url: string;
  proxyUrl: string;
  simulatorUrl: string;
  /**
   * Takes the proxy away: its port refuses connections and its event streams end, while the app
   * and the simulator keep running, as in an outage of the app's backend. Simulator mode only.
   */
  stopProxy(): Promise<void>;
  /**
   * Starts the proxy again (stopping it first if it runs) on the same port, against the same
   * simulator, with the same session secret and store, as a restarted deployment with a shared
   * store would: sessions, their web forms and the registered callback URLs survive.
   * Simulator mode only.
   */
  restartProxy(): Promise<void>;
  /**
   * With several `instances`: their names (`a`, `b`, ...) and URLs, as the balancer's
   * `x-instance` answer header names them; one entry for the one proxy otherwise.
   */
  instances: readonly ProxyInstance[];
  /**
   * Stops one of several instances as a redeploy does (SIGTERM: its event streams end with a
   * `retry:` hint, requests under way finish), while the others and the balancer keep running.
   */
  stopInstance(name: string): Promise<void>;
  close(): Promise<void>;
}

/** One proxy instance of the demo. */
export interface ProxyInstance {
  name: string;
  url: string;
}

/**
 * Vite's forwarding keeps the browser's side of a response open when the proxy's side breaks
 * off (the proxy stopped or crashed mid-stream), so an event stream would hang silently instead
 * of failing, and the app would only notice at its next safety-net poll. Dropping the browser's
 * connection too makes the forward behave like a direct connection to the proxy: EventSource
 * reports the error at once and the kit falls back to polling.
 */
const dropWithUpstream: NonNullable<ProxyOptions['configure']> = (proxy) => {
  proxy.on('proxyRes', (proxyRes, _request, response) => {
    proxyRes.on('close', () => {
      if (!proxyRes.complete) response.destroy();
    });
  });
};

/** A free loopback port, for tests that must know the app's origin before it listens. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const FINAPI_CREDENTIALS = [
  'FINAPI_CLIENT_ID',
  'FINAPI_CLIENT_SECRET',
  'FINAPI_USERNAME',
  'FINAPI_PASSWORD',
] as const;

/**
 * `vite build` as `pnpm build` runs it, whatever the calling process's `NODE_ENV`. Vite takes the
 * build's `process.env.NODE_ENV` (and so React's development or production build) from the
 * process: under Vitest, whose `NODE_ENV` is `test`, the preview served development React, with
 * StrictMode's doubled effects, unlike what users get. The variable is put back afterwards.
 */
async function productionBuild(config: InlineConfig): Promise<void> {
  const before = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ ...config, mode: 'production', logLevel: 'warn' });
  } finally {
    if (before === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = before;
  }
}

/** The proxy and what it talks to, restartable in simulator mode. */
interface Backend {
  url: string;
  simulatorUrl: string | undefined;
  /** The visitors' own finAPI users, in simulator mode. */
  users: VisitorUsers | undefined;
  stopProxy(): Promise<void>;
  restartProxy(): Promise<void>;
  instances: readonly ProxyInstance[];
  stopInstance(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Where several instances keep their flows, and how many there are. */
interface Instances {
  count: number;
  redisUrl: string | undefined;
}

/**
 * Against the simulator the demo runs simulator and proxy itself (as `startProxyFromEnv` would),
 * so that the proxy can be taken away and brought back on its port while the simulator keeps its
 * web forms. The store and the session secret outlive the proxy server, standing in for the
 * shared store and the fixed secret a real deployment restarts with. Each visitor's proxy
 * session gets a finAPI user of its own, as a real app gives each customer theirs.
 */
async function startSimulatorBackend(
  env: Record<string, string | undefined>,
  proxyPort: number,
  simulatorPort: number,
  allowedOrigins: string[],
  onEvent: (event: ProxyEvent) => void,
  fetch: typeof globalThis.fetch,
  orders: OrderBook,
  instances: Instances,
): Promise<Backend> {
  const simulator: SimulatorServer = await startSimulatorServer({
    port: simulatorPort,
    host: '127.0.0.1',
  });
  const client = DEFAULT_CLIENTS[0] as (typeof DEFAULT_CLIENTS)[number];
  const users = createVisitorUsers({
    accessUrl: simulator.url,
    simulatorUrl: simulator.url,
    ...client,
  });
  const proxyOptions: ProxyServerOptions = {
    host: '127.0.0.1',
    publicUrl: env['PUBLIC_URL'] || undefined,
    allowedOrigins,
    sessionSecret: env['SESSION_SECRET'] || randomBytes(32).toString('base64url'),
    store: createMemoryStore(),
    finapiUrl: simulator.url,
    accessUrl: simulator.url,
    getAccessToken: users.getAccessToken,
    fetch,
    onEvent,
    // The shop's backend decides each payment from its order book and records how it ended.
    prepare: orders.prepare,
    onOutcome: orders.onOutcome,
  };
  let proxies: Awaited<ReturnType<typeof startProxies>>;
  try {
    proxies =
      instances.count > 1
        ? await startBalancedProxies(proxyOptions, proxyPort, instances)
        : await startProxies(proxyOptions, proxyPort);
  } catch (error) {
    await simulator.close();
    throw error;
  }
  return {
    ...proxies,
    simulatorUrl: simulator.url,
    users,
    async close() {
      await proxies.close();
      await simulator.close();
    },
  };
}

type Proxies = Omit<Backend, 'simulatorUrl' | 'users'>;

/** The one proxy, restartable on its port with the same store. */
async function startProxies(options: ProxyServerOptions, port: number): Promise<Proxies> {
  let proxy: ProxyServer | null = await startProxyServer({ ...options, port });
  // A proxy asked for on port 0 comes back on the port it got.
  const url = proxy.url;
  const stopProxy = async () => {
    const running = proxy;
    proxy = null;
    await running?.close();
  };
  return {
    url,
    stopProxy,
    async restartProxy() {
      await stopProxy();
      proxy = await startProxyServer({ ...options, port: Number(new URL(url).port) });
    },
    instances: [{ name: 'a', url }],
    stopInstance: () => Promise.reject(new Error('stopInstance needs several instances')),
    close: stopProxy,
  };
}

/**
 * Several proxy servers, each with Redis connections of its own on one Redis (as separate
 * processes would have), behind HAProxy on `port`, which is also where the simulator calls back.
 */
async function startBalancedProxies(
  options: ProxyServerOptions,
  port: number,
  { count, redisUrl }: Instances,
): Promise<Proxies> {
  const started: { redis?: RedisServer; balancer?: Haproxy } = {};
  const running = new Map<string, { url: string; backend: RedisBackend; server: ProxyServer }>();
  const names = Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i));
  const ports = new Map<string, number>();
  const balancerPort = port === 0 ? await freeLoopbackPort() : port;
  const publicUrl = options.publicUrl ?? `http://127.0.0.1:${balancerPort}`;

  const startInstance = async (name: string) => {
    const url = redisUrl ?? started.redis?.url ?? '';
    const backend = createRedisBackend({ url });
    try {
      await backend.ready();
      const server = await startProxyServer({
        ...options,
        publicUrl,
        store: backend.store,
        eventBus: backend.eventBus,
        port: ports.get(name) ?? 0,
      });
      ports.set(name, Number(new URL(server.url).port));
      running.set(name, { url: server.url, backend, server });
    } catch (error) {
      await backend.close();
      throw error;
    }
  };
  const stopInstance = async (name: string) => {
    const instance = running.get(name);
    if (instance === undefined) throw new Error(`no running proxy instance ${name}`);
    running.delete(name);
    await instance.server.close();
    await instance.backend.close();
  };
  const stopAll = () => Promise.all([...running.keys()].map(stopInstance)).then(() => {});
  const close = async () => {
    await stopAll();
    await started.balancer?.stop();
    await started.redis?.stop();
  };

  try {
    if (redisUrl === undefined) started.redis = await startRedisServer();
    for (const name of names) await startInstance(name);
    started.balancer = await startHaproxy({
      port: balancerPort,
      servers: names.map((name) => ({ name, url: running.get(name)?.url ?? '' })),
    });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url: started.balancer.url,
    stopProxy: stopAll,
    async restartProxy() {
      await stopAll();
      for (const name of names) await startInstance(name);
    },
    instances: names.map((name) => ({ name, url: `http://127.0.0.1:${ports.get(name) ?? 0}` })),
    stopInstance,
    close,
  };
}

/** Starts simulator, proxy and app; resolves when all three listen. */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const log = createDemoEventLog();
  const orders = createOrderBook();
  // The proxy must know the app's origin (allowed return origins) before the app listens.
  const appPort = options.port === 0 ? await freePort() : (options.port ?? 5173);
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(options.proxyPort ?? process.env.PORT ?? 8787),
    SIMULATOR_PORT: String(options.simulatorPort ?? process.env.SIMULATOR_PORT ?? 8788),
    ALLOWED_ORIGINS: `http://localhost:${appPort},http://127.0.0.1:${appPort}`,
  };
  const onEvent = (event: ProxyEvent) => {
    const stamped = log.record(event);
    if (options.log) console.log('[proxy]', JSON.stringify(stamped));
    options.onEvent?.(stamped);
  };

  const instances = options.instances ?? 1;
  if (!Number.isInteger(instances) || instances < 1 || instances > 26) {
    throw new TypeError(
      `startDemo: instances must be a whole number from 1 to 26, not ${instances}`,
    );
  }
  const onFinapi = FINAPI_CREDENTIALS.some((name) => (env[name] ?? '') !== '');
  if (onFinapi && instances > 1) {
    throw new TypeError('startDemo: several instances need the simulator (unset FINAPI_*)');
  }
  let running: Backend;
  if (onFinapi) {
    // finAPI's sandbox: the proxy package's own setup (which checks the credentials).
    const fromEnv = await startProxyFromEnv(env, {
      onEvent,
      prepare: orders.prepare,
      onOutcome: orders.onOutcome,
    });
    const unsupported = () =>
      Promise.reject(new Error('stopProxy and restartProxy need the simulator (no FINAPI_*)'));
    running = {
      url: fromEnv.url,
      simulatorUrl: fromEnv.simulatorUrl,
      // finAPI's sandbox: the one user of FINAPI_USERNAME for everyone.
      users: undefined,
      stopProxy: unsupported,
      restartProxy: unsupported,
      instances: [{ name: 'a', url: fromEnv.url }],
      stopInstance: unsupported,
      close: fromEnv.close,
    };
  } else {
    running = await startSimulatorBackend(
      env,
      Number(env['PORT']),
      Number(env['SIMULATOR_PORT']),
      env['ALLOWED_ORIGINS']?.split(',') ?? [],
      onEvent,
      observeFinapiRequests(log),
      orders,
      { count: instances, redisUrl: options.redisUrl ?? (env['REDIS_URL'] || undefined) },
    );
  }
  const forward = {
    '/api': { target: running.url, changeOrigin: false, configure: dropWithUpstream },
    '/__simulator': { target: running.simulatorUrl ?? running.url, changeOrigin: true },
  };
  const inline = {
    root,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    plugins: [demoRoutesPlugin(log, running.users, orders)],
    ...(options.outDir ? { build: { outDir: options.outDir, emptyOutDir: true } } : {}),
    server: { host: '127.0.0.1', port: appPort, strictPort: true, proxy: forward },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true, proxy: forward },
    logLevel: 'warn' as const,
    clearScreen: false,
  };

  let server: ViteDevServer | PreviewServer;
  try {
    if (options.preview) {
      if (!options.skipBuild) await productionBuild(inline);
      server = await preview(inline);
    } else {
      server = await createServer(inline);
      await server.listen();
    }
  } catch (error) {
    await running.close();
    throw error;
  }
  const url = `http://localhost:${appPort}`;

  return {
    url,
    proxyUrl: running.url,
    simulatorUrl: running.simulatorUrl ?? '',
    stopProxy: running.stopProxy,
    restartProxy: running.restartProxy,
    instances: running.instances,
    stopInstance: running.stopInstance,
    async close() {
      await server.close();
      await running.close();
    },
  };
}
