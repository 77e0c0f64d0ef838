import { ErrorCodeSchema, isFinalWebFormStatus } from '@webform-kit/core';
import { Hono } from 'hono';
import type { WebFormRecord } from './createFinapiState.ts';
import { formatFinapiTimestamp } from './formatFinapiTimestamp.ts';
import { readReturnUrls } from './readReturnUrls.ts';
import { renderHostedPage, type HostedPageView } from './renderHostedPage.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // No script at all; styles are inline. form-action is left open on purpose: browsers apply it
  // to the redirect after a form post, which must reach the app's return URL.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function page(view: HostedPageView, status: number): Response {
  return new Response(renderHostedPage(view), { status, headers: PAGE_HEADERS });
}

// The URL is one-time and finite: every way a form can be unavailable gets its own page.
function isUnavailable(record: WebFormRecord | undefined): boolean {
  return record === undefined || record.deleted || record.status === 'EXPIRED';
}

function unavailablePage(record: WebFormRecord | undefined): Response {
  if (record === undefined) return page({ kind: 'not-found' }, 404);
  if (record.deleted) return page({ kind: 'not-found' }, 410);
  return page({ kind: 'expired' }, 410);
}

const ACTIONS = ['complete', 'complete-with-error', 'abort'] as const;
type Action = (typeof ACTIONS)[number];

/**
 * The hosted web form at `/wf/{id}`: the first open moves the form to `IN_PROGRESS` and shows
 * the buttons; every later open shows the one-time error page. The buttons post to
 * `/wf/{id}/{complete | complete-with-error | abort}` with the page's token.
 */
export function hostedPageRoutes(deps: SimulatorDeps): Hono {
  const app = new Hono();

  app.get('/wf/:id', (c) => {
    // Hono answers HEAD with the GET handler. Link previews and prefetchers send HEAD; it must
    // not use up the one-time URL.
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: PAGE_HEADERS });
    const record = deps.state.webForm(c.req.param('id'));
    if (record === undefined || isUnavailable(record)) return unavailablePage(record);
    if (record.opened !== undefined) return page({ kind: 'already-opened' }, 410);
    if (isFinalWebFormStatus(record.status)) return page({ kind: 'finished' }, 410);

    const returnUrls = readReturnUrls(new URL(c.req.url).searchParams);
    const pageToken = deps.state.openWebForm(record, returnUrls);
    return page(
      {
        kind: 'form',
        id: record.id,
        type: record.type,
        expiresAt: formatFinapiTimestamp(record.expiresAt),
        pageToken,
      },
      200,
    );
  });

  app.post('/wf/:id/:action', async (c) => {
    const action = c.req.param('action') as Action;
    if (!ACTIONS.includes(action)) return page({ kind: 'not-found' }, 404);
    const record = deps.state.webForm(c.req.param('id'));
    if (record === undefined || isUnavailable(record)) return unavailablePage(record);

    const form = await c.req.parseBody();
    const opened = record.opened;
    if (opened === undefined || form['pageToken'] !== opened.pageToken) {
      return page({ kind: 'forbidden' }, 403);
    }
    if (isFinalWebFormStatus(record.status)) return page({ kind: 'finished' }, 409);
    const { redirectUrl, errorRedirectUrl, abortRedirectUrl, customerSupportUrl } =
      opened.returnUrls;

    switch (action) {
      case 'complete':
        deps.state.finishWebForm(record, 'COMPLETED');
        // finAPI sends the user to redirectUrl on success without asking.
        return redirectUrl === undefined
          ? page({ kind: 'completed' }, 200)
          : c.redirect(redirectUrl, 303);
      case 'complete-with-error': {
        const errorCode = ErrorCodeSchema.safeParse(form['errorCode']);
        if (!errorCode.success) {
          return page({ kind: 'bad-request', message: 'Choose one of the error codes.' }, 400);
        }
        deps.state.finishWebForm(record, 'COMPLETED_WITH_ERROR', errorCode.data);
        // Not a redirect: finAPI leaves the user time to read the error (its docs say so).
        return page(
          {
            kind: 'completed-with-error',
            errorCode: errorCode.data,
            errorRedirectUrl,
            customerSupportUrl,
          },
          200,
        );
      }
      case 'abort':
        deps.state.finishWebForm(record, 'ABORTED');
        // finAPI: abortRedirectUrl has "the same philosophy as redirectUrl", i.e. automatic.
        return abortRedirectUrl === undefined
          ? page({ kind: 'aborted', customerSupportUrl }, 200)
          : c.redirect(abortRedirectUrl, 303);
    }
  });

  return app;
}
