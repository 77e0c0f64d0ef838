/**
 * The demo end to end on two proxy instances: a demo of this file's own (`instances: 2`), whose
 * proxy is two servers with their own Redis connections on one real redis-server, behind a real
 * HAProxy (every `/api` request and event stream goes through it, and so do the simulator's
 * callbacks), sharing one simulator. In each round trip one instance is stopped mid-flow, as a
 * redeploy stops it (graceful close; SIGKILL of a proxy process is tested in the proxy's
 * test/redis/balancer.test.ts), and the customer still sees the outcome, served by the other.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { startRedisServer, type RedisServer } from '@webform-kit/proxy/testing';
import { startDemo, type RunningDemo } from '../server/startDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';
import { createJourney } from './support/createJourney.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import {
  changeDemoSetting,
  chooseFlow,
  openFormInNewTab,
  openStartPage,
  openWebFormAction,
  webFormIdOf,
} from './support/openDemo.ts';

const chromium = chromiumPerFile();
let demo: RunningDemo;
let outDir: string;
// The demo's Redis, started here so that a test can stop it and start it again.
let redis: RedisServer;
let redisStopped = false;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'webform-kit-e2e-instances-'));
  redis = await startRedisServer();
  demo = await startDemo({
    port: 0,
    proxyPort: 0,
    simulatorPort: 0,
    preview: true,
    outDir,
    instances: 2,
    redisUrl: redis.url,
  });
});
// Each test stops an instance: the next one starts with both again.
afterEach(async () => {
  if (redisStopped) await redis.start();
  redisStopped = false;
  await demo.restartProxy();
});
afterAll(async () => {
  await demo?.close();
  await redis?.stop();
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

/** The balancer's `x-instance` header of each proxy answer the page gets, by route. */
function instancesSeen(page: Page): { route: string; instance: string }[] {
  const seen: { route: string; instance: string }[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (!url.pathname.startsWith('/api/')) return;
    const instance = response.headers()['x-instance'];
    if (instance !== undefined) {
      seen.push({ route: `${response.request().method()} ${url.pathname}`, instance });
    }
  });
  return seen;
}

interface ListedOrder {
  id: string;
  outcome: { kind: string; webFormId: string } | null;
}

/** `GET /__demo/orders` as the page's visitor: what the shop's backend recorded. */
function ordersOf(page: Page): Promise<ListedOrder[]> {
  return page.evaluate(async () => {
    const response = await fetch('/__demo/orders');
    if (!response.ok) throw new Error(`GET /__demo/orders answered ${response.status}`);
    return ((await response.json()) as { orders: ListedOrder[] }).orders;
  });
}

test('runs its proxy as two instances behind the balancer', () => {
  expect(demo.instances.map((instance) => instance.name)).toEqual(['a', 'b']);
  expect(new Set(demo.instances.map((instance) => instance.url)).size).toBe(2);
  expect(demo.proxyUrl).not.toBe(demo.instances[0]?.url);
});

test('a payment round trip ends on the completed screen after the instance that created its form stops', async () => {
  const journey = createJourney('two instances round trip');
  await chromium.session(async (context) => {
    const page = await context.newPage();
    const seen = instancesSeen(page);
    await openStartPage(page, demo.url);
    await chooseFlow(page, 'Pay by bank transfer');
    await journey.expectScreen(page, 'redirect');
    await openWebFormAction(page).click();
    await page.waitForURL((url) => url.pathname.startsWith('/wf/'));

    // While the customer is at the bank, the instance that created the web form goes away.
    const creator = seen.find((entry) => entry.route.startsWith('POST /api/webforms/'))?.instance;
    expect(['a', 'b']).toContain(creator);
    await demo.stopInstance(creator as string);

    await finishWebForm(page, { button: 'Complete' });
    await page.waitForURL(isReturnRoute);
    await journey.expectScreen(page, 'completed');
    // The way back was answered by the instance left.
    const afterReturn = seen.filter((entry) => entry.route.startsWith('GET /api/webforms/'));
    expect(afterReturn.at(-1)?.instance).not.toBe(creator);

    // finAPI's callback reached the survivor through the balancer; the shop recorded the outcome.
    await expect
      .poll(async () => (await ordersOf(page))[0]?.outcome?.kind, { timeout: 15_000 })
      .toBe('completed');
  });
});

