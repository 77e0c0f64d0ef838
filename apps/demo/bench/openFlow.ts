import type { Browser, BrowserContext, Page } from 'playwright-core';

/** The flow the latency and economy figures use: one page, one web form, no task. */
export const FLOW_PATH = '/start/standalone-payment';

const SETTINGS_KEY = 'webform-kit-demo:settings';

export interface FlowOptions {
  /** The provider's `push`: Server-Sent Events, or polling only. */
  push: boolean;
  /**
   * Answer the form tab's return to the app (`/return?...`) with an empty page, so the app tab
   * can learn the outcome only through push or polling, not from the returning tab.
   */
  holdReturn?: boolean;
}

export interface OpenedFlow {
  /** The simulator's hosted form, opened by the app in a new tab, its buttons on screen. */
  popup: Page;
  webFormId: string;
}

export interface FlowTab {
  context: BrowserContext;
  /** The app's tab; listen to it before the first {@link FlowTab.openFlow}. */
  app: Page;
  /**
   * Starts a flow as a new customer (no cookies, no storage): loads the flow page, which creates
   * the web form, and opens the form by clicking the app's button. Closes the previous form tab.
   */
  openFlow(): Promise<OpenedFlow>;
  close(): Promise<void>;
}

/**
 * One browser profile and one app tab, reused from flow to flow (a new tab costs a renderer
 * process, up to a second on a busy machine), with the demo set to open the form in a new tab and
 * its side panels off, so the only requests are the customer's.
 *
 * @example
 * const tab = await createFlowTab(browser, demo.url, { push: true });
 * const { popup } = await tab.openFlow();
 * await popup.getByRole('button', { name: 'Complete', exact: true }).click();
 */
export async function createFlowTab(
  browser: Browser,
  appUrl: string,
  options: FlowOptions,
): Promise<FlowTab> {
  const origin = new URL(appUrl).origin;
  const context = await browser.newContext();
  let popup: Page | undefined;
  try {
    await context.addInitScript(
      ({ key, origin, settings }) => {
        if (window.location.origin === origin) window.localStorage.setItem(key, settings);
      },
      {
        key: SETTINGS_KEY,
        origin,
        settings: JSON.stringify({ openIn: 'new-tab', push: options.push, panels: false }),
      },
    );
    if (options.holdReturn) {
      await context.route(
        (url) => url.origin === origin && url.pathname === '/return',
        (route) =>
          route.fulfill({
            contentType: 'text/html',
            body: '<!doctype html><title>Return held back by the benchmark</title>',
          }),
      );
    }
    const app = await context.newPage();

    const openFlow = async (): Promise<OpenedFlow> => {
      await popup?.close();
      popup = undefined;
      await context.clearCookies();
      if (new URL(app.url()).origin === origin) {
        await app.evaluate(() => {
          window.localStorage.clear();
          window.sessionStorage.clear();
        });
      }
      const created = app.waitForResponse(
        (response) =>
          response.request().method() === 'POST' &&
          new URL(response.url()).pathname.startsWith('/api/webforms/'),
      );
      // If loading fails, the error to report is the load's, not this wait's.
      created.catch(() => undefined);
      await app.goto(`${appUrl}${FLOW_PATH}`);
      const webFormId = ((await (await created).json()) as { id: string }).id;
      const [opened] = await Promise.all([
        context.waitForEvent('page'),
        app.locator('[data-action="open-web-form"]').click(),
      ]);
      popup = opened;
      await opened.getByRole('button', { name: 'Complete', exact: true }).waitFor();
      return { popup: opened, webFormId };
    };

    return { context, app, openFlow, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
