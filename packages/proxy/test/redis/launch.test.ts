import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startSimulatorServer } from '@webform-kit/simulator/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProxyFromEnv } from '../../src/dev.ts';
import { readLaunchEnv } from '../../src/launch/readLaunchEnv.ts';
import { startProxyFromEnv as startFinapiFromEnv } from '../../src/node.ts';
import { FINAPI_ENV, IMPORT_BODY, SESSION_SECRET } from '../helpers.ts';
import { startRedisServer, type RedisServer } from '../../src/testing/index.ts';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
});

describe('REDIS_URL and SIMULATOR_URL', () => {
  it('refuses what is not a Redis or a simulator URL, and ambiguous or unsafe settings', () => {
    expect(() => readLaunchEnv({ REDIS_URL: 'localhost:6379', SESSION_SECRET })).toThrow(
      /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL, e\.g\. redis:\/\/127\.0\.0\.1:6379/,
    );
    expect(() => readLaunchEnv({ SIMULATOR_URL: 'ftp://127.0.0.1' })).toThrow(
      /SIMULATOR_URL must be a http:\/\/ or https:\/\/ URL/,
    );
    expect(() =>
      readLaunchEnv({ ...FINAPI_ENV, SIMULATOR_URL: 'http://127.0.0.1:8788', SESSION_SECRET }),
    ).toThrow(/SIMULATOR_URL .* or the FINAPI_\* credentials .* not both/);
    expect(() => readLaunchEnv({ REDIS_URL: redis.url })).toThrow(
      /REDIS_URL is set, so SESSION_SECRET must be set too, the same on every instance/,
    );
    expect(readLaunchEnv({ REDIS_URL: redis.url, SESSION_SECRET })).toMatchObject({
      redisUrl: redis.url,
      simulatorUrl: undefined,
    });
  });

  it('runs two proxies on one simulator and one Redis: a web form created on one is read on the other', async () => {
    const simulator = await startSimulatorServer({ port: 0, host: '127.0.0.1' });
    const env = { PORT: '0', SESSION_SECRET, REDIS_URL: redis.url, SIMULATOR_URL: simulator.url };
    const one = await startProxyFromEnv(env);
    const two = await startProxyFromEnv(env);
    try {
      expect([one.mode, one.simulatorUrl, one.store]).toEqual([
        'simulator',
        simulator.url,
        `Redis at ${redis.url}`,
      ]);
      const created = await fetch(`${one.url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(IMPORT_BODY),
      });
      expect(created.status).toBe(201);
      const { id, url } = (await created.json()) as { id: string; url: string };
      expect(url.startsWith(`${simulator.url}/wf/`)).toBe(true);
      const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';

      const read = await fetch(`${two.url}/api/webforms/${id}`, { headers: { cookie } });
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ id });
    } finally {
      await one.close();
      await two.close();
    }
    // The simulator was not theirs to stop: it still answers.
    const after = await fetch(`${simulator.url}/api/webForms/none`);
    expect(after.status).toBe(401);
    await simulator.close();
  }, 30_000);

  it('keeps flows in memory without REDIS_URL, and says so', async () => {
    const running = await startFinapiFromEnv({ ...FINAPI_ENV, PORT: '0', SESSION_SECRET });
    await running.close();
    expect(running.store).toBe('memory (this process only)');
  });

  it('starts while Redis is out of reach, with a note, and answers 503 STORE_UNAVAILABLE', async () => {
    await redis.stop();
    const connections: string[] = [];
    const running = await startProxyFromEnv(
      {
        PORT: '0',
        SIMULATOR_PORT: '0',
        SESSION_SECRET,
        REDIS_URL: `redis://user:hunter2@127.0.0.1:${redis.port}`,
      },
      { onRedisEvent: (event) => connections.push(`${event.connection} ${event.state}`) },
    );
    try {
      expect(running.store).toBe(`Redis at redis://user:***@127.0.0.1:${redis.port}`);
      expect(running.notes.join('\n')).toMatch(
        /is not reachable yet: requests get 503 STORE_UNAVAILABLE until it is/,
      );
      expect(running.notes.join('\n')).not.toMatch(/hunter2/);
      const response = await fetch(`${running.url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(IMPORT_BODY),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toMatchObject({ code: 'STORE_UNAVAILABLE' });
      expect([...connections].sort()).toEqual(['commands error', 'subscriber error']);
    } finally {
      await running.close();
      await redis.start();
    }
  }, 20_000);
});

describe('pnpm proxy with REDIS_URL and SIMULATOR_URL', () => {
  it('says where its flows live and which simulator it uses', async () => {
    const simulator = await startSimulatorServer({ port: 0, host: '127.0.0.1' });
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', CLI], {
      env: {
        ...process.env,
        PORT: '0',
        SESSION_SECRET,
        REDIS_URL: redis.url,
        SIMULATOR_URL: simulator.url,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => (output += chunk));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start line:\n${output}`)), 20_000);
        child.stdout.on('data', (chunk: string) => {
          output += chunk;
          if (output.includes('prepare:')) {
            clearTimeout(timer);
            resolve();
          }
        });
        child.once('exit', () => reject(new Error(`the CLI exited:\n${output}`)));
      });
      expect(output).toMatch(new RegExp(`simulator: +${simulator.url}\\n`));
      expect(output).toMatch(new RegExp(`store: +Redis at ${redis.url}\\n`));
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(output)?.[1];
      const response = await fetch(`${url}/api/webforms/bank-connection-import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(IMPORT_BODY),
      });
      expect(response.status).toBe(201);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await simulator.close();
    }
  }, 30_000);
});
