import { FINAPI_HTTPS_URL } from '@webform-kit/core/requests';
import { DEFAULT_ACCESS_URL } from '../finapi/createPasswordGrantTokenProvider.ts';
import { DEFAULT_FINAPI_URL } from '../options.ts';
import { openLaunchStore } from './openLaunchStore.ts';
import type { LaunchEnv } from './readLaunchEnv.ts';
import type { RunningProxy, StartFromEnvOptions } from './RunningProxy.ts';
import { startProxyServer } from './startProxyServer.ts';

/**
 * `startProxyFromEnv`'s finAPI mode: the proxy against finAPI (`FINAPI_WEBFORM_URL`,
 * `FINAPI_ACCESS_URL`; the sandbox by default), logging the FINAPI_* user in with the password
 * grant. Callbacks are registered only when `PUBLIC_URL` is an https URL finAPI accepts.
 */
export async function startFinapiProxy(
  launch: LaunchEnv,
  env: Record<string, string | undefined>,
  { onRedisEvent, ...options }: StartFromEnvOptions,
): Promise<RunningProxy> {
  const { shared } = launch;
  const launchStore = await openLaunchStore(launch.redisUrl, onRedisEvent);
  const notes = [...launch.notes, ...launchStore.notes];
  const server = await startProxyServer({
    ...shared,
    ...options,
    store: launchStore.store,
    eventBus: launchStore.eventBus,
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
      shared.publicUrl !== undefined && FINAPI_HTTPS_URL.test(`${shared.publicUrl}/api/callbacks`),
  }).catch(async (error: unknown) => {
    await launchStore.close();
    throw error;
  });
  if (!FINAPI_HTTPS_URL.test(`${shared.publicUrl ?? server.url}/api/callbacks`)) {
    notes.push(
      'PUBLIC_URL is not an https URL finAPI can call: callbacks are off and the proxy polls finAPI instead',
    );
  }
  return {
    url: server.url,
    mode: 'finapi',
    simulatorUrl: undefined,
    store: launchStore.description,
    proxy: server.proxy,
    notes,
    async close() {
      await server.close();
      await launchStore.close();
    },
  };
}
