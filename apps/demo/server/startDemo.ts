/**
 * Starts the whole demo in one process: the finAPI simulator, the proxy in front of it, and the
 * app on Vite (dev server, or the production build behind `vite preview`). The app's server
 * forwards `/api` to the proxy and `/__simulator` to the simulator, so the browser sees one origin,
 * as it would in an integrator's own app. Used by `pnpm demo`, `pnpm demo:preview` and the
 * end-to-end tests.
 */
import { createServer as createNetServer } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { startProxyFromEnv, type RunningProxy } from '@webform-kit/proxy/node';
import type { ProxyEvent } from '@webform-kit/proxy';
import {
  build,
  createServer,
  preview,
  type Plugin,
  type ViteDevServer,
  type PreviewServer,
} from 'vite';

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
  /** Print the proxy's events to the console. */
  log?: boolean;
}

export interface RunningDemo {
  /** The app, e.g. http://localhost:5173. */
  url: string;
  proxyUrl: string;
  simulatorUrl: string;
  close(): Promise<void>;
}

/**
 * A server-side event for the demo's log. `seq` grows across restarts too (it is derived from the
 * clock), so a tab that remembers the last one it showed never shows an event twice.
 */
export type DemoServerEvent = ProxyEvent & { at: number; seq: number };

const REPLAYED = 50;

/**
 * Serves the proxy's own events (finAPI requests, callbacks) as Server-Sent Events at
 * `/__demo/events`, so the walkthrough can show which finAPI call or callback moved the flow.
 * Demo-only: a real app keeps these in its server logs.
 */
function demoEventsPlugin(
  recent: readonly DemoServerEvent[],
  subscribe: (listener: (event: DemoServerEvent) => void) => () => void,
): Plugin {
  const handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url !== '/__demo/events') return next();
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    const send = (event: DemoServerEvent) => {
      const safe =
        event.type === 'error'
          ? { type: 'error', at: event.at, seq: event.seq, message: String(event.error) }
          : event;
      res.write(`data: ${JSON.stringify(safe)}\n\n`);
    };
    // Callbacks often arrive while the customer is on finAPI's page: replay what they missed.
    for (const event of recent) send(event);
    const unsubscribe = subscribe(send);
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      clearInterval(keepAlive);
      unsubscribe();
    });
  };
  return {
    name: 'webform-kit-demo-events',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

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

/** Starts simulator, proxy and app; resolves when all three listen. */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const listeners = new Set<(event: DemoServerEvent) => void>();
  const recent: DemoServerEvent[] = [];
  let seq = 0;
  // The proxy must know the app's origin (allowed return origins) before the app listens.
  const appPort = options.port === 0 ? await freePort() : (options.port ?? 5173);

  const running: RunningProxy = await startProxyFromEnv(
    {
      ...process.env,
      PORT: String(options.proxyPort ?? process.env.PORT ?? 8787),
      SIMULATOR_PORT: String(options.simulatorPort ?? process.env.SIMULATOR_PORT ?? 8788),
      ALLOWED_ORIGINS: `http://localhost:${appPort},http://127.0.0.1:${appPort}`,
    },
    {
      onEvent(event) {
        seq = Math.max(seq + 1, Date.now() * 1000);
        const stamped = { ...event, at: Date.now(), seq } as DemoServerEvent;
        recent.push(stamped);
        if (recent.length > REPLAYED) recent.shift();
        if (options.log) console.log('[proxy]', JSON.stringify(stamped));
        for (const listener of listeners) listener(stamped);
      },
    },
  );
  const subscribe = (listener: (event: DemoServerEvent) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const forward = {
    '/api': { target: running.url, changeOrigin: false },
    '/__simulator': { target: running.simulatorUrl ?? running.url, changeOrigin: true },
  };
  const inline = {
    root,
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    plugins: [demoEventsPlugin(recent, subscribe)],
    server: { host: '127.0.0.1', port: appPort, strictPort: true, proxy: forward },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true, proxy: forward },
    logLevel: 'warn' as const,
    clearScreen: false,
  };

  let server: ViteDevServer | PreviewServer;
  try {
    if (options.preview) {
      if (!options.skipBuild) await build({ ...inline, logLevel: 'warn' });
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
    async close() {
      await server.close();
      await running.close();
    },
  };
}
