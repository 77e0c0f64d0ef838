import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './launchChromium.ts';
import { newSession } from './openDemo.ts';

export interface ChromiumForFile {
  /** The file's browser, once beforeAll has launched it. */
  browser(): Browser;
  /**
   * Runs `run` in a fresh browser session (new context: its own cookies and storage, so its own
   * proxy session), closed afterwards whatever happens.
   */
  session<T>(
    run: (context: BrowserContext) => Promise<T>,
    viewport?: { width: number; height: number },
  ): Promise<T>;
}

/**
 * One Chromium for the test file that calls it: launched before its tests, closed after them.
 *
 * @example
 * const chromium = chromiumPerFile();
 * test('...', () => chromium.session(async (context) => { ... }));
 */
export function chromiumPerFile(): ChromiumForFile {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const get = () => {
    if (browser === undefined) throw new Error('Chromium is launched in beforeAll');
    return browser;
  };
  return {
    browser: get,
    async session(run, viewport) {
      const context = await newSession(get(), viewport);
      try {
        return await run(context);
      } finally {
        await context.close();
      }
    },
  };
}
