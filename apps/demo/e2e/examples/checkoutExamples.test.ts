/**
 * The apps in examples/ as an integrator gets them, outside the workspace: the packages built and
 * packed once (`.ci/packTarballs.mjs`, as `pnpm pack:all`), each example copied to an empty
 * folder, its `file:` tarballs pointed at those packs, `npm install`ed (the rest from the npm
 * registry, through one npm cache for both), type-checked, built with Vite, its server started
 * on a free loopback port, and one checkout paid in Debian's Chromium: "Check out", the redirect
 * screen, "Complete" on the simulator's page, back to /return and its completed screen, and the
 * order marked paid by the server's onOutcome. Then the root README's "From an empty folder to a
 * round trip", its commands and files taken from the README as they are. Nothing is skipped: a missing tarball, registry,
 * Chromium or build fails the test, saying what.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { packTarballs, ROOT } from '../../../../.ci/packTarballs.mjs';
import { launchChromium } from '../support/launchChromium.ts';
import { freePort } from '@webform-kit/proxy/testing';

const run = promisify(execFile);
const EXAMPLES = ['checkout-express', 'checkout-hono'] as const;

let work: string;
let tarballs: { name: string; file: string }[];
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'webform-kit-examples-'));
  // The tarballs carry dist/: build first, as `pnpm pack:all` does.
  await command('pnpm', ['build'], ROOT);
  tarballs = packTarballs(join(work, 'tarballs'));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

/**
 * The environment of a user's shell, with `extra` on top: this one without Vitest's
 * `NODE_ENV=test`, which would make the example's `vite build` a development build of React.
 */
function userShell(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['NODE_ENV'];
  return env;
}

/** Runs a command to its end; a failure carries its output. */
async function command(
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<void> {
  try {
    await run(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: userShell({ CI: 'true', ...env }),
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${file} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`, {
      cause: error,
    });
  }
}

/** Copies an example as a user would get it (no node_modules, no build, no lockfile). */
async function copyExample(name: string): Promise<string> {
  const source = fileURLToPath(new URL(`../../../../examples/${name}/`, import.meta.url));
  const target = join(work, name);
  await cp(source, target, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|dist|package-lock\.json)$/.test(path),
  });
  // Its `file:` dependencies name the packs of `pnpm pack:all`: point them at this run's.
  const manifestPath = join(target, 'package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const [dependency, spec] of Object.entries(manifest.dependencies)) {
    if (!spec.startsWith('file:')) continue;
    const packed = tarballs.find((tarball) => tarball.name === dependency);
    if (packed === undefined) throw new Error(`${name} needs ${dependency}, which is not packed`);
    manifest.dependencies[dependency] = `file:${packed.file}`;
  }
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return target;
}

/** Starts a server file with the app's own tsx (as `npm start` does) until it says it listens. */
async function startServer(
  dir: string,
  file: string,
): Promise<{ origin: string; stop(): Promise<void> }> {
  const port = await freePort();
  // Its own process group, so stopping it stops tsx's child too.
  const child: ChildProcess = spawn(join(dir, 'node_modules', '.bin', 'tsx'), [file], {
    cwd: dir,
    env: userShell({ PORT: String(port) }),
    detached: true,
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.pid === undefined) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid, 'SIGTERM');
    });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no "listening" in 60 s:\n${output}`)),
        60_000,
      );
      const hear = (chunk: Buffer) => {
        output += chunk;
        if (/(listening on|open) http:\/\/127\.0\.0\.1:\d+/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', hear);
      child.stderr?.on('data', hear);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited with ${code}:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}

interface Order {
  id: string;
  status: string;
  paymentId?: number | null;
}

/** The server's order book, until onOutcome has recorded the payment (or 10 s have passed). */
async function paidOrder(origin: string, id: string): Promise<Order> {
  let order: Order | undefined;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    order = (await (await fetch(`${origin}/orders/${id}`)).json()) as Order;
    if (order.status === 'paid') return order;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return order as Order;
}

describe.each(EXAMPLES)('examples/%s from its packed tarballs', (name) => {
  let dir: string;

  test('installs with npm in an empty folder, type-checks and builds', async () => {
    dir = await copyExample(name);
    const cache = join(work, 'npm-cache');
    await command('npm', ['install', '--no-audit', '--no-fund', '--cache', cache], dir);
    await command('npm', ['run', 'typecheck'], dir);
    await command('npm', ['run', 'build'], dir);
  }, 600_000);

  test('pays an order round trip in Chromium: check out, complete at the bank, back to completed', async () => {
    expect(dir, 'the install test ran first').toBeDefined();
    const server = await startServer(dir, 'server/main.ts');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.origin);
      const placed = page.waitForResponse(
        (response) => response.request().method() === 'POST' && response.url().endsWith('/orders'),
      );
      await page.getByRole('button', { name: 'Check out' }).click();
      const order = (await (await placed).json()) as Order;

      await page.locator('[data-screen="redirect"]').waitFor();
      await page.locator('[data-action="open-web-form"]').click();
      await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
      await page.getByRole('button', { name: 'Complete', exact: true }).click();

      await page.waitForURL((url) => url.pathname === '/return');
      const completed = page.locator('[data-screen="completed"]');
      const heading = completed.getByRole('heading', { name: 'Payment submitted' });
      await heading.waitFor();
      expect(await heading.count()).toBe(1);

      const recorded = await paidOrder(server.origin, order.id);
      expect(recorded.status).toBe('paid');
      expect(recorded.paymentId).toEqual(expect.any(Number));
    } finally {
      await context.close();
      await server.stop();
    }
  }, 120_000);
});

