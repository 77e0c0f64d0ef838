/**
 * The proxy as a Node HTTP server, for production: a thin entry around the fetch handler. It
 * never references the simulator; the development launcher that embeds it is
 * `@webform-kit/proxy/dev`.
 *
 * @packageDocumentation
 */
import { readLaunchEnv } from './launch/readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';
import { startFinapiProxy } from './launch/startFinapiProxy.ts';

export {
  DEFAULT_PORT,
  startProxyServer,
  type ProxyServer,
  type ProxyServerOptions,
} from './launch/startProxyServer.ts';
export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_SIMULATOR_PORT } from './launch/readLaunchEnv.ts';
export type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';

/**
 * Starts the proxy against finAPI, configured by environment variables: all of
 * `FINAPI_CLIENT_ID`, `FINAPI_CLIENT_SECRET`, `FINAPI_USERNAME` and `FINAPI_PASSWORD`, and
 * `FINAPI_WEBFORM_URL`, `FINAPI_ACCESS_URL`, `PORT`, `PUBLIC_URL`, `ALLOWED_ORIGINS`,
 * `SESSION_SECRET` as `@webform-kit/proxy/dev`'s `startProxyFromEnv` reads them.
 *
 * This entry serves finAPI only: without FINAPI_* credentials it throws, saying to import
 * `startProxyFromEnv` from `@webform-kit/proxy/dev`, which also runs the simulator.
 *
 * @example
 * const running = await startProxyFromEnv(process.env); // FINAPI_* set
 * console.log(running.url, running.mode); // 'finapi'
 */
export async function startProxyFromEnv(
  env: Record<string, string | undefined>,
  options: StartFromEnvOptions = {},
): Promise<RunningProxy> {
  const launch = readLaunchEnv(env);
  if (launch.mode === 'simulator') {
    throw new Error(
      'No FINAPI_* credentials are set. startProxyFromEnv from @webform-kit/proxy/node serves finAPI only; ' +
        'set FINAPI_CLIENT_ID, FINAPI_CLIENT_SECRET, FINAPI_USERNAME and FINAPI_PASSWORD, or import ' +
        'startProxyFromEnv from @webform-kit/proxy/dev to run against the simulator',
    );
  }
  return startFinapiProxy(launch, env, options);
}
