/**
 * The customer's side of the demo: a fresh browser session, the start page, the demo settings
 * and the flow cards, used as a person would (by role and visible name).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoEndpoints } from './demoControl.ts';

declare global {
  interface Window {
    /** Every `data-screen` this document showed, in order (see recordScreens). */
    __screensSeen?: string[];
  }
}

/** Runs in every page before its scripts: notes each screen change, however brief. */
function recordScreens() {
  const seen: string[] = [];
  window.__screensSeen = seen;
  const note = () => {
    const screen = document.querySelector('[data-screen]')?.getAttribute('data-screen');
    if (screen && seen[seen.length - 1] !== screen) seen.push(screen);
  };
  new MutationObserver(note).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-screen'],
  });
}

/**
 * A fresh browser session (its own cookies and storage, so its own proxy session), in the light
 * theme with reduced motion so screenshots are steady.
 */
export async function newSession(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport,
    colorScheme: 'light',
    reducedMotion: 'reduce',
  });
  await context.addInitScript(recordScreens);
  return context;
}

/** The screens the page's current document has shown so far. */
export function screensSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__screensSeen ?? []);
}

/** Resolves once the page has sent the simulator the scenario its demo settings choose. */
export function scenarioApplied(page: Page): Promise<unknown> {
  return page.waitForResponse(
    (response) =>
      response.url().endsWith('/__simulator/scenario') &&
      response.request().method() === 'POST' &&
      response.ok(),
  );
}

/**
 * Opens the demo's start page and waits until it has applied its scenario setting to the
 * simulator (every page load does), so a test's own scenario changes come after it. The demo
 * of the global setup by default; `appUrl` for a demo a test file started itself.
 */
export async function openStartPage(
  page: Page,
  appUrl: string = demoEndpoints().appUrl,
): Promise<void> {
  const applied = scenarioApplied(page);
  applied.catch(() => {}); // Should the page not load, that error is the one to report.
  await page.goto(appUrl);
  await page.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
  await applied;
}

/**
 * Picks an option in the header's "Demo settings", by the field's and the option's labels (in
 * the demo's current language). Settings that change the simulator's scenario, or how its form
 * looks, resolve once the simulator has them.
 */
export async function changeDemoSetting(page: Page, field: string, option: string): Promise<void> {
  const settings = page.locator('details.demo-controls');
  // The summary by its place rather than its words: they change with the demo's language.
  const summary = settings.locator('> summary');
  if ((await settings.getAttribute('open')) === null) await summary.click();
  const select = page.getByLabel(field, { exact: true });
  const changesScenario = field === 'finAPI scenario' || field === 'Background update';
  // Language and theme go to the simulator's form too (POST /__demo/visitor).
  const changesForm = /-(language|theme)$/.test((await select.getAttribute('id')) ?? '');
  const applied = changesScenario
    ? scenarioApplied(page)
    : changesForm
      ? page.waitForResponse(
          (response) =>
            response.url().endsWith('/__demo/visitor') && response.request().method() === 'POST',
        )
      : Promise.resolve();
  applied.catch(() => {});
  await select.selectOption({ label: option });
  await applied;
  await summary.click();
}

/** Clicks a flow's card on the start page, by its title. */
export async function chooseFlow(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(`^${title}`) }).click();
}

/** The element that opens finAPI's form (data-action contract). */
export function openWebFormAction(page: Page) {
  return page.locator('[data-action="open-web-form"]');
}

/**
 * Clicks the open action of a flow set to open the form in a new tab, and resolves with that tab
 * once it shows the simulator's form page.
 */
export async function openFormInNewTab(page: Page): Promise<Page> {
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    openWebFormAction(page).click(),
  ]);
  await popup.waitForURL((url) => url.pathname.startsWith('/wf/'));
  return popup;
}

/** The web form id in a simulator form URL (`/wf/{id}`). */
export function webFormIdOf(url: string): string {
  const id = /\/wf\/([0-9a-f-]{36})/.exec(new URL(url).pathname)?.[1];
  if (id === undefined) throw new Error(`not a web form URL: ${url}`);
  return id;
}

/** Marks the page's current document, to tell later whether it was reloaded or replaced. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as { __sameDocument?: boolean }).__sameDocument = true;
  });
}

/** Whether the page still shows the document markDocument marked. */
export function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true);
}
