/**
 * Every flow on the start page, round trip, in a real browser: the card, the screen that offers
 * finAPI's form, the simulator's page, each of its three endings, the way back to /return and the
 * outcome the proxy confirms. 6 flows x 3 endings = 18 round trips.
 *
 * None of them changes the simulator's scenario (every page load applies the demo's default
 * one). They run one after the other all the same: the machine's two cores are the limit, and
 * two updates of the demo's one bank connection at once are refused by finAPI (423 LOCKED).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { createJourney } from './support/createJourney.ts';
import { readScenario } from './support/demoControl.ts';
import {
  ERROR_HEADINGS,
  FLOW_CARDS,
  GENERAL_ERROR_HEADING,
  type DemoFlowCard,
} from './support/demoFlows.ts';
import { finishWebForm, isReturnRoute, type Ending } from './support/finishWebForm.ts';
import { chooseFlow, openStartPage, openWebFormAction } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();

function endingsOf(card: DemoFlowCard): Ending[] {
  return [
    { button: 'Complete' },
    { button: 'Complete with error', errorCode: card.errorCode },
    { button: 'Abort' },
  ];
}

const SCREEN_OF: Record<Ending['button'], string> = {
  Complete: 'completed',
  'Complete with error': 'completed-with-error',
  Abort: 'aborted',
};

/** The option chosen for "Background update" in the demo settings. */
function backgroundUpdateSetting(page: Page): Promise<string> {
  return page
    .getByLabel('Background update', { exact: true })
    .evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
}

function heading(page: Page) {
  return page.locator('[data-screen]').getByRole('heading', { level: 1 });
}

describe('round trip from the start page through the simulator and back', () => {
  for (const card of FLOW_CARDS) {
    for (const ending of endingsOf(card)) {
      test(`${card.kind}: "${ending.button}" shows the ${SCREEN_OF[ending.button]} screen`, async () => {
        const journey = createJourney(`round trip ${card.kind} ${ending.button}`);
        await chromium.session(async (context) => {
          const page = await context.newPage();
          await openStartPage(page);
          if (card.kind === 'bank-connection-update') {
            // The background update needs the customer only when the bank asks for it: the demo's
            // default setting, which the page has just applied to the simulator.
            expect(await backgroundUpdateSetting(page)).toBe('Bank asks for the customer');
            expect((await readScenario()).taskMode).toBe('web-form-required');
          }
          await chooseFlow(page, card.title);
          await journey.expectScreen(page, card.offerScreen);

          await openWebFormAction(page).click();
          await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
          await journey.snapshot(page, 'simulator form');
          await finishWebForm(page, ending);

          await page.waitForURL(isReturnRoute);
          const screen = await journey.expectScreen(page, SCREEN_OF[ending.button]);
          // The return parameters are gone from the address bar.
          expect(new URL(page.url()).search).toBe('');
          expect(new URL(page.url()).pathname).toBe('/return');

          const title = await heading(page).textContent();
          if (ending.button === 'Complete') {
            expect(title).toBe(card.completedHeading);
          } else if (ending.button === 'Complete with error') {
            expect(await screen.getAttribute('data-state')).toBe(ending.errorCode);
            expect(title).toBe(card.errorHeading);
            if (card.errorHeading === ERROR_HEADINGS[ending.errorCode]) {
              // The wording is the code's own, not the general one nor another code's.
              const others = Object.entries(ERROR_HEADINGS)
                .filter(([code]) => code !== ending.errorCode)
                .map(([, text]) => text);
              expect([GENERAL_ERROR_HEADING, ...others]).not.toContain(title);
            }
            // Customers never read finAPI's raw enum.
            expect(await screen.textContent()).not.toContain(ending.errorCode);
          } else {
            expect(title).toBe(card.abortedHeading);
          }
        });
      });
    }
  }
});
