/**
 * The proxy as a Node HTTP server, for production: a thin entry around the fetch handler. It
 * never references the simulator; the development launcher that embeds it is
 * `@webform-kit/proxy/dev`.
 *
 * @packageDocumentation
 */
export {
  DEFAULT_PORT,
  startProxyServer,
  type ProxyServer,
  type ProxyServerOptions,
} from './launch/startProxyServer.ts';
export { clientAddressKey } from './launch/clientAddressKey.ts';
export { describeProxyProblem, logProxyProblem } from './launch/logProxyProblem.ts';
export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_SIMULATOR_PORT } from './launch/readLaunchEnv.ts';
export type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';
// The launcher's finAPI mode under its old name, so existing imports keep working.
export { startFinapiFromEnv as startProxyFromEnv } from './launch/startFinapiFromEnv.ts';
