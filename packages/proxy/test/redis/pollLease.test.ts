/**
 * The poll lease across real processes: two proxy instances (each its own process, on one
 * redis-server and one simulator) follow a web form nobody's browser watches, and finAPI's
 * callbacks never arrive (the simulator drops them), so polling is the only way to learn how it
 * ended. One instance polls it at a time, the holder of its lease; killed with SIGKILL, it
 * cannot hand the lease back, so the lease lapses and the other instance takes it over, polls,
 * learns the outcome and delivers it, once.
 */
import { fileURLToPath } from 'node:url';
import { startSimulatorServer } from '@webform-kit/simulator/node';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REDIS_PREFIX } from '../../src/redis/index.ts';
import { startRedisServer, type RedisServer } from '../../src/testing/index.ts';
import { IMPORT_BODY, SESSION_SECRET } from '../helpers.ts';
import { eventually, sleep } from './eventually.ts';
import { startInstanceProcess, type InstanceProcess } from './startInstanceProcess.ts';
import { completeAtTheBank } from './completeAtTheBank.ts';

const INSTANCE = fileURLToPath(new URL('./pollingInstance.ts', import.meta.url));

let redis: RedisServer;
let simulator: Awaited<ReturnType<typeof startSimulatorServer>>;
let redisClient: ReturnType<typeof createClient>;
const instances: InstanceProcess[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  redisClient = createClient({ url: redis.url });
  await redisClient.connect();
  simulator = await startSimulatorServer({ port: 0, host: '127.0.0.1' });
  // finAPI's callbacks are lost: the instances learn the outcome only by polling.
  const scenario = await fetch(`${simulator.url}/__simulator/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ callbackDropRate: 1 }),
  });
  expect(scenario.status).toBe(200);
  for (let i = 0; i < 2; i++) {
    instances.push(
      await startInstanceProcess(
        INSTANCE,
        { PORT: '0', SESSION_SECRET, REDIS_URL: redis.url, SIMULATOR_URL: simulator.url },
        /listening on http/,
      ),
    );
  }
}, 90_000);

afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.kill()));
  await redisClient?.close();
  await simulator?.close();
  await redis?.stop();
});

const urlOf = (instance: InstanceProcess) =>
  /listening on (http:\/\/\S+)/.exec(instance.output())?.[1] ?? '';
const readsBy = (instance: InstanceProcess, id: string) =>
  instance.output().match(new RegExp(`^finapi GET /api/webForms/${id} -> 200$`, 'gm'))?.length ?? 0;
const outcomesBy = (instance: InstanceProcess, id: string) =>
  instance.output().match(new RegExp(`^onOutcome ${id} .*$`, 'gm')) ?? [];

describe('the poll lease of a flow nobody watches', () => {
  it('is taken over from an instance killed with SIGKILL, and the outcome is delivered once', async () => {
    const [one, two] = instances as [InstanceProcess, InstanceProcess];
    const created = await fetch(`${urlOf(one)}/api/webforms/bank-connection-import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(IMPORT_BODY),
    });
    expect(created.status).toBe(201);
    const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
    const webForm = (await created.json()) as { id: string; url: string };
    const leaseKey = `${DEFAULT_REDIS_PREFIX}poll-lease:web-form:${webForm.id}`;

    // Both instances follow the flow (the second from the store's index), one polls it: over a
    // few poll intervals, the reads of exactly one of them go on, and the lease is its.
    const [holder, other, leaseOfHolder] = await eventually(async () => {
      const before = [readsBy(one, webForm.id), readsBy(two, webForm.id)];
      const lease = await redisClient.get(leaseKey);
      await sleep(3000);
      const grew = [
        readsBy(one, webForm.id) > (before[0] ?? 0),
        readsBy(two, webForm.id) > (before[1] ?? 0),
      ];
      expect(grew.filter(Boolean)).toHaveLength(1);
      expect(lease).not.toBeNull();
      expect(await redisClient.get(leaseKey)).toBe(lease);
      return grew[0] ? ([one, two, lease] as const) : ([two, one, lease] as const);
    }, 20_000);

    await holder.kill();
    const readsBefore = readsBy(other, webForm.id);
    // Its lease lapses (two poll intervals after its last renewal) and the other takes it.
    await eventually(async () => {
      const lease = await redisClient.get(leaseKey);
      expect(lease).not.toBeNull();
      expect(lease).not.toBe(leaseOfHolder);
      expect(readsBy(other, webForm.id)).toBeGreaterThan(readsBefore);
    }, 20_000);

    await completeAtTheBank(webForm.url);
    await eventually(() => {
      expect(outcomesBy(other, webForm.id)).toEqual([`onOutcome ${webForm.id} COMPLETED`]);
    }, 20_000);
    // The survivor answers the browser from what its poll learned.
    const read = await fetch(`${urlOf(other)}/api/webforms/${webForm.id}`, {
      headers: { cookie },
    });
    expect(await read.json()).toMatchObject({ id: webForm.id, status: 'COMPLETED' });
    // Once: no second delivery follows, and the dead instance delivered none.
    await sleep(2500);
    expect(outcomesBy(other, webForm.id)).toHaveLength(1);
    expect(outcomesBy(holder, webForm.id)).toEqual([]);
  }, 90_000);
});
