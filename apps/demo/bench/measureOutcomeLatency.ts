import type { Browser } from 'playwright-core';
import { createFlowTab, type FlowOptions, type FlowTab } from './openFlow.ts';

declare global {
  interface Window {
    __benchShownAt?: number;
    __benchClicked?: (at: number) => void;
  }
}

export interface LatencyResult {
  /** Milliseconds from the click on "Complete" to the completed screen in the app tab. */
  samples: number[];
  /** Runs that did not reach the completed screen in time (left out of the samples). */
  failed: number;
}

const RUN_TIMEOUT_MS = 15_000;
/**
 * The kit's default poll interval (packages/react/src/hooks/pollingPolicy.ts), which is also the
 * proxy's poll of finAPI while a stream is open (packages/proxy/src/options.ts).
 */
const CYCLE_MS = 2_000;

/**
 * Runs the customer's path `runs` times (plus one warm-up run that is not counted): open the form
 * in a new tab, press "Complete" there, and time until the app tab shows `data-screen="completed"`.
 * Both ends are stamped with `Date.now()` inside the browser, one machine and one clock: the click
 * in the form's tab (a capture listener) and the screen's insertion in the app tab (a
 * MutationObserver, so a throttled background tab's paint does not count against the kit).
 *
 * @example
 * const { samples } = await measureOutcomeLatency(browser, demo.url, { push: true }, 20);
 */
export async function measureOutcomeLatency(
  browser: Browser,
  appUrl: string,
  options: FlowOptions,
  runs: number,
): Promise<LatencyResult> {
  const result: LatencyResult = { samples: [], failed: 0 };
  const tab = await createFlowTab(browser, appUrl, options);
  try {
    for (let run = 0; run <= runs; run++) {
      try {
        const sample = await timeOneRun(tab);
        if (run > 0) result.samples.push(sample);
      } catch (error) {
        if (run > 0) result.failed++;
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.warn(`    run ${run} failed: ${message}`);
      }
    }
  } finally {
    await tab.close();
  }
  return result;
}

async function timeOneRun(tab: FlowTab): Promise<number> {
  const { popup } = await tab.openFlow();
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  await tab.app.evaluate((selector) => {
    new MutationObserver(function (_records, observer) {
      if (window.__benchShownAt === undefined && document.querySelector(selector)) {
        window.__benchShownAt = Date.now();
        observer.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true });
    if (document.querySelector(selector)) window.__benchShownAt = Date.now();
  }, '[data-screen="completed"]');
  let clickedAt: number | undefined;
  await popup.exposeFunction('__benchClicked', (at: number) => {
    clickedAt = at;
  });
  await popup.evaluate(() =>
    document.addEventListener('click', () => window.__benchClicked?.(Date.now()), {
      capture: true,
      once: true,
    }),
  );
  // A customer spends some time on the form. A pause drawn from one cycle puts the click at any
  // phase of the two periodic things the latency depends on, instead of at the same phase every
  // run: the kit's polling and the proxy's reads of finAPI (every 2 s while a stream is open, at
  // most one a second, so a callback just after a read waits out the rest of that second).
  await popup.waitForTimeout(Math.random() * CYCLE_MS);
  await popup.getByRole('button', { name: 'Complete', exact: true }).click();
  const shown = await tab.app.waitForFunction(() => window.__benchShownAt, null, {
    timeout: RUN_TIMEOUT_MS,
    polling: 50,
  });
  const shownAt = (await shown.jsonValue()) as number;
  if (clickedAt === undefined) throw new Error('the click in the form tab was not stamped');
  return shownAt - clickedAt;
}
