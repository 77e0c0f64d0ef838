import { expect } from 'vitest';

/**
 * The customer at the simulator's hosted form, without a browser: opens it and completes it.
 *
 * @example
 * await completeAtTheBank(webForm.url);
 */
export async function completeAtTheBank(url: string): Promise<void> {
  const page = await (await fetch(url)).text();
  const pageToken = /name="pageToken" value="([^"]+)"/.exec(page)?.[1];
  if (pageToken === undefined) throw new Error(`no pageToken on the form:\n${page.slice(0, 500)}`);
  const response = await fetch(`${url}/complete`, {
    method: 'POST',
    body: new URLSearchParams({ pageToken }),
    redirect: 'manual',
  });
  expect(response.status).toBeLessThan(400);
}
