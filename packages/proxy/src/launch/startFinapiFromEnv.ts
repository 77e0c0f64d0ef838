import { readLaunchEnv } from './readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './RunningProxy.ts';
import { startFinapiProxy } from './startFinapiProxy.ts';

/**
 * `startProxyFromEnv` as the production entry `@webform-kit/proxy/node` has it: against finAPI
 * only, configured by the same variables (all of `FINAPI_CLIENT_ID`, `FINAPI_CLIENT_SECRET`,
 * `FINAPI_USERNAME` and `FINAPI_PASSWORD`; `FINAPI_WEBFORM_URL`, `FINAPI_ACCESS_URL`, `PORT`,
 * `PUBLIC_URL`, `ALLOWED_ORIGINS`, `SESSION_SECRET`, `REDIS_URL`). Without FINAPI_* credentials it throws,
 * saying to import `startProxyFromEnv` from `@webform-kit/proxy/dev`, which also runs the
 * simulator.
 *
 * @example
 * import { startProxyFromEnv } from '@webform-kit/proxy/node';
 * const running = await startProxyFromEnv(process.env); // FINAPI_* set: mode 'finapi'
 */
export async function startFinapiFromEnv(
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
