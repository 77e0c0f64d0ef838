/**
 * The README's recipes, run as written: each file under recipes/ is the README's block (checked
 * here, so they cannot drift apart), started as a real server on a free loopback port (Express,
 * Hono, Fastify), imported and called with Web Requests (the Next.js route module), or served by
 * a real Vite dev server in front of the proxy (the Vite recipe), and driven through a create and
 * a read. The simulator behind them is `createSimulatedProxy`'s (or the dev launcher's): the web
 * form's URL opens its page, demo controls and all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { startProxyFromEnv } from '../src/dev.ts';
import { freePort } from '../src/testing/freePort.ts';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function recipe(path: string): string {
  return readFileSync(new URL(`../recipes/${path}`, import.meta.url), 'utf8');
}

/** The fenced block after `<!-- recipe: path -->` in the README. */
function readmeBlock(path: string): string | undefined {
  const marker = `<!-- recipe: recipes/${path} -->`;
  const at = README.indexOf(marker);
  if (at === -1) return undefined;
  const match = /```[a-z]*\n([\s\S]*?)```/.exec(README.slice(at + marker.length));
  return match?.[1];
}

/** Starts a recipe file with tsx until it prints `listening on`, and stops it after the test. */
async function startRecipe(path: string): Promise<string> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    TSX,
    ['--conditions=source', fileURLToPath(new URL(`../recipes/${path}`, import.meta.url))],
    { cwd: PACKAGE_DIR, env: { ...process.env, PORT: String(port) } },
  );
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${path} did not start:\n${output}`)), 30_000);
    const hear = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', hear);
    child.stderr?.on('data', hear);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${path} exited with ${code}:\n${output}`));
    });
  });
  return `http://127.0.0.1:${port}`;
}

type Handler = (request: Request) => Promise<Response>;

/** A browser at `origin`: creates a bank connection import, opens its page, reads it back. */
async function roundTrip(origin: string, send: Handler = (request) => fetch(request)) {
  const created = await send(
    new Request(`${origin}/api/webforms/bank-connection-import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ bank: { search: 'DEMO' } }),
    }),
  );
  const createdBody = (await created.json()) as { id: string; url: string; status: string };
  expect([created.status, createdBody.status]).toEqual([201, 'NOT_YET_OPENED']);
  const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
  // finAPI's page for the customer: here the simulator's, with its demo controls.
  const page = await fetch(createdBody.url);
  expect([page.status, (await page.text()).includes('>Complete</button>')]).toEqual([200, true]);
  const read = await send(
    new Request(`${origin}/api/webforms/${createdBody.id}`, { headers: { cookie } }),
  );
  const readBody = (await read.json()) as { id: string; status: string };
  expect([read.status, readBody.id]).toEqual([200, createdBody.id]);
}

describe('the README shows each recipe file as it is', () => {
  for (const path of [
    'express.ts',
    'hono.ts',
    'fastify.ts',
    'next/app/api/[...path]/route.ts',
    'vite.config.ts',
  ]) {
    it(path, () => {
      expect(readmeBlock(path), `README block after <!-- recipe: recipes/${path} -->`).toBe(
        recipe(path),
      );
    });
  }
});

describe('recipes: a create and a read through each framework', () => {
  for (const path of ['express.ts', 'hono.ts', 'fastify.ts']) {
    it(`${path}: the proxy under /api, the framework's own routes beside it`, async () => {
      const origin = await startRecipe(path);
      await roundTrip(origin);
      const health = await fetch(`${origin}/health`);
      expect([health.status, await health.json()]).toEqual([200, { ok: true }]);
    });
  }

  it('next/app/api/[...path]/route.ts: the exported GET and POST are the proxy', async () => {
    const origin = 'http://localhost:3000';
    process.env.PUBLIC_URL = origin;
    cleanups.push(() => {
      delete process.env.PUBLIC_URL;
    });
    const route = (await import('../recipes/next/app/api/[...path]/route.ts')) as {
      GET: Handler;
      POST: Handler;
      DELETE: Handler;
      runtime: string;
      dynamic: string;
    };
    expect([route.runtime, route.dynamic]).toEqual(['nodejs', 'force-dynamic']);
    await roundTrip(origin, (request) =>
      (request.method === 'POST' ? route.POST : route.GET)(request),
    );
    const unknown = await route.DELETE(
      new Request(`${origin}/api/webforms/not-an-id`, { method: 'DELETE', headers: { origin } }),
    );
    expect(unknown.status).toBe(400);
  });

  it('vite.config.ts: the dev server passes /api to the proxy, Host and Origin as the browser sent them', async () => {
    const vitePort = await freePort();
    const origin = `http://127.0.0.1:${vitePort}`;
    const running = await startProxyFromEnv({
      PORT: '0',
      SIMULATOR_PORT: '0',
      ALLOWED_ORIGINS: origin,
    });
    cleanups.push(() => running.close());
    process.env.PROXY_URL = running.url;
    cleanups.push(() => {
      delete process.env.PROXY_URL;
    });
    const vite = await createViteServer({
      configFile: fileURLToPath(new URL('../recipes/vite.config.ts', import.meta.url)),
      root: fileURLToPath(new URL('../recipes', import.meta.url)),
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: vitePort, strictPort: true },
    });
    await vite.listen();
    cleanups.push(() => vite.close());
    await roundTrip(origin);
  });
});