test('an event stream on an instance that stops: the app carries on with the other one through the balancer and shows the outcome', async () => {
  const journey = createJourney('two instances stream');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    const seen = instancesSeen(app);
    await openStartPage(app, demo.url);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    await chooseFlow(app, 'Pay by bank transfer');
    const form = await openFormInNewTab(app);
    await journey.expectScreen(app, 'waiting', { tab: 'app tab' });
    await app.locator('[data-testid="event-log"] li[data-type="push-connected"]').first().waitFor();

    const holder = seen.find((entry) => entry.route.endsWith('/events'))?.instance;
    expect(['a', 'b']).toContain(holder);
    const before = seen.length;
    await demo.stopInstance(holder as string);
    // The stream ends with a `retry:` hint; polling covers the gap, which the balancer sends to
    // the other instance, and the browser reopens the same stream there (Last-Event-ID).
    const answeredByOther = (ending: string) =>
      seen
        .slice(before)
        .some(
          (entry) =>
            entry.route.startsWith('GET /api/webforms/') &&
            entry.route.endsWith(ending) &&
            entry.instance !== holder,
        );
    await expect
      .poll(() => answeredByOther(webFormIdOf(form.url())), { timeout: 15_000 })
      .toBe(true);
    await expect.poll(() => answeredByOther('/events'), { timeout: 15_000 }).toBe(true);
    await expect
      .poll(() => app.locator('[data-testid="event-log"] li[data-type="push-connected"]').count(), {
        timeout: 15_000,
      })
      .toBe(2);

    await finishWebForm(form, { button: 'Complete' });
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });
    await expect
      .poll(async () => (await ordersOf(app))[0]?.outcome?.kind, { timeout: 15_000 })
      .toBe('completed');
  });
});

test('Redis stops while the customer is at the bank and comes back: the return says the service did not answer, and Try again shows the outcome', async () => {
  const journey = createJourney('two instances redis outage');
  await chromium.session(async (context) => {
    const app = await context.newPage();
    await openStartPage(app, demo.url);
    await changeDemoSetting(app, 'Open the form in', 'A new tab');
    await chooseFlow(app, 'Pay by bank transfer');
    const form = await openFormInNewTab(app);
    await journey.expectScreen(app, 'waiting', { tab: 'app tab' });

    // Redis goes away with its data saved, as a Redis with persistence restarts.
    redisStopped = true;
    await redis.stop({ keepData: true });
    // finAPI's callback is refused (503) now, and the return cannot ask the proxy either.
    await finishWebForm(form, { button: 'Complete' });
    await form.waitForURL(isReturnRoute);
    const refused = await journey.expectScreen(form, 'connection-error', {
      state: 'try-later',
      tab: 'form tab while Redis is away',
    });
    await refused.getByRole('heading', { name: 'Not possible right now' }).waitFor();
    expect(await refused.textContent()).toContain('Our service did not answer as expected');

    await redis.start();
    redisStopped = false;
    // Each instance reconnects on its own schedule (up to 2 s apart): the customer presses Try
    // again until the answer comes, as anyone would.
    const tryAgain = form.getByRole('button', { name: 'Try again' });
    await expect
      .poll(
        async () => {
          if (await tryAgain.isVisible()) await tryAgain.click();
          return form.locator('[data-screen="completed"]').count();
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe(1);
    await journey.expectScreen(form, 'completed', { tab: 'form tab' });
    await journey.expectScreen(app, 'completed', { tab: 'app tab' });
    // The flow survived the outage: the shop's backend recorded how it ended.
    await expect
      .poll(async () => (await ordersOf(app))[0]?.outcome?.kind, { timeout: 15_000 })
      .toBe('completed');
  });
});
