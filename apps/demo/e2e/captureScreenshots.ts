/**
 * Photographs the nine screens of a round trip for the README on a phone viewport, from the real
 * demo (production build, proxy, simulator) in Debian's Chromium, in English and German, light
 * and dark:
 *
 *   npx tsx --conditions=source apps/demo/e2e/captureScreenshots.ts
 *
 * writes docs/screenshots/<data-screen>.png (English, light: the README's), and the same names
 * under docs/screenshots/dark/, de/ and de-dark/. Run it again after a visible change to the
 * screens.
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

/** A language and theme the screens are photographed in, and the folder they go to. */
interface Variant {
  language: 'en' | 'de';
  theme: 'light' | 'dark';
  dir: string;
}

const VARIANTS: readonly Variant[] = [
  { language: 'en', theme: 'light', dir: '' },
  { language: 'en', theme: 'dark', dir: 'dark' },
  { language: 'de', theme: 'light', dir: 'de' },
  { language: 'de', theme: 'dark', dir: 'de-dark' },
];

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
async function customer(
  browser: Browser,
  demo: RunningDemo,
  variant: Variant,
  setup: Setup = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    colorScheme: variant.theme,
    reducedMotion: 'reduce',
  });
  const settings = { theme: variant.theme, language: variant.language, panels: false, ...setup };
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

/** The start page's card of a flow, by its route (its title changes with the language). */
async function chooseFlow(page: Page, slug: string): Promise<void> {
  await page.locator(`a.demo-flow[href^="/start/${slug}"]`).click();
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
async function capture(
  page: Page,
  { dir, language }: Variant,
  screen: string,
  state?: string,
): Promise<void> {
  const stateSelector = state === undefined ? '' : `[data-state="${state}"]`;
  await page.locator(`[data-screen="${screen}"]${stateSelector}`).waitFor();
  // The kit's catalogue for the language loads on demand: its words, not English, in the picture.
  await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.screenshot({ path: join(OUT_DIR, dir, `${screen}.png`) });
  console.log(`  ${join(dir, `${screen}.png`)}`);
  await page.context().close();
}

/** The nine screens in one language and theme. */
async function photograph(browser: Browser, demo: RunningDemo, variant: Variant): Promise<void> {
  let page: Page;

  // First: the update task must have ended before the web-form-required one below, since finAPI
  // refuses a second update of the same bank connection while one runs (423).
  page = await customer(browser, demo, variant, { taskMode: 'complete' });
  await setScenario(demo, { taskDelayMs: 6000 });
  await chooseFlow(page, 'bank-connection-update');
  await capture(page, variant, 'checking');
  await setScenario(demo, { taskDelayMs: 1000 });

  page = await customer(browser, demo, variant);
  await chooseFlow(page, 'standalone-payment');
  await page.locator('[data-action="open-web-form"]:not([aria-disabled="true"])').waitFor();
  await capture(page, variant, 'redirect');

  page = await customer(browser, demo, variant, { openIn: 'new-tab' });
  await chooseFlow(page, 'bank-connection-import');
  await openNewTab(page);
  await capture(page, variant, 'waiting', 'IN_PROGRESS');

  page = await customer(browser, demo, variant);
  await chooseFlow(page, 'standalone-payment');
  await openSameTab(page);
  await finishWebForm(page, { button: 'Complete' });
  await capture(page, variant, 'completed');

  page = await customer(browser, demo, variant);
  await chooseFlow(page, 'standalone-payment');
  await openSameTab(page);
  // Ended with an error, the form only offers the way back, named in the visitor's language.
  await finishWebForm(
    page,
    { button: 'Complete with error', errorCode: 'BANK_SERVER_REJECTION' },
    { backLabel: variant.language === 'de' ? 'Zurück zur App' : undefined },
  );
  await capture(page, variant, 'completed-with-error');

  page = await customer(browser, demo, variant);
  await setScenario(demo, { ttlMs: 3000 });
  await chooseFlow(page, 'standalone-payment');
  // Created (the open action enabled) before the next forms live 20 minutes again.
  await page.locator('[data-action="open-web-form"]:not([aria-disabled="true"])').waitFor();
  await setScenario(demo, { ttlMs: 20 * 60_000 });
  await capture(page, variant, 'expired');

  page = await customer(browser, demo, variant);
  await chooseFlow(page, 'standalone-payment');
  await openSameTab(page);
  await finishWebForm(page, { button: 'Abort' });
  await capture(page, variant, 'aborted');

  page = await customer(browser, demo, variant, { taskMode: 'web-form-required' });
  await chooseFlow(page, 'bank-connection-update');
  await capture(page, variant, 'web-form-required');

  page = await customer(browser, demo, variant, { openIn: 'new-tab' });
  await chooseFlow(page, 'bank-connection-import');
  await openNewTab(page);
  await page.locator('[data-screen="waiting"]').waitFor();
  await demo.stopProxy();
  await page.locator('[data-screen="connection-error"]').waitFor();
  await capture(page, variant, 'connection-error');
  await demo.restartProxy();
}

const outDir = await mkdtemp(join(tmpdir(), 'webform-kit-screens-'));
const demo = await startDemo({ port: 0, proxyPort: 0, simulatorPort: 0, preview: true, outDir });
const browser = await launchChromium();
try {
  console.log(`writing ${OUT_DIR}`);
  for (const variant of VARIANTS) {
    await mkdir(join(OUT_DIR, variant.dir), { recursive: true });
    await photograph(browser, demo, variant);
  }
} finally {
  await browser.close();
  await demo.close();
  await rm(outDir, { recursive: true, force: true });
}
