import { readLaunchEnv } from './readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './RunningProxy.ts';
import { startFinapiProxy } from './startFinapiProxy.ts';
import { startSimulatorProxy } from './startSimulatorProxy.ts';

/**
 * Starts the proxy as the demo runs it, configured by environment variables:
 *
 * - without finAPI credentials, the simulator starts in this process on `127.0.0.1:$SIMULATOR_PORT`
 *   (8788), or the one already running at `SIMULATOR_URL` is used, and the proxy logs in its demo
 *   user (`@webform-kit/simulator`, an optional peer dependency, must be installed);
 * - with `FINAPI_CLIENT_ID`, `FINAPI_CLIENT_SECRET`, `FINAPI_USERNAME` and `FINAPI_PASSWORD`, the
 *   proxy uses finAPI (`FINAPI_WEBFORM_URL`, `FINAPI_ACCESS_URL`; the sandbox by default).
 *
 * The proxy listens on `127.0.0.1:$PORT` (8787). `PUBLIC_URL` is where finAPI calls back
 * (the listening URL by default), `ALLOWED_ORIGINS` the app's origins (comma-separated) and
 * `SESSION_SECRET` the signing secret (random per start when unset). With `REDIS_URL` the flows
 * live in that Redis (`@webform-kit/proxy/redis`; the `redis` package must be installed), so
 * several instances behind a load balancer share them; `SESSION_SECRET` is then required.
 *
 * @example
 * import { startProxyFromEnv } from '@webform-kit/proxy/dev';
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
