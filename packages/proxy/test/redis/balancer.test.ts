/**
 * End to end through a real load balancer: Debian's HAProxy in front of two proxy processes
 * (the CLI, as child processes, so one can be killed with SIGKILL) on one Redis and one
 * simulator. A stream held by the killed instance is reopened, as EventSource does, through the
 * balancer, and the outcome reaches it from the surviving instance.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulatorServer } from '@webform-kit/simulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_BODY, readSse, SESSION_SECRET } from '../helpers.ts';
import { eventually } from './eventually.ts';
import { freePort, startRedisServer, type RedisServer } from './redisServer.ts';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let redis: RedisServer;
let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
const children: ChildProcess[] = [];
let dir: string;
let balancerUrl: string;
const instances = new Map<string, ChildProcess>();

/** One proxy process, as an operator starts it: the CLI with REDIS_URL and SIMULATOR_URL. */
async function startInstance(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', CLI], {
    env: {
      ...process.env,
      PORT: String(port),
      SESSION_SECRET,
      REDIS_URL: redis.url,
      SIMULATOR_URL: simulator.url,
      PUBLIC_URL: balancerUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('prepare:')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`the proxy exited:\n${output}`)));
  });
  return child;
}

function haproxyConfig(port: number, servers: [string, number][]): string {
  return [
    'global',
    '  maxconn 256',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    // A connection refused by a dead instance is sent to another.
    '  retries 3',
    '  option redispatch',
    'frontend proxies',
    `  bind 127.0.0.1:${port}`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    // A health check the proxy answers (with a Host it accepts): its 404 for an unknown route.
    '  option httpchk',
    `  http-check send meth GET uri /api/nothing ver HTTP/1.1 hdr Host 127.0.0.1:${port}`,
    '  http-check expect status 404',
    // Which instance answered, for the test to kill the one holding the stream.
    '  http-response set-header x-instance %[srv_name]',
    ...servers.map(
      ([name, p]) => `  server ${name} 127.0.0.1:${p} check inter 200ms fall 1 rise 1`,
    ),
    '',
  ].join('\n');
}

beforeAll(async () => {
  const found = spawnSync('haproxy', ['-v']);
  if (found.error !== undefined || found.status !== 0) {
    throw new Error('haproxy is not installed; this test needs it: apt-get install -y haproxy');
  }
  redis = await startRedisServer();
  simulator = await startSimulatorServer({ port: 0, host: '127.0.0.1' });
  const [a, b, lb] = [await freePort(), await freePort(), await freePort()];
  balancerUrl = `http://127.0.0.1:${lb}`;
  instances.set('a', await startInstance(a));
  instances.set('b', await startInstance(b));
  dir = mkdtempSync(join(tmpdir(), 'webform-kit-haproxy-'));
  const config = join(dir, 'haproxy.cfg');
  writeFileSync(
    config,
    haproxyConfig(lb, [
      ['a', a],
      ['b', b],
    ]),
  );
  const haproxy = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(haproxy);
  await eventually(async () => {
    const response = await fetch(`${balancerUrl}/api/nothing`);
    expect(response.status).toBe(404);
  }, 10_000);
}, 90_000);

afterAll(async () => {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    }),
  );
  await simulator?.close();
  await redis?.stop();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

/** The customer at the simulator's hosted form: opens it and completes it. */
async function completeAtTheBank(url: string) {
  const page = await (await fetch(url)).text();
  const pageToken = /name="pageToken" value="([^"]+)"/.exec(page)?.[1];
  if (pageToken === undefined) throw new Error(`no pageToken on the form:\n${page.slice(0, 500)}`);
  const response = await fetch(`${url}/complete`, {
    method: 'POST',
    body: new URLSearchParams({ pageToken }),
    redirect: 'manual',
  });
  expect(response.status).toBeLessThan(400);
}

describe('two proxy instances behind HAProxy', () => {
  it('a stream on an instance killed with SIGKILL reopens through the balancer and gets the outcome', async () => {
    const created = await fetch(`${balancerUrl}/api/webforms/bank-connection-import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(IMPORT_BODY),
    });
    expect(created.status).toBe(201);
    const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
    const webForm = (await created.json()) as { id: string; url: string };

    const opened = await fetch(`${balancerUrl}/api/webforms/${webForm.id}/events`, {
      headers: { cookie, accept: 'text/event-stream' },
    });
    expect(opened.status).toBe(200);
    const holder = opened.headers.get('x-instance') ?? '';
    expect(['a', 'b']).toContain(holder);
    const stream = readSse(opened);
    expect(await stream.next()).toEqual({
      data: expect.objectContaining({ id: webForm.id, status: 'NOT_YET_OPENED' }),
    });

    // The instance holding the stream dies without a word.
    const victim = instances.get(holder) as ChildProcess;
    const exited = once(victim, 'exit');
    victim.kill('SIGKILL');
    await exited;
    await stream.next().catch(() => ({ end: true }));

    // EventSource reconnects; the balancer sends it to the instance left.
    const reopened = await eventually(async () => {
      const response = await fetch(`${balancerUrl}/api/webforms/${webForm.id}/events`, {
        headers: { cookie, accept: 'text/event-stream' },
      });
      expect(response.status).toBe(200);
      return response;
    }, 10_000);
    expect(reopened.headers.get('x-instance')).not.toBe(holder);
    const again = readSse(reopened);
    expect(await again.next()).toEqual({ data: expect.objectContaining({ id: webForm.id }) });

    // The customer completes the form; finAPI's callback reaches the balancer, then the survivor.
    await completeAtTheBank(webForm.url);
    const items = [];
    for (let item = await again.next(); !('end' in item); item = await again.next()) {
      if (!('comment' in item)) items.push(item);
    }
    // The callback's status at once, then the survivor's read of finAPI, then the end.
    expect(items).toEqual([
      { data: expect.objectContaining({ id: webForm.id, status: 'COMPLETED', provisional: true }) },
      {
        data: expect.not.objectContaining({ provisional: true }),
      },
    ]);
    expect(items[1]).toEqual({
      data: expect.objectContaining({ id: webForm.id, status: 'COMPLETED' }),
    });
  }, 60_000);
});
