import type * as SimulatorIndex from '@webform-kit/simulator';
import type * as SimulatorNode from '@webform-kit/simulator/node';
import { portOf, DEFAULT_SIMULATOR_PORT, type LaunchEnv } from './readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './RunningProxy.ts';
import { startProxyServer, type ProxyServer } from './startProxyServer.ts';

/**
 * `startProxyFromEnv`'s simulator mode (development only, `@webform-kit/proxy/dev`): the
 * simulator starts in this process on `127.0.0.1:$SIMULATOR_PORT` (8788) and the proxy uses it,
 * logging in its demo user.
 */
export async function startSimulatorProxy(
  launch: LaunchEnv,
  env: Record<string, string | undefined>,
  options: StartFromEnvOptions,
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
      ...launch.shared,
      ...options,
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
    mode: 'simulator',
    simulatorUrl: simulator.url,
    proxy: server.proxy,
    notes: launch.notes,
    async close() {
      await server.close();
      await simulator.close();
    },
  };
}
