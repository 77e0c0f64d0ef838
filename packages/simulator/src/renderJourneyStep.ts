import { createPageFormat } from './createPageFormat.ts';
import { escapeHtml } from './escapeHtml.ts';
import type { FormView, JourneyField } from './HostedPageView.ts';
import type { HostedPageMessages } from './messages/index.ts';
import { purposeOf } from './purposeOf.ts';
import { renderOrderSummary } from './renderOrderSummary.ts';
import { SIMULATOR_BANKS, type SimulatorBank } from './simulatorBanks.ts';

/** The hidden field that lets only the opened page post. */
export function pageTokenField(pageToken: string): string {
  return `<input type="hidden" name="pageToken" value="${escapeHtml(pageToken)}">`;
}

function initialsOf(bank: SimulatorBank): string {
  return bank.name
    .split(/\s+/)
    .map((word) => word[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
}

function badge(bank: SimulatorBank): string {
  return `<span class="badge" style="background:${bank.colour}" aria-hidden="true">${escapeHtml(initialsOf(bank))}</span>`;
}

function bankLine(bank: SimulatorBank, t: HostedPageMessages): string {
  const details = createPageFormat(t.lang).fill(t.bankDetails, { bic: bank.bic, blz: bank.blz });
  return `<span><span class="bank-name">${escapeHtml(bank.name)}</span><small>${escapeHtml(details)}</small></span>`;
}

function errorOf(
  view: FormView,
  field: JourneyField,
  message: string,
): { attrs: string; text: string } {
  if (!view.invalid.includes(field)) return { attrs: '', text: '' };
  return {
    attrs: ` aria-invalid="true" aria-describedby="${field}-error"`,
    text: `<p class="error" id="${field}-error">${escapeHtml(message)}</p>`,
  };
}

function textField(input: {
  id: JourneyField;
  label: string;
  type: 'text' | 'password';
  autocomplete: string;
  value?: string;
  extra?: string;
  error: { attrs: string; text: string };
}): string {
  const value = input.value ? ` value="${escapeHtml(input.value)}"` : '';
  return `<div class="field"><label for="${input.id}">${escapeHtml(input.label)}</label><input type="${input.type}" id="${input.id}" name="${input.id}" autocomplete="${input.autocomplete}" required maxlength="64"${value}${input.extra ?? ''}${input.error.attrs}>${input.error.text}</div>`;
}

/**
 * One step of the simulated bank visit: its heading and its content (the step's form, a way to
 * cancel, how long the page stays valid). Posts go to `continue` with the step's name, so a
 * stale page (the back button) cannot skip a step.
 */
export function renderJourneyStep(
  view: FormView,
  t: HostedPageMessages,
): { heading: string; body: string } {
  const format = createPageFormat(t.lang);
  const purpose = purposeOf(view.type);
  const token = pageTokenField(view.pageToken);
  const action = (name: string) => escapeHtml(`${view.actionPrefix}${name}`);
  const index = view.steps.indexOf(view.step);
  const progress = `<p class="progress">${escapeHtml(
    `${format.fill(t.stepOf, { step: index + 1, total: view.steps.length })}: ${t.stepNames[view.step]}`,
  )}</p><div class="meter" aria-hidden="true">${view.steps
    .map((_, i) => `<span${i <= index ? ' class="done"' : ''}></span>`)
    .join('')}</div>`;
  const bankRow = `<div class="bank">${badge(view.bank)}${bankLine(view.bank, t)}</div>`;
  const intro = `<p class="intro">${escapeHtml(t.purpose[purpose])}</p>`;
  const summary = (details: boolean) =>
    renderOrderSummary(view.summary, { t, format }, { details });
  const form = (fields: string, submit: string) =>
    `<form method="post" action="${action('continue')}">${token}<input type="hidden" name="step" value="${view.step}">${fields}<div class="actions"><button type="submit">${escapeHtml(submit)}</button></div></form>`;
  const footer = `<form method="post" action="${action('abort')}" class="cancel">${token}<button type="submit" class="quiet">${escapeHtml(t.cancel)}</button></form><p class="expiry">${escapeHtml(
    format.fill(t.validFor, { duration: format.duration(view.expiresInMs) }),
  )}</p>`;

  let heading: string;
  let content: string;
  switch (view.step) {
    case 'bank': {
      heading = t.bankHeading;
      const error = errorOf(view, 'bank', t.bankRequired);
      const choices = SIMULATOR_BANKS.map(
        (bank) =>
          `<label class="choice" for="bank-${bank.id}"><input type="radio" id="bank-${bank.id}" name="bank" value="${bank.id}"${bank.id === view.bank.id ? ' checked' : ''} required>${badge(bank)}${bankLine(bank, t)}</label>`,
      ).join('');
      content = `${intro}${summary(false)}${form(
        `<fieldset${error.text === '' ? '' : ' aria-describedby="bank-error"'}><legend>${escapeHtml(t.bankLegend)}</legend>${choices}${error.text}</fieldset>`,
        t.continue,
      )}`;
      break;
    }
    case 'login':
      heading = format.fill(t.loginHeading, { bank: view.bank.name });
      content = `${intro}${summary(false)}${form(
        `${textField({
          id: 'userId',
          label: t.userIdLabel,
          type: 'text',
          autocomplete: 'username',
          value: view.userId,
          error: errorOf(view, 'userId', t.fieldRequired),
        })}${textField({
          id: 'pin',
          label: t.pinLabel,
          type: 'password',
          autocomplete: 'current-password',
          error: errorOf(view, 'pin', t.fieldRequired),
        })}<p class="hint">${escapeHtml(t.loginHint)}</p>`,
        t.logIn,
      )}`;
      break;
    case 'review':
      heading =
        t.reviewHeading[
          purpose === 'standingOrder' || purpose === 'directDebit' ? purpose : 'payment'
        ];
      content = `${summary(true)}${form('', t.continue)}`;
      break;
    case 'tan': {
      heading = t.tanHeading;
      const error = errorOf(view, 'tan', t.tanInvalid);
      content = `${summary(false)}<p>${escapeHtml(format.fill(t.tanIntro, { bank: view.bank.name }))}</p>${form(
        `<div class="field"><label for="tan">${escapeHtml(t.tanLabel)}</label><input type="text" id="tan" name="tan" class="tan" inputmode="numeric" pattern="[0-9]{6}" maxlength="6" autocomplete="one-time-code" required aria-describedby="tan-hint${error.text === '' ? '' : ' tan-error'}"${error.text === '' ? '' : ' aria-invalid="true"'}><p class="field-note" id="tan-hint">${escapeHtml(t.tanHint)}</p>${error.text}</div>`,
        t.confirm[purpose],
      )}`;
      break;
    }
  }
  return {
    heading,
    body: `<div class="card">${progress}${view.step === 'bank' ? '' : bankRow}<h1>${escapeHtml(heading)}</h1>${content}${footer}</div>`,
  };
}
