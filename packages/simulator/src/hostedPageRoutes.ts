import { ErrorCodeSchema, isFinalWebFormStatus } from '@webform-kit/core';
import { Hono, type Context } from 'hono';
import type { WebFormRecord } from './createFinapiState.ts';
import { isHostedPageLanguage } from './HostedPageLanguage.ts';
import type { FormView, HostedPageView, JourneyField } from './HostedPageView.ts';
import { orderSummaryOf } from './orderSummaryOf.ts';
import { pageDressOf } from './pageDressOf.ts';
import { purposeOf } from './purposeOf.ts';
import { readReturnUrls } from './readReturnUrls.ts';
import { renderHostedPage } from './renderHostedPage.ts';
import { bankById } from './simulatorBanks.ts';
import type { SimulatorDeps } from './SimulatorDeps.ts';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  // No script at all; styles are inline. form-action is left open on purpose: browsers apply it
  // to the redirect after a form post, which must reach the app's return URL.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // The page follows the browser's language when nothing fixes it.
  vary: 'Accept-Language',
};

// The URL is one-time and finite: every way a form can be unavailable gets its own page.
function isUnavailable(record: WebFormRecord | undefined): boolean {
  return record === undefined || record.deleted || record.status === 'EXPIRED';
}

const OUTCOMES = ['complete', 'complete-with-error', 'abort'] as const;
const ACTIONS = [...OUTCOMES, 'continue', 'language'] as const;
type Action = (typeof ACTIONS)[number];

/** A bank visit's typed fields are short; anything longer is refused like an empty one. */
const MAX_FIELD_LENGTH = 64;

/**
 * The hosted web form at `/wf/{id}`: the first open moves the form to `IN_PROGRESS` and shows
 * the first step of a simulated bank visit, with the demo controls beside it; every later open
 * shows the one-time error page. The demo controls post to
 * `/wf/{id}/{complete | complete-with-error | abort}`, the visit's steps to `/wf/{id}/continue`,
 * the language selector to `/wf/{id}/language`, all with the page's token.
 */
