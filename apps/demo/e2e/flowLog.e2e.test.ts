/**
 * The walkthrough and the event log tell the story of the flow on screen and no other: a new
 * visitor sees nothing ticked and no one else's events, the lines come in time order with the
 * newest in view, and back on the start page the panels wait for the next flow.
 */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createJourney, expectAccessible } from './support/createJourney.ts';
import { rememberScenario, restoreScenario } from './support/demoControl.ts';
import { finishWebForm, isReturnRoute } from './support/finishWebForm.ts';
import { chooseFlow, openStartPage, openWebFormAction } from './support/openDemo.ts';
import { chromiumPerFile } from './support/chromiumPerFile.ts';

const chromium = chromiumPerFile();
beforeEach(rememberScenario);
afterEach(restoreScenario);

const log = (page: Page) => page.locator('[data-testid="event-log"]');
const ticked = (page: Page) =>
  page.locator('.demo-steps li[data-state="done"], .demo-steps li[data-state="current"]');

/** Runs a same-tab payment to its completed screen; resolves with its web form id. */
async function payAndReturn(page: Page): Promise<string> {
  await openStartPage(page);
  await chooseFlow(page, 'Pay by bank transfer');
  await openWebFormAction(page).click();
  await page.waitForURL((url) => url.pathname.startsWith('/wf/'));
  const id = /\/wf\/([0-9a-f-]{36})/.exec(page.url())?.[1] as string;
  await finishWebForm(page, { button: 'Complete' });
  await page.waitForURL(isReturnRoute);
  await page.locator('[data-screen="completed"]').waitFor();
  return id;
}

test('each visitor sees only the flow on screen, in time order, the newest line in view', async () => {
  const journey = createJourney('flow log per flow');
  await chromium.session(async (first) => {
    const other = await first.newPage();
    const otherFlow = await payAndReturn(other);

    await chromium.session(async (context) => {
      const page = await context.newPage();
      await openStartPage(page);
      // Nothing has happened for this visitor: nothing ticked, nothing logged, nothing replayed.
      expect(await ticked(page).count()).toBe(0);
      expect(await log(page).count()).toBe(0);
      await expectAccessible(page);

      const flow = await payAndReturn(page);
      expect(flow).not.toBe(otherFlow);
      // The outcome is the last line, in view in the scrolling list.
      const last = log(page).locator('li').last();
      await log(page).locator('li[data-type="outcome"]').waitFor();
      await expect.poll(() => last.getAttribute('data-type')).toBe('outcome');
      expect(await log(page).getAttribute('data-flow')).toBe(flow);
      const inView = await last.evaluate((item) => {
        const list = item.parentElement as HTMLElement;
        const box = item.getBoundingClientRect();
        const frame = list.getBoundingClientRect();
        return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      });
      expect(inView).toBe(true);

      const lines = await log(page)
        .locator('li')
        .evaluateAll((items) =>
          items.map((item) => ({
            source: item.getAttribute('data-source'),
            type: item.getAttribute('data-type'),
            at: Date.parse(item.querySelector('time')?.getAttribute('datetime') ?? ''),
            text: item.textContent ?? '',
          })),
        );
      // In the order they happened, so the time since the start never runs backwards.
      const times = lines.map((line) => line.at);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      // This flow's story, told by the app and by its backend, and nothing of the other visitor's.
      expect(lines.map((line) => line.type)).toContain('created');
      expect(lines.some((line) => line.source === 'proxy')).toBe(true);
      expect(lines.filter((line) => line.text.includes(otherFlow))).toEqual([]);
      expect(lines.some((line) => line.text.includes(flow))).toBe(true);
      // Plain words: the customer, the bank, finAPI, never an event name on its own.
      expect(lines.map((line) => line.text).join('\n')).toContain(
        'The customer went to the bank’s form',
      );

      const current = page.locator('.demo-steps li[aria-current="step"] h3');
      expect(await current.textContent()).toBe('The outcome');
      expect(await page.locator('.demo-steps li[data-state="done"]').count()).toBe(5);
      await expectAccessible(page);
      await journey.snapshot(page, 'completed with its log');

      // Back on the start page the panels wait for the next flow.
      await page.getByRole('link', { name: 'Demo Bank' }).click();
      await page.getByRole('heading', { name: 'What would you like to do?' }).waitFor();
      expect(await ticked(page).count()).toBe(0);
      expect(await log(page).count()).toBe(0);
    });
  });
});
