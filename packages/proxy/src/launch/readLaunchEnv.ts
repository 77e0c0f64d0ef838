import { randomToken } from '../base64url.ts';
import { DEFAULT_PORT } from './startProxyServer.ts';

export const DEFAULT_SIMULATOR_PORT = 8788;
export const DEFAULT_ALLOWED_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:5173'] as const;

const FINAPI_CREDENTIALS = [
  'FINAPI_CLIENT_ID',
  'FINAPI_CLIENT_SECRET',
  'FINAPI_USERNAME',
  'FINAPI_PASSWORD',
] as const;

/** What `startProxyFromEnv` reads from the environment, checked. */
export interface LaunchEnv {
  /** `finapi` when all four FINAPI_* credentials are set, `simulator` when none is. */
  mode: 'simulator' | 'finapi';
  /** The options every mode shares. */
  shared: {
    port: number;
    host: string;
    publicUrl: string | undefined;
    allowedOrigins: string[];
    sessionSecret: string;
  };
  /** `REDIS_URL`: the store and event bus several instances share; in memory when unset. */
  redisUrl: string | undefined;
  /**
   * `SIMULATOR_URL` (simulator mode only): a simulator already running, which this proxy uses
   * instead of starting its own, so several proxies share one.
   */
  simulatorUrl: string | undefined;
  /** Notes for the operator (a random session secret). */
  notes: string[];
}

/** The port in `env[name]`, or `fallback` when unset. */
export function portOf(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new TypeError(`${name} must be a port number, not ${JSON.stringify(raw)}`);
  }
  return port;
}

/** The URL in `env[name]`, checked against `protocols`, or undefined when unset. */
function urlOf(
  env: Record<string, string | undefined>,
  name: string,
  protocols: readonly string[],
  example: string,
): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url === undefined || !protocols.includes(url.protocol) || url.hostname === '') {
    throw new TypeError(
      `${name} must be a ${protocols.map((p) => `${p}//`).join(' or ')} URL, e.g. ${example}, not ${JSON.stringify(raw)}`,
    );
  }
  // The simulator's URL is a base: no trailing slash, as the proxy's finapiUrl expects.
  return raw.replace(/\/+$/, '');
}

/**
 * Reads and checks the variables `startProxyFromEnv` documents: `PORT`, the four FINAPI_*
 * credentials (all or none), `SESSION_SECRET` (random per start when unset, with a note; required
 * with `REDIS_URL`), `ALLOWED_ORIGINS`, `PUBLIC_URL`, `REDIS_URL` and `SIMULATOR_URL` (not with
 * FINAPI_*). Throws a `TypeError` naming what is wrong.
 *
 * @example
 * const { mode, shared } = readLaunchEnv(process.env);
 */
export function readLaunchEnv(env: Record<string, string | undefined>): LaunchEnv {
  const notes: string[] = [];
  const port = portOf(env, 'PORT', DEFAULT_PORT);
  const given = FINAPI_CREDENTIALS.filter((name) => (env[name] ?? '') !== '');
  if (given.length > 0 && given.length < FINAPI_CREDENTIALS.length) {
    const missing = FINAPI_CREDENTIALS.filter((name) => !given.includes(name));
    throw new TypeError(
      `Set all of ${FINAPI_CREDENTIALS.join(', ')} to use finAPI, or none to use the simulator; missing ${missing.join(', ')}`,
    );
  }
  const redisUrl = urlOf(env, 'REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379');
  const simulatorUrl = urlOf(env, 'SIMULATOR_URL', ['http:', 'https:'], 'http://127.0.0.1:8788');
  if (simulatorUrl !== undefined && given.length > 0) {
    throw new TypeError(
      'Set SIMULATOR_URL to use a running simulator, or the FINAPI_* credentials to use finAPI, not both',
    );
  }
  let sessionSecret = env['SESSION_SECRET'];
  if ((sessionSecret === undefined || sessionSecret === '') && redisUrl !== undefined) {
    // A random secret per process would make every instance refuse the others' sessions and
    // callback URLs, and a restart lose them all: what the shared store is there to prevent.
    throw new TypeError(
      'REDIS_URL is set, so SESSION_SECRET must be set too, the same on every instance',
    );
  }
  if (sessionSecret === undefined || sessionSecret === '') {
    sessionSecret = randomToken(32);
    notes.push(
      'SESSION_SECRET is not set: using a random one, so sessions and callback URLs end with this process',
    );
  }
  const allowedOrigins = (env['ALLOWED_ORIGINS'] ?? DEFAULT_ALLOWED_ORIGINS.join(','))
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  return {
    mode: given.length === 0 ? 'simulator' : 'finapi',
    shared: {
      port,
      host: '127.0.0.1',
      publicUrl: env['PUBLIC_URL'] || undefined,
      allowedOrigins,
      sessionSecret,
    },
    redisUrl,
    simulatorUrl,
    notes,
  };
}
