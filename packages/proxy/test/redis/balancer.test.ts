/**
 * End to end through a real load balancer: Debian's HAProxy in front of two proxy processes
 * (the CLI, as child processes, so one can be killed with SIGKILL) on one Redis and one
 * simulator. A stream held by the killed instance is reopened, as EventSource does, through the
 * balancer, and the outcome reaches it from the surviving instance.
 */
import { fileURLToPath } from 'node:url';
import { startSimulatorServer } from '@webform-kit/simulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  startHaproxy,
  startRedisServer,
  type Haproxy,
  type RedisServer,
} from '../../src/testing/index.ts';
import { IMPORT_BODY, readSse, SESSION_SECRET } from '../helpers.ts';
import { eventually } from './eventually.ts';
import { startInstanceProcess, type InstanceProcess } from './startInstanceProcess.ts';
import { completeAtTheBank } from './completeAtTheBank.ts';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let redis: RedisServer;
let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
let balancer: Haproxy | undefined;
let balancerUrl: string;
const instances = new Map<string, InstanceProcess>();

/** One proxy process, as an operator starts it: the CLI with REDIS_URL and SIMULATOR_URL. */
function startInstance(port: number): Promise<InstanceProcess> {
  return startInstanceProcess(
    CLI,
    {
      PORT: String(port),
      SESSION_SECRET,
      REDIS_URL: redis.url,
      SIMULATOR_URL: simulator.url,
      PUBLIC_URL: balancerUrl,
    },
    /prepare:/,
  );
}

beforeAll(async () => {
  redis = await startRedisServer();
  simulator = await startSimulatorServer({ port: 0, host: '127.0.0.1' });
  const [a, b, lb] = [await freePort(), await freePort(), await freePort()];
  // The instances' PUBLIC_URL (where the simulator calls back) is the balancer.
  balancerUrl = `http://127.0.0.1:${lb}`;
  instances.set('a', await startInstance(a));
  instances.set('b', await startInstance(b));
  balancer = await startHaproxy({
    port: lb,
    servers: [
      { name: 'a', url: `http://127.0.0.1:${a}` },
      { name: 'b', url: `http://127.0.0.1:${b}` },
    ],
  });
}, 90_000);

afterAll(async () => {
  await Promise.all([...instances.values()].map((instance) => instance.kill()));
  await balancer?.stop();
  await simulator?.close();
  await redis?.stop();
});

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
    await instances.get(holder)?.kill();
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
