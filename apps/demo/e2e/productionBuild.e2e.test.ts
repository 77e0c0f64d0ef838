/**
 * The demo these tests drive is the production build users get, not a development one: Vitest
 * runs with `NODE_ENV=test`, which once made the global setup's `vite build` bundle React's
 * development build. That changes what is tested (StrictMode runs every effect twice) and broke
 * a test at random: the start page's second scenario POST could land after the test's own.
 */
import { expect, test } from 'vitest';
import { openStartPage } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();

declare global {
  interface Window {
    /** What each React renderer told the DevTools hook its build is: 0 production, 1 development. */
    reactBundleTypes?: number[];
  }
}

test('the demo runs React’s production build, and a page load applies its scenario once', async () => {
  await chromium.session(async (context) => {
    const page = await context.newPage();
    // React introduces itself to the DevTools hook, when one is there, with its bundle type.
    await page.addInitScript(() => {
      const bundleTypes: number[] = [];
      window.reactBundleTypes = bundleTypes;
      Object.assign(window, {
        __REACT_DEVTOOLS_GLOBAL_HOOK__: {
          supportsFiber: true,
          isDisabled: false,
          renderers: new Map(),
          inject(renderer: { bundleType: number }) {
            bundleTypes.push(renderer.bundleType);
            return bundleTypes.length;
          },
          checkDCE() {},
          onCommitFiberRoot() {},
          onCommitFiberUnmount() {},
          onPostCommitFiberRoot() {},
          setStrictMode() {},
        },
      });
    });
    let scenarioPosts = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/__simulator/scenario')) {
        scenarioPosts += 1;
      }
    });

    await openStartPage(page);

    expect(await page.evaluate(() => window.reactBundleTypes)).toEqual([0]);
    // Given a moment, no second POST follows the one openStartPage waited for.
    await page.waitForTimeout(500);
    expect(scenarioPosts).toBe(1);
  });
});
