import type { WebFormProxy } from '../createWebFormProxy.ts';
import type { WebFormProxyOptions } from '../options.ts';
import type { ProxyEvent } from '../ProxyEvent.ts';
import type { RedisBackendEvent } from '../redis/RedisBackendEvent.ts';

/** A proxy `startProxyFromEnv` started. */
export interface RunningProxy {
  /** Where the proxy listens. */
  url: string;
  /** `simulator`: finAPI is the simulator, in this process. `finapi`: finAPI's sandbox (or FINAPI_*_URL). */
  mode: 'simulator' | 'finapi';
  /** The simulator's URL in `simulator` mode (its own, or `SIMULATOR_URL`). */
  simulatorUrl: string | undefined;
  /** Where flows are kept: `memory (this process only)`, or `Redis at <REDIS_URL>` (no password). */
  store: string;
  proxy: WebFormProxy;
  /** Notes worth printing at start (a random session secret, callbacks turned off). */
  notes: string[];
  close(): Promise<void>;
}

export interface StartFromEnvOptions extends Pick<
  WebFormProxyOptions,
  'prepare' | 'onOutcome' | 'unattendedPollMs'
> {
  /** Hears the proxy's events (the CLI logs them). */
  onEvent?: (event: ProxyEvent) => void;
  /** With `REDIS_URL`: hears each connection lost and back (the CLI logs them). */
  onRedisEvent?: (event: RedisBackendEvent) => void;
}
