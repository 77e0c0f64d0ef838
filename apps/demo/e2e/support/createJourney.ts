import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { ARTIFACTS_DIR, slugOf } from './artifacts.ts';

/** What axe found, short enough to read in a failed assertion. */
interface ViolationSummary {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Checks a page with axe (every rule axe runs by default): zero violations expected.
 *
 * @example
 * await expectAccessible(page);
 */
export async function expectAccessible(page: Page): Promise<void> {
  // Legacy mode runs axe in the page itself instead of opening a blank page to merge frame
  // results: half the time, and the demo's pages have no frames to merge.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const summary: ViolationSummary[] = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

export interface ScreenOptions {
  /** The screen's finer state (`data-state`) to wait for, e.g. `IN_PROGRESS`. */
  state?: string;
  /** Which tab, in the screenshot's name: `app tab`, `form tab`. */
  tab?: string;
}

/** One test's way through the screens: each screen checked with axe and photographed in order. */
export interface Journey {
  /**
   * Waits for the screen (`data-screen`, and `data-state` when `state` is given), checks the
   * whole page with axe and saves a screenshot as `artifacts/e2e/<test>/<nn>-<screen>[-<tab>].png`.
   * Resolves to the screen's root element. `tab` tells the tabs apart when a test has several.
   */
  expectScreen(page: Page, screen: string, options?: ScreenOptions): Promise<Locator>;
  /**
   * A screenshot of anything else worth keeping (the simulator's page); `fullPage` takes the
   * whole page rather than the viewport.
   */
  snapshot(page: Page, name: string, options?: { fullPage?: boolean }): Promise<void>;
}

/**
 * Starts a journey for one test (its name becomes the screenshots' folder).
 *
 * @example
 * const journey = createJourney('standalone-payment: Complete');
 * await journey.expectScreen(page, 'redirect');
 */
export function createJourney(testName: string): Journey {
  const dir = join(ARTIFACTS_DIR, slugOf(testName));
  let step = 0;
  const snapshot = async (page: Page, name: string, { fullPage = false } = {}) => {
    step += 1;
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${String(step).padStart(2, '0')}-${slugOf(name)}.png`);
    try {
      await page.screenshot({ path, fullPage });
    } catch (error) {
      // Chromium sometimes cannot capture a frame on a loaded machine ("Unable to capture
      // screenshot"): the picture is an artifact for people, not what the test checks, so it is
      // taken once more after the next frame, and a second failure is reported as it is.
      if (!String(error).includes('Unable to capture screenshot')) throw error;
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      await page.screenshot({ path, fullPage });
    }
  };
  return {
    async expectScreen(page, screen, { state, tab } = {}) {
      const stateSelector = state === undefined ? '' : `[data-state="${state}"]`;
      const root = page.locator(`[data-screen="${screen}"]${stateSelector}`);
      try {
        await root.waitFor({ state: 'visible' });
      } catch (error) {
        // Say what the page shows instead, and keep its picture: a timeout alone tells neither.
        const shown = await page
          .locator('[data-screen]')
          .evaluateAll((nodes) =>
            nodes.map((node) => {
              const { screen: name = '', state: finer } = (node as HTMLElement).dataset;
              return finer === undefined ? name : `${name} (${finer})`;
            }),
          )
          .catch(() => ['(the page could not be read)']);
        await snapshot(page, `instead of ${screen}`).catch(() => {});
        throw new Error(
          `no ${screen}${state === undefined ? '' : ` (${state})`} screen on ${page.url()}; ` +
            `shown: ${shown.length === 0 ? 'no screen' : shown.join(', ')}`,
          { cause: error },
        );
      }
      await expectAccessible(page);
      await snapshot(page, tab === undefined ? screen : `${screen} ${tab}`);
      return root;
    },
    snapshot,
  };
}
