/**
 * Photographs the nine screens of a round trip for the README, in the light theme on a phone
 * viewport, from the real demo (production build, proxy, simulator) in Debian's Chromium:
 *
 *   npx tsx --conditions=source apps/demo/e2e/captureScreenshots.ts
 *
 * writes docs/screenshots/<data-screen>.png. Run it again after a visible change to the screens.
 * The customer's path to each screen is the end-to-end tests' (see *.e2e.test.ts).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startDemo, type RunningDemo } from '../server/startDemo.ts';
import { finishWebForm } from './support/finishWebForm.ts';
import { launchChromium } from './support/launchChromium.ts';

const OUT_DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 390, height: 720 };

interface Setup {
  openIn?: 'same-tab' | 'new-tab';
  taskMode?: 'web-form-required' | 'complete' | 'fail';
}

async function setScenario(demo: RunningDemo, patch: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${demo.simulatorUrl}/__simulator/scenario`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(patch),
  });
  if (!response.ok) throw new Error(`the simulator refused ${JSON.stringify(patch)}`);
}

/** A customer on a phone with the demo's panels off, on the start page, scenario applied. */
async function customer(browser: Browser, demo: RunningDemo, setup: Setup = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  const settings = { theme: 'light', panels: false, ...setup };
  await context.addInitScript((stored) => {
    window.localStorage.setItem('webform-kit-demo:settings', stored);
  }, JSON.stringify(settings));
  const page = await context.newPage();
  const applied = page.waitForResponse(
    (response) =>
      response.url().endsWith('/__simulator/scenario') && response.request().method() === 'POST',
  );
  await page.goto(demo.url);
  await applied;
  return page;
}

async function chooseFlow(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
}

async function openSameTab(page: Page): Promise<void> {
  await page.locator('[data-action="open-web-form"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
}

async function openNewTab(page: Page): Promise<Page> {
  const [form] = await Promise.all([
    page.context().waitForEvent('page'),
    page.locator('[data-action="open-web-form"]').click(),
  ]);
  await form.waitForURL((url) => url.pathname.startsWith('/wf/'));
  return form;
}

/**
 * Waits for the screen, takes focus and the pointer off it (no focus ring or hover in the
 * picture) and saves it.
 */
async function capture(page: Page, screen: string, state?: string): Promise<void> {
  const stateSelector = state === undefined ? '' : `[data-state="${state}"]`;
  await page.locator(`[data-screen="${screen}"]${stateSelector}`).waitFor();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.screenshot({ path: join(OUT_DIR, `${screen}.png`) });
  console.log(`  ${screen}.png`);
  await page.context().close();
}

const outDir = await mkdtemp(join(tmpdir(), 'webform-kit-screens-'));
const demo = await startDemo({ port: 0, proxyPort: 0, simulatorPort: 0, preview: true, outDir });
const browser = await launchChromium();
try {
  await mkdir(OUT_DIR, { recursive: true });
  console.log(`writing ${OUT_DIR}`);
  let page: Page;

  // First: the update task must have ended before the web-form-required one below, since finAPI
  // refuses a second update of the same bank connection while one runs (423).
  page = await customer(browser, demo, { taskMode: 'complete' });
  await setScenario(demo, { taskDelayMs: 6000 });
  await chooseFlow(page, 'Update a bank connection');
  await capture(page, 'checking');
  await setScenario(demo, { taskDelayMs: 1000 });

  page = await customer(browser, demo);
  await chooseFlow(page, 'Pay by bank transfer');
  await page.locator('[data-action="open-web-form"]:not([aria-disabled="true"])').waitFor();
  await capture(page, 'redirect');

  page = await customer(browser, demo, { openIn: 'new-tab' });
  await chooseFlow(page, 'Connect a bank account');
  await openNewTab(page);
  await capture(page, 'waiting', 'IN_PROGRESS');

  page = await customer(browser, demo);
  await chooseFlow(page, 'Pay by bank transfer');
  await openSameTab(page);
  await finishWebForm(page, { button: 'Complete' });
  await capture(page, 'completed');

  page = await customer(browser, demo);
  await chooseFlow(page, 'Pay by bank transfer');
  await openSameTab(page);
  await finishWebForm(page, { button: 'Complete with error', errorCode: 'BANK_SERVER_REJECTION' });
  await capture(page, 'completed-with-error');

  page = await customer(browser, demo);
  await setScenario(demo, { ttlMs: 3000 });
  await chooseFlow(page, 'Pay by bank transfer');
  await page.locator('[data-screen="redirect"]').waitFor();
  await setScenario(demo, { ttlMs: 20 * 60_000 });
  await capture(page, 'expired');

  page = await customer(browser, demo);
  await chooseFlow(page, 'Pay by bank transfer');
  await openSameTab(page);
  await finishWebForm(page, { button: 'Abort' });
  await capture(page, 'aborted');

  page = await customer(browser, demo, { taskMode: 'web-form-required' });
  await chooseFlow(page, 'Update a bank connection');
  await capture(page, 'web-form-required');

  page = await customer(browser, demo, { openIn: 'new-tab' });
  await chooseFlow(page, 'Connect a bank account');
  await openNewTab(page);
  await page.locator('[data-screen="waiting"]').waitFor();
  await demo.stopProxy();
  await page.locator('[data-screen="connection-error"]').waitFor();
  await capture(page, 'connection-error');
  await demo.restartProxy();
} finally {
  await browser.close();
  await demo.close();
  await rm(outDir, { recursive: true, force: true });
}
