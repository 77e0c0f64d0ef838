import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';

/** One proxy instance behind the balancer. */
export interface BalancedServer {
  /** Its name in HAProxy's config and in the `x-instance` answer header, e.g. `a`. */
  name: string;
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  url: string;
}

export interface HaproxyOptions {
  servers: readonly BalancedServer[];
  /** The balancer's loopback port; a free one by default. */
  port?: number;
  /**
   * What HAProxy's health check asks every instance, and the status that means it is up: a
   * `GET /api/nothing` answered `404` (the proxy's answer to an unknown route) by default.
   */
  healthCheck?: { path: string; status: number };
}

/** A running HAProxy; see {@link startHaproxy}. */
export interface Haproxy {
  /** Where browsers and finAPI's callbacks reach the instances, e.g. `http://127.0.0.1:41000`. */
  readonly url: string;
  readonly port: number;
  /** The configuration it runs, for a README or a failing test's message. */
  readonly config: string;
  stop(): Promise<void>;
}

/**
 * The HAProxy configuration for proxy instances that serve Server-Sent Events:
 *
 * - `timeout client` and `timeout server` well above the proxy's 15 s `: keep-alive` comment, so
 *   an idle stream is not cut; HAProxy in `mode http` forwards each chunk as it arrives (no
 *   compression is configured, so nothing is held back);
 * - `option http-server-close`: every request is balanced on its own, a stream reopened after an
 *   instance died is not tied to the old connection;
 * - a health check every 200 ms, one failure takes an instance out, `retries` with
 *   `option redispatch` sends a connection refused by a dead instance to another;
 * - `x-instance` on every answer names the instance that gave it (for tests; drop it in
 *   production).
 *
 * @example
 * haproxyConfig({ port: 8080, servers: [{ name: 'a', url: 'http://127.0.0.1:8787' }] });
 */
export function haproxyConfig({
  port,
  servers,
  healthCheck = { path: '/api/nothing', status: 404 },
}: HaproxyOptions & { port: number }): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  option http-server-close',
    '  retries 3',
    '  option redispatch',
    'frontend proxies',
    `  bind 127.0.0.1:${port}`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    // With a Host the proxy answers: the balancer's own, which is the proxies' PUBLIC_URL.
    '  option httpchk',
    `  http-check send meth GET uri ${healthCheck.path} ver HTTP/1.1 hdr Host 127.0.0.1:${port}`,
    `  http-check expect status ${healthCheck.status}`,
    '  http-response set-header x-instance %[srv_name]',
    ...servers.map(({ name, url }) => {
      const { hostname, port: serverPort } = new URL(url);
      return `  server ${name} ${hostname}:${serverPort} check inter 200ms fall 1 rise 1`;
    }),
    '',
  ].join('\n');
}

/**
 * Debian's HAProxy in the foreground (`haproxy -db`) on a loopback port, in front of proxy
 * instances, with {@link haproxyConfig}; resolves once a request through it is answered by an
 * instance. Fails with the install line when haproxy is missing, never skips.
 *
 * @example
 * const balancer = await startHaproxy({ servers: [{ name: 'a', url: a.url }, { name: 'b', url: b.url }] });
 * afterAll(() => balancer.stop());
 */
export async function startHaproxy(options: HaproxyOptions): Promise<Haproxy> {
  if (options.servers.length === 0) throw new TypeError('startHaproxy: give at least one server');
  const found = spawnSync('haproxy', ['-v']);
  if (found.error !== undefined || found.status !== 0) {
    throw new Error('haproxy is not installed; this needs a real one: apt-get install -y haproxy');
  }
  const port = options.port ?? (await freePort());
  const config = haproxyConfig({ ...options, port });
  const dir = mkdtempSync(join(tmpdir(), 'webform-kit-haproxy-'));
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, config);
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr.on('data', (data: Buffer) => (output += data.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const { path, status } = options.healthCheck ?? { path: '/api/nothing', status: 404 };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) break;
    const answered = await fetch(`${url}${path}`).then(
      (response) => response.status,
      () => undefined,
    );
    if (answered === status) return { url, port, config, stop };
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`haproxy did not come up on port ${port}:\n${output}\n${config}`);
}