/** The fenced block after `<!-- snippet: empty-folder/<name> -->` in the root README. */
function readmeSnippet(readme: string, name: string): string {
  const marker = `<!-- snippet: empty-folder/${name} -->`;
  const at = readme.indexOf(marker);
  const block = at === -1 ? null : /```[a-z]*\n([\s\S]*?)```/.exec(readme.slice(at));
  if (block === null) throw new Error(`the root README has no block after ${marker}`);
  return block[1] as string;
}

describe("the root README's empty folder to a round trip, followed as written", () => {
  let shop: string;

  test('its commands install the tarballs and its files build', async () => {
    const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
    // The README works next to a checkout at ../webform-kit, whose tarballs/ pnpm pack:all wrote.
    const walk = join(work, 'walk');
    await mkdir(walk);
    await symlink(work, join(walk, 'webform-kit'));
    const setup = readmeSnippet(readme, 'setup.sh');
    expect(setup).toMatch(/npm install \.\.\/webform-kit\/tarballs\//);
    await command('bash', ['-euo', 'pipefail', '-c', setup], walk, {
      npm_config_cache: join(work, 'npm-cache'),
    });
    shop = join(walk, 'shop');
    for (const file of ['index.html', 'main.tsx', 'server.ts']) {
      await writeFile(join(shop, file), readmeSnippet(readme, file));
    }
    // The README's last command is the build, then the server (started below on a free port).
    expect(readmeSnippet(readme, 'run.sh').trim()).toBe('npx vite build && npx tsx server.ts');
    await command('npx', ['vite', 'build'], shop);
  }, 600_000);

  test('connects a bank account round trip in Chromium', async () => {
    expect(shop, 'the install test ran first').toBeDefined();
    const server = await startServer(shop, 'server.ts');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.origin);
      await page.locator('[data-screen="redirect"]').waitFor();
      await page.getByRole('button', { name: 'Continue to the secure form' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
      await page.getByRole('button', { name: 'Complete', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/return');
      const heading = page
        .locator('[data-screen="completed"]')
        .getByRole('heading', { name: 'Bank account connected' });
      await heading.waitFor();
      expect(await heading.count()).toBe(1);
    } finally {
      await context.close();
      await server.stop();
    }
  }, 120_000);
});
