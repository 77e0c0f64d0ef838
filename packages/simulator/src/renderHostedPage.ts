import { KNOWN_WEB_FORM_ERROR_CODES, type WebFormType } from '@webform-kit/core';

/** What the hosted page shows; `kind` is also the page's `data-page` attribute. */
export type HostedPageView =
  | { kind: 'form'; id: string; type: WebFormType; expiresAt: string; pageToken: string }
  | { kind: 'completed' }
  | {
      kind: 'completed-with-error';
      errorCode: string;
      errorRedirectUrl: string | undefined;
      customerSupportUrl: string | undefined;
    }
  | { kind: 'aborted'; customerSupportUrl: string | undefined }
  | { kind: 'already-opened' }
  | { kind: 'expired' }
  | { kind: 'finished' }
  | { kind: 'not-found' }
  | { kind: 'forbidden' }
  | { kind: 'bad-request'; message: string };

/** The names of the hosted page's buttons, a contract other packages' tests rely on. */
export const HOSTED_PAGE_BUTTONS = {
  complete: 'Complete',
  completeWithError: 'Complete with error',
  abort: 'Abort',
} as const;

export const CLOSE_TAB_TEXT = 'You can close this tab now and return to the app.';

const TITLES: Record<WebFormType, string> = {
  BANK_CONNECTION_IMPORT: 'Connect your bank account',
  BANK_CONNECTION_UPDATE: 'Update your bank connection',
  STANDALONE_PAYMENT: 'Confirm your payment',
  PAYMENT_WITH_ACCOUNT_ID: 'Confirm your payment',
  DIRECT_DEBIT_WITH_ACCOUNT_ID: 'Confirm your direct debit',
  STANDING_ORDER: 'Confirm your standing order',
};

const STYLE = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#4a4a4a;--accent:#0b57d0}
@media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#121212;--muted:#c4c4c4;--accent:#8ab4f8}}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:36rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;line-height:1.25;margin:0 0 1rem}
p,dl{margin:0 0 1rem}
.note{color:var(--muted);font-size:.875rem}
dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
form{display:flex;flex-wrap:wrap;align-items:flex-end;gap:.5rem;margin:0 0 1rem}
.field{display:flex;flex-direction:column;gap:.25rem;min-width:0;max-width:100%}
label{font-weight:600}
button,select{font:inherit;min-height:2.75rem;max-width:100%;border-radius:.375rem;padding:.5rem 1rem}
button{border:2px solid var(--accent);background:var(--accent);color:var(--bg);cursor:pointer}
button.secondary{background:transparent;color:var(--accent)}
select{border:1px solid var(--muted);background:var(--bg);color:var(--fg)}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
ul.links{padding-left:1.25rem}
`;

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function pageTokenField(pageToken: string): string {
  return `<input type="hidden" name="pageToken" value="${escapeHtml(pageToken)}">`;
}

function link(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}

function formBody(view: Extract<HostedPageView, { kind: 'form' }>): [string, string] {
  const id = escapeHtml(view.id);
  const token = pageTokenField(view.pageToken);
  const options = KNOWN_WEB_FORM_ERROR_CODES.map(
    (code) => `<option value="${code}">${code}</option>`,
  ).join('');
  // Relative actions resolve against /wf/{id}, wherever the simulator is mounted.
  return [
    TITLES[view.type],
    `<p>This is the webform-kit simulator standing in for finAPI's web form. No bank is involved: choose how this web form ends.</p>
<dl><dt>Web form</dt><dd><code>${id}</code></dd><dt>Type</dt><dd><code>${escapeHtml(view.type)}</code></dd><dt>Expires</dt><dd><time>${escapeHtml(view.expiresAt)}</time></dd></dl>
<form method="post" action="${id}/complete">${token}<button type="submit">${HOSTED_PAGE_BUTTONS.complete}</button></form>
<form method="post" action="${id}/complete-with-error">${token}<div class="field"><label for="errorCode">Error code</label><select id="errorCode" name="errorCode">${options}</select></div><button type="submit">${HOSTED_PAGE_BUTTONS.completeWithError}</button></form>
<form method="post" action="${id}/abort">${token}<button type="submit" class="secondary">${HOSTED_PAGE_BUTTONS.abort}</button></form>`,
  ];
}

function content(view: HostedPageView): [heading: string, body: string] {
  const close = `<p>${CLOSE_TAB_TEXT}</p>`;
  switch (view.kind) {
    case 'form':
      return formBody(view);
    case 'completed':
      return ['Done', `<p>Your request has been completed.</p>${close}`];
    case 'completed-with-error': {
      const links = [
        view.errorRedirectUrl === undefined
          ? ''
          : `<li>${link(view.errorRedirectUrl, 'Back to the app')}</li>`,
        view.customerSupportUrl === undefined
          ? ''
          : `<li>${link(view.customerSupportUrl, 'Contact customer support')}</li>`,
      ].join('');
      return [
        'Something went wrong',
        `<p>The process could not be completed. Error code: <code>${escapeHtml(view.errorCode)}</code>.</p>${
          links === '' ? '' : `<ul class="links">${links}</ul>`
        }${view.errorRedirectUrl === undefined ? close : ''}`,
      ];
    }
    case 'aborted':
      return [
        'Cancelled',
        `<p>You cancelled the process.</p>${
          view.customerSupportUrl === undefined
            ? ''
            : `<p>${link(view.customerSupportUrl, 'Contact customer support')}</p>`
        }${close}`,
      ];
    case 'already-opened':
      return [
        'This link has already been used',
        '<p>For your security, a web form link can be opened only once. Return to the app and start again.</p>',
      ];
    case 'expired':
      return [
        'This web form has expired',
        '<p>Web form links are valid for a limited time only. Return to the app and start again.</p>',
      ];
    case 'finished':
      return ['This web form is already finished', '<p>Return to the app to see the result.</p>'];
    case 'not-found':
      return [
        'Web form not found',
        '<p>This link is not valid, or the web form has been deleted. Return to the app and start again.</p>',
      ];
    case 'forbidden':
      return [
        'This page cannot finish the web form',
        '<p>Only the page that opened the web form can finish it.</p>',
      ];
    case 'bad-request':
      return ['Invalid request', `<p>${escapeHtml(view.message)}</p>`];
  }
}

/**
 * The simulator's hosted web form page, or one of its end and error pages: plain server-rendered
 * HTML with inline CSS and no script, usable by keyboard and at 320 px wide.
 *
 * @example
 * new Response(renderHostedPage({ kind: 'expired' }), {
 *   headers: { 'content-type': 'text/html; charset=utf-8' },
 * });
 */
export function renderHostedPage(view: HostedPageView): string {
  const [heading, body] = content(view);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} – finAPI Web Form (simulator)</title>
<style>${STYLE}</style>
</head>
<body>
<main data-page="${view.kind}">
<h1>${escapeHtml(heading)}</h1>
${body}
<p class="note">webform-kit simulator of finAPI Web Form 2.0</p>
</main>
</body>
</html>
`;
}
