import { escapeHtml } from './escapeHtml.ts';
import { HOSTED_PAGE_LANGUAGES } from './HostedPageLanguage.ts';
import { HOSTED_PAGE_STYLE } from './hostedPageStyle.ts';
import type { HostedPageView, PageDress } from './HostedPageView.ts';
import { en } from './messages/en.ts';
import { HOSTED_PAGE_MESSAGES, type HostedPageMessages } from './messages/index.ts';
import { renderDemoControls } from './renderDemoControls.ts';
import { pageTokenField, renderJourneyStep } from './renderJourneyStep.ts';

export { HOSTED_PAGE_BUTTONS } from './renderDemoControls.ts';

/** The English "close this tab" line of the end pages (each language has its own). */
export const CLOSE_TAB_TEXT = en.closeTab;

const LOCK_ICON =
  '<svg class="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 7V5a4 4 0 1 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z"/></svg>';

function link(href: string, text: string, returnParam?: string): string {
  const data = returnParam === undefined ? '' : ` data-return="${returnParam}"`;
  return `<a href="${escapeHtml(href)}"${data}>${escapeHtml(text)}</a>`;
}

function content(view: HostedPageView, t: HostedPageMessages): [heading: string, body: string] {
  const close = `<p>${escapeHtml(t.closeTab)}</p>`;
  const card = (heading: string, inner: string) =>
    `<div class="card"><h1>${escapeHtml(heading)}</h1>${inner}</div>`;
  const simple = (heading: string, text: string): [string, string] => [
    heading,
    card(heading, `<p>${escapeHtml(text)}</p>`),
  ];
  switch (view.kind) {
    case 'form': {
      const { heading, body } = renderJourneyStep(view, t);
      return [heading, body];
    }
    case 'completed': {
      const heading = t.completedHeading[view.purpose];
      return [heading, card(heading, `<p>${escapeHtml(t.completedText)}</p>${close}`)];
    }
    case 'completed-with-error': {
      const links = [
        view.errorRedirectUrl === undefined
          ? ''
          : `<li>${link(view.errorRedirectUrl, t.backToApp, 'errorRedirectUrl')}</li>`,
        view.customerSupportUrl === undefined
          ? ''
          : `<li>${link(view.customerSupportUrl, t.support, 'customerSupportUrl')}</li>`,
      ].join('');
      return [
        t.errorHeading,
        card(
          t.errorHeading,
          `<p>${escapeHtml(t.errorText)}</p><p>${escapeHtml(t.errorReference)} <code>${escapeHtml(view.errorCode)}</code></p>${
            links === '' ? '' : `<ul class="links">${links}</ul>`
          }${view.errorRedirectUrl === undefined ? close : ''}`,
        ),
      ];
    }
    case 'aborted':
      return [
        t.abortedHeading,
        card(
          t.abortedHeading,
          `<p>${escapeHtml(t.abortedText)}</p>${
            view.customerSupportUrl === undefined
              ? ''
              : `<p>${link(view.customerSupportUrl, t.support, 'customerSupportUrl')}</p>`
          }${close}`,
        ),
      ];
    case 'already-opened':
      return simple(t.alreadyOpenedHeading, t.alreadyOpenedText);
    case 'expired':
      return simple(t.expiredHeading, t.expiredText);
    case 'finished':
      return simple(t.finishedHeading, t.finishedText);
    case 'not-found':
      return simple(t.notFoundHeading, t.notFoundText);
    case 'forbidden':
      return simple(t.forbiddenHeading, t.forbiddenText);
    case 'bad-request':
      return simple(t.badRequestHeading, t.chooseErrorCode);
  }
}

function languageSelector(
  view: { pageToken: string; actionPrefix: string },
  t: HostedPageMessages,
): string {
  const options = HOSTED_PAGE_LANGUAGES.map((lang) => {
    const name = HOSTED_PAGE_MESSAGES[lang].languageName;
    return `<option value="${lang}" lang="${lang}"${lang === t.lang ? ' selected' : ''}>${escapeHtml(name)}</option>`;
  }).join('');
  return `<form method="post" action="${escapeHtml(`${view.actionPrefix}language`)}" class="lang">${pageTokenField(view.pageToken)}<label for="page-language">${escapeHtml(t.languageLabel)}</label><select id="page-language" name="language">${options}</select><button type="submit" class="secondary">${escapeHtml(t.languageSubmit)}</button></form>`;
}

/**
 * The simulator's hosted web form page, or one of its end and error pages: plain server-rendered
 * HTML with inline CSS and no script, in the page's language and theme, usable by keyboard and at
 * 320 px wide. A step of the form carries the demo controls, and the language selector unless the
 * language is fixed.
 *
 * @example
 * new Response(renderHostedPage({ kind: 'expired' }, { messages: en, theme: null, languageSelector: false }), {
 *   headers: { 'content-type': 'text/html; charset=utf-8' },
 * });
 */
export function renderHostedPage(view: HostedPageView, dress: PageDress): string {
  const t = dress.messages;
  const [heading, body] = content(view, t);
  const isForm = view.kind === 'form';
  const selector = isForm && dress.languageSelector ? languageSelector(view, t) : '';
  const theme = dress.theme === null ? '' : ` data-theme="${dress.theme}"`;
  const step = isForm ? ` data-step="${view.step}"` : '';
  return `<!doctype html>
<html lang="${t.lang}"${theme}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(heading)} – finAPI Web Form</title>
<style>${HOSTED_PAGE_STYLE}</style>
</head>
<body>
<header class="bar"><div class="bar-inner"><span class="brand">${LOCK_ICON}<span>finAPI Web Form</span><small>${escapeHtml(t.secureConnection)}</small></span>${selector}</div></header>
<main data-page="${view.kind}"${step}>
${body}
</main>
${isForm ? renderDemoControls(view, t) : ''}
<footer><p>${escapeHtml(t.footer)}</p></footer>
</body>
</html>
`;
}
