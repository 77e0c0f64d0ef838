/**
 * The proxy for development: `startProxyFromEnv` runs it against finAPI, or, without finAPI
 * credentials, against the simulator in the same process (`pnpm proxy`, the demo, tests). A
 * production server imports `@webform-kit/proxy/node` instead, which never references the
 * simulator.
 *
 * @packageDocumentation
 */
export { startProxyFromEnv } from './launch/startProxyFromEnv.ts';
export type { RunningProxy, StartFromEnvOptions } from './launch/RunningProxy.ts';
export { DEFAULT_ALLOWED_ORIGINS, DEFAULT_SIMULATOR_PORT } from './launch/readLaunchEnv.ts';
export {
  createSimulatedProxy,
  type SimulatedProxy,
  type SimulatedProxyOptions,
} from './launch/createSimulatedProxy.ts';
