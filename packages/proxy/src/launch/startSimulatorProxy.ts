import type * as SimulatorIndex from '@webform-kit/simulator';
import type * as SimulatorNode from '@webform-kit/simulator/node';
import { openLaunchStore } from './openLaunchStore.ts';
import { portOf, DEFAULT_SIMULATOR_PORT, type LaunchEnv } from './readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './RunningProxy.ts';
import { startProxyServer, type ProxyServer } from './startProxyServer.ts';

/**
 * `startProxyFromEnv`'s simulator mode (development only, `@webform-kit/proxy/dev`): the
 * simulator starts in this process on `127.0.0.1:$SIMULATOR_PORT` (8788), or the one running at
 * `SIMULATOR_URL` is used (several proxies then share one simulator, and its callbacks reach
 * whichever `PUBLIC_URL` says, e.g. their load balancer), and the proxy logs in its demo user.
 */
export async function startSimulatorProxy(
  launch: LaunchEnv,
  env: Record<string, string | undefined>,
  { onRedisEvent, ...options }: StartFromEnvOptions,
): Promise<RunningProxy> {
  // Loaded only here: importing the dev entry for finAPI mode does not need the simulator.
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
  const simulator =
    launch.simulatorUrl === undefined
      ? await simulatorModule.startSimulatorServer({
          port: portOf(env, 'SIMULATOR_PORT', DEFAULT_SIMULATOR_PORT),
          host: '127.0.0.1',
        })
      : // Someone else's: this proxy neither starts nor stops it.
        { url: launch.simulatorUrl, close: async () => {} };
  const client = simulatorDefaults.DEFAULT_CLIENTS[0];
  const user = simulatorDefaults.DEFAULT_USERS[0];
  let server: ProxyServer;
  let launchStore: Awaited<ReturnType<typeof openLaunchStore>> | undefined;
  try {
    if (client === undefined || user === undefined)
      throw new Error('the simulator has no demo user');
    launchStore = await openLaunchStore(launch.redisUrl, onRedisEvent);
    server = await startProxyServer({
      ...launch.shared,
      ...options,
      store: launchStore.store,
      eventBus: launchStore.eventBus,
      finapiUrl: simulator.url,
      accessUrl: simulator.url,
      passwordGrant: { ...client, ...user },
    });
  } catch (error) {
    await launchStore?.close();
    await simulator.close();
    throw error;
  }
  const opened = launchStore;
  return {
    url: server.url,
    mode: 'simulator',
    simulatorUrl: simulator.url,
    store: opened.description,
    proxy: server.proxy,
    notes: [...launch.notes, ...opened.notes],
    async close() {
      await server.close();
      await opened.close();
      await simulator.close();
    },
  };
}
