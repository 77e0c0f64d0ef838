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

/**
 * Reads and checks the variables `startProxyFromEnv` documents: `PORT`, the four FINAPI_*
 * credentials (all or none), `SESSION_SECRET` (random per start when unset, with a note),
 * `ALLOWED_ORIGINS` and `PUBLIC_URL`. Throws a `TypeError` naming what is wrong.
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
  let sessionSecret = env['SESSION_SECRET'];
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
    notes,
  };
}
