/**
 * The proxy for development: `startProxyFromEnv` runs it against finAPI, or, without finAPI
 * credentials, against the simulator in the same process (`pnpm proxy`, the demo, tests). A
 * production server imports `@webform-kit/proxy/node` instead, which never references the
 * simulator.
 *
 * @packageDocumentation
 */
import { readLaunchEnv } from './launch/readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';
import { startFinapiProxy } from './launch/startFinapiProxy.ts';
import { startSimulatorProxy } from './launch/startSimulatorProxy.ts';

export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_SIMULATOR_PORT } from './launch/readLaunchEnv.ts';
export type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';

/**
 * Starts the proxy as the demo runs it, configured by environment variables:
 *
 * - without finAPI credentials, the simulator starts in this process on `127.0.0.1:$SIMULATOR_PORT`
 *   (8788) and the proxy uses it, logging in its demo user (`@webform-kit/simulator`, an optional
 *   peer dependency, must be installed);
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
  const launch = readLaunchEnv(env);
  return launch.mode === 'finapi'
    ? startFinapiProxy(launch, env, options)
    : startSimulatorProxy(launch, env, options);
}