export function hostedPageRoutes(deps: SimulatorDeps): Hono {
  const app = new Hono();

  const page = (
    c: Context,
    view: HostedPageView,
    status: number,
    record?: WebFormRecord | undefined,
  ): Response => {
    const dress = pageDressOf({
      presentation: record === undefined ? undefined : deps.users.presentationOf(record.username),
      chosen: record?.opened?.language,
      acceptLanguage: c.req.header('accept-language'),
    });
    return new Response(renderHostedPage(view, dress), { status, headers: PAGE_HEADERS });
  };

  const unavailablePage = (c: Context, record: WebFormRecord | undefined): Response => {
    if (record === undefined) return page(c, { kind: 'not-found' }, 404);
    if (record.deleted) return page(c, { kind: 'not-found' }, 410, record);
    return page(c, { kind: 'expired' }, 410, record);
  };

  const formView = (
    record: WebFormRecord & { opened: NonNullable<WebFormRecord['opened']> },
    actionPrefix: string,
    mistakes: { invalid?: readonly JourneyField[]; userId?: string } = {},
  ): FormView => ({
    kind: 'form',
    id: record.id,
    type: record.type,
    pageToken: record.opened.pageToken,
    actionPrefix,
    step: record.opened.journey.step,
    steps: record.opened.journey.steps,
    bank: record.opened.journey.bank,
    summary: orderSummaryOf(record.details),
    expiresInMs: record.expiresAt - deps.now(),
    invalid: mistakes.invalid ?? [],
    userId: mistakes.userId ?? '',
  });

  app.get('/wf/:id', (c) => {
    // Hono answers HEAD with the GET handler. Link previews and prefetchers send HEAD; it must
    // not use up the one-time URL.
    if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers: PAGE_HEADERS });
    const record = deps.state.webForm(c.req.param('id'));
    if (record === undefined || isUnavailable(record)) return unavailablePage(c, record);
    if (record.opened !== undefined) return page(c, { kind: 'already-opened' }, 410, record);
    if (isFinalWebFormStatus(record.status)) return page(c, { kind: 'finished' }, 410, record);

    const returnUrls = readReturnUrls(new URL(c.req.url).searchParams);
    deps.state.openWebForm(record, returnUrls);
    const opened = record as WebFormRecord & { opened: NonNullable<WebFormRecord['opened']> };
    // Relative actions resolve against /wf/{id}, wherever the simulator is mounted.
    return page(c, formView(opened, `${encodeURIComponent(record.id)}/`), 200, record);
  });

  app.post('/wf/:id/:action', async (c) => {
    const action = c.req.param('action') as Action;
    if (!ACTIONS.includes(action)) return page(c, { kind: 'not-found' }, 404);
    const record = deps.state.webForm(c.req.param('id'));
    if (record === undefined || isUnavailable(record)) return unavailablePage(c, record);

    const form = await c.req.parseBody();
    const opened = record.opened;
    if (opened === undefined || form['pageToken'] !== opened.pageToken) {
      return page(c, { kind: 'forbidden' }, 403, record);
    }
    if (isFinalWebFormStatus(record.status)) return page(c, { kind: 'finished' }, 409, record);
    const openedRecord = record as WebFormRecord & { opened: NonNullable<WebFormRecord['opened']> };
    const { redirectUrl, errorRedirectUrl, abortRedirectUrl, customerSupportUrl } =
      opened.returnUrls;
    // This page is /wf/{id}/{action}: relative actions resolve against /wf/{id}/.
    const again = (status: number, mistakes?: Parameters<typeof formView>[2]) =>
      page(c, formView(openedRecord, '', mistakes), status, record);

    const complete = () => {
      deps.state.finishWebForm(record, 'COMPLETED');
      // finAPI sends the user to redirectUrl on success without asking.
      return redirectUrl === undefined
        ? page(c, { kind: 'completed', purpose: purposeOf(record.type) }, 200, record)
        : c.redirect(redirectUrl, 303);
    };

    switch (action) {
      case 'complete':
        return complete();
      case 'complete-with-error': {
        const errorCode = ErrorCodeSchema.safeParse(form['errorCode']);
        if (!errorCode.success) return page(c, { kind: 'bad-request' }, 400, record);
        deps.state.finishWebForm(record, 'COMPLETED_WITH_ERROR', errorCode.data);
        // Not a redirect: finAPI leaves the user time to read the error (its docs say so).
        return page(
          c,
          {
            kind: 'completed-with-error',
            errorCode: errorCode.data,
            errorRedirectUrl,
            customerSupportUrl,
          },
          200,
          record,
        );
      }
      case 'abort':
        deps.state.finishWebForm(record, 'ABORTED');
        // finAPI: abortRedirectUrl has "the same philosophy as redirectUrl", i.e. automatic.
        return abortRedirectUrl === undefined
          ? page(c, { kind: 'aborted', customerSupportUrl }, 200, record)
          : c.redirect(abortRedirectUrl, 303);
      case 'language': {
        // finAPI's header selector; a fixed language (the presentation knob) hides it.
        const language = form['language'];
        if (isHostedPageLanguage(language)) opened.language = language;
        return again(200);
      }
      case 'continue': {
        const journey = opened.journey;
        // A page left behind (the back button) shows where the visit stands, skipping nothing.
        if (form['step'] !== journey.step) return again(200);
        const text = (name: string) => {
          const value = form[name];
          return typeof value === 'string' ? value.trim() : '';
        };
        const filled = (value: string) => value !== '' && value.length <= MAX_FIELD_LENGTH;
        switch (journey.step) {
          case 'bank': {
            const bank = bankById(Number(text('bank')));
            if (bank === undefined) return again(400, { invalid: ['bank'] });
            journey.bank = bank;
            break;
          }
          case 'login': {
            const invalid = (['userId', 'pin'] as const).filter((name) => !filled(text(name)));
            if (invalid.length > 0) {
              return again(400, { invalid, userId: text('userId').slice(0, MAX_FIELD_LENGTH) });
            }
            break;
          }
          case 'review':
            break;
          case 'tan':
            if (!/^\d{6}$/.test(text('tan'))) return again(400, { invalid: ['tan'] });
            // The TAN confirms the order: the web form is done, as with "Complete".
            return complete();
        }
        const next = journey.steps[journey.steps.indexOf(journey.step) + 1];
        if (next !== undefined) journey.step = next;
        return again(200);
      }
    }
  });

  return app;
}
