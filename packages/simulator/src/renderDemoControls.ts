import { KNOWN_WEB_FORM_ERROR_CODES } from '@webform-kit/core';
import { escapeHtml } from './escapeHtml.ts';
import type { HostedPageMessages } from './messages/index.ts';
import { pageTokenField } from './renderJourneyStep.ts';

/**
 * The names of the demo controls' buttons, a contract other packages' tests rely on: English in
 * every language, and "Complete" exactly once on the page.
 */
export const HOSTED_PAGE_BUTTONS = {
  complete: 'Complete',
  completeWithError: 'Complete with error',
  abort: 'Abort',
} as const;

/** The label of the error code choice next to "Complete with error", a contract too. */
export const ERROR_CODE_LABEL = 'Error code';

/**
 * The demo controls: the three outcomes as form posts, on every step of the form from the moment
 * it opens, so a presenter, a tester or a test can end the web form at once or walk the bank's
 * steps first. Set apart from the bank's page, and labelled as not being finAPI's.
 */
export function renderDemoControls(
  view: { pageToken: string; actionPrefix: string },
  t: HostedPageMessages,
): string {
  const token = pageTokenField(view.pageToken);
  const action = (name: string) => escapeHtml(`${view.actionPrefix}${name}`);
  const options = KNOWN_WEB_FORM_ERROR_CODES.map(
    (code) => `<option value="${code}">${code}</option>`,
  ).join('');
  return `<aside class="demo" aria-labelledby="demo-controls-heading" data-demo-controls><div class="demo-box">
<h2 id="demo-controls-heading">${escapeHtml(t.demoHeading)}</h2>
<p>${escapeHtml(t.demoText)}</p>
<div lang="en">
<form method="post" action="${action('complete')}">${token}<button type="submit">${HOSTED_PAGE_BUTTONS.complete}</button></form>
<form method="post" action="${action('complete-with-error')}">${token}<div class="field"><label for="errorCode">${ERROR_CODE_LABEL}</label><select id="errorCode" name="errorCode">${options}</select></div><button type="submit">${HOSTED_PAGE_BUTTONS.completeWithError}</button></form>
<form method="post" action="${action('abort')}">${token}<button type="submit" class="secondary">${HOSTED_PAGE_BUTTONS.abort}</button></form>
</div>
</div></aside>`;
}
