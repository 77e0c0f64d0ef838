import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';

/**
 * Debian's `redis-server`, run in the foreground on a free loopback port, with nothing written to
 * disk: for tests of several instances (the proxy's own, the demo's, an integrator's) and a local
 * multi-instance demo. Never a mock: what matters is what a real Redis does (expiry, `NX`,
 * scripts, pub/sub, a server that goes away and comes back).
 */
export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /**
   * Stops the server (SIGTERM, then SIGKILL): what it held is gone. With `keepData`, it saves
   * what it holds first (`SHUTDOWN SAVE`, as a Redis with persistence does), and the next
   * {@link RedisServer.start} loads it again.
   */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** Starts it again on the same port: empty, or with what a `keepData` stop saved. */
  start(): Promise<void>;
}

const REDIS_SERVER = 'redis-server';

/** Fails with the install line when Debian's redis-server is missing: never a skipped suite. */
function checkInstalled() {
  const found = spawnSync(REDIS_SERVER, ['--version'], { encoding: 'utf8' });
  if (found.error !== undefined || found.status !== 0) {
    throw new Error(
      'redis-server is not installed; these tests need a real one: apt-get install -y redis-server',
    );
  }
}

/** Whether a `PING` on `port` is answered `+PONG`. */
function pings(port: number): Promise<boolean> {
  return ask(port, 'PING').then((answer) => answer.startsWith('+PONG'));
}

/** Sends one inline command and resolves with the first line of the answer ('' if none). */
function ask(port: number, command: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let answer = '';
    const end = () => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(500, end);
    socket.on('error', end);
    socket.on('close', end);
    socket.on('connect', () => socket.write(`${command}\r\n`));
    socket.on('data', (data) => {
      answer += data.toString();
      if (answer.includes('\r\n')) end();
    });
  });
}

/**
 * Starts `redis-server --port N --bind 127.0.0.1 --save '' --appendonly no` on a free port (in a
 * temporary `--dir`, for `stop({ keepData: true })`) and
 * resolves once it answers `PING`.
 *
 * @example
 * const redis = await startRedisServer();
 * afterAll(() => redis.stop());
 */
export async function startRedisServer(): Promise<RedisServer> {
  checkInstalled();
  const port = await freePort();
  // Where a `keepData` stop leaves its dump, and nothing else.
  const dir = mkdtempSync(join(tmpdir(), 'webform-kit-redis-'));
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    mkdirSync(dir, { recursive: true });
    const started = spawn(
      REDIS_SERVER,
      [
        ...['--port', String(port), '--bind', '127.0.0.1'],
        ...['--save', '', '--appendonly', 'no', '--dir', dir],
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = started;
    started.stdout?.on('data', (data: Buffer) => (output += data.toString()));
    started.stderr?.on('data', (data: Buffer) => (output += data.toString()));
    for (let attempt = 0; attempt < 100; attempt++) {
      if (started.exitCode !== null) break;
      if (await pings(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    started.kill('SIGKILL');
    throw new Error(`redis-server did not start on port ${port}:\n${output}`);
  };

  const stop = async ({ keepData = false } = {}) => {
    const running = child;
    child = undefined;
    if (running !== undefined && running.exitCode === null && running.signalCode === null) {
      const exited = once(running, 'exit');
      if (keepData) await ask(port, 'SHUTDOWN SAVE');
      else running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!keepData) rmSync(dir, { recursive: true, force: true });
  };

  await start();
  return { port, url: `redis://127.0.0.1:${port}`, stop, start };
}
