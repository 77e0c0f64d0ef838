import type { Page } from 'playwright-core';

/** How the customer ends finAPI's form: the simulator page's three buttons. */
export type Ending =
  | { button: 'Complete' }
  | { button: 'Complete with error'; errorCode: string }
  | { button: 'Abort' };

/** The simulator's hosted form page, waiting for the customer. */
export async function waitForWebFormPage(page: Page): Promise<void> {
  await page.locator('main[data-page="form"]').waitFor();
}

/**
 * Ends the web form on the simulator's page as a customer would. After an error the page only
 * offers the way back (finAPI never sends the user back automatically then); with `followBack`
 * the customer clicks "Back to the app" (`backLabel` in another language).
 *
 * @example
 * await finishWebForm(page, { button: 'Complete with error', errorCode: 'BANK_SERVER_REJECTION' });
 */
export async function finishWebForm(
  page: Page,
  ending: Ending,
  {
    followBack = true,
    backLabel = 'Back to the app',
  }: { followBack?: boolean; backLabel?: string | undefined } = {},
): Promise<void> {
  await waitForWebFormPage(page);
  if (ending.button === 'Complete with error') {
    await page.getByLabel('Error code').selectOption(ending.errorCode);
  }
  await page.getByRole('button', { name: ending.button, exact: true }).click();
  if (ending.button === 'Complete with error') {
    // The page's language is the visitor's: the way back is named in it.
    const back = page.getByRole('link', { name: backLabel });
    await back.waitFor();
    if (followBack) await back.click();
  }
}

/** Where the app's return route is, with or without parameters. */
export function isReturnRoute(url: URL): boolean {
  return url.pathname === '/return';
}
