import type { Browser, Request } from 'playwright-core';
import { createFlowTab } from './openFlow.ts';

export interface StatusRequests {
  push: boolean;
  windowMs: number;
  /** `GET /api/webforms/{id}` started in the window. */
  statusGets: number;
  /** `GET /api/webforms/{id}/events` started in the window (reconnects). */
  streamsOpened: number;
  /** Event streams already open when the window began. */
  streamsOpenAtStart: number;
  /** Any other request of the app tab in the window. */
  otherRequests: number;
}

/**
 * Counts the app tab's requests about one web form while the customer keeps the form open in the
 * other tab for `windowMs` of real time; the window starts once the form is on screen.
 *
 * @example
 * const polling = await measureStatusRequests(browser, demo.url, false, 60_000);
 */
export async function measureStatusRequests(
  browser: Browser,
  appUrl: string,
  push: boolean,
  windowMs: number,
): Promise<StatusRequests> {
  const result: StatusRequests = {
    push,
    windowMs,
    statusGets: 0,
    streamsOpened: 0,
    streamsOpenAtStart: 0,
    otherRequests: 0,
  };
  const tab = await createFlowTab(browser, appUrl, { push });
  try {
    // Streams started and not yet finished, to tell which were open when the window began.
    const open = new Set<Request>();
    // Known once the web form exists; nothing is counted before.
    const paths = { status: '', events: '' };
    let counting = false;
    tab.app.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('/events')) open.add(request);
      if (!counting) return;
      if (path === paths.events) result.streamsOpened++;
      else if (path === paths.status && request.method() === 'GET') result.statusGets++;
      else result.otherRequests++;
    });
    const settle = (request: Request) => open.delete(request);
    tab.app.on('requestfinished', settle);
    tab.app.on('requestfailed', settle);

    const { webFormId } = await tab.openFlow();
    const status = `/api/webforms/${webFormId}`;
    const events = `${status}/events`;
    result.streamsOpenAtStart = [...open].filter(
      (request) => new URL(request.url()).pathname === events,
    ).length;
    paths.status = status;
    paths.events = events;
    counting = true;
    await tab.app.waitForTimeout(windowMs);
    return result;
  } finally {
    await tab.close();
  }
}
