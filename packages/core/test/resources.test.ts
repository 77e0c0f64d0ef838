import {
  FlowSummarySchema,
  WEB_FORM_STATUSES,
  isFinalTask,
  isFinalWebFormStatus,
  mergeTask,
  mergeWebForm,
  outcomeOf,
  taskOutcomeOf,
  taskResource,
  webFormResource,
  type Task,
  type WebForm,
} from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { TASK_ID, WEB_FORM_ID } from './fixtures/finapiExamples.ts';

function webForm(status: WebForm['status']): WebForm {
  return {
    id: WEB_FORM_ID,
    url: `https://webform.finapi.io/wf/${WEB_FORM_ID}`,
    createdAt: '2026-11-26T10:00:00.000+0000',
    expiresAt: '2026-11-26T10:20:00.000+0000',
    type: 'STANDALONE_PAYMENT',
    status,
    payload: status === 'COMPLETED' ? { paymentId: 7 } : {},
  };
}

function task(status: Task['status'], webFormStatus?: WebForm['status']): Task {
  return {
    id: TASK_ID,
    createdAt: '2026-11-26T10:00:00.000+0000',
    type: 'BANK_CONNECTION_UPDATE',
    status,
    payload: {
      bankConnectionId: 101,
      webForm:
        webFormStatus === undefined
          ? null
          : {
              id: WEB_FORM_ID,
              url: `https://webform.finapi.io/wf/${WEB_FORM_ID}`,
              status: webFormStatus,
            },
    },
  };
}

describe('webFormResource', () => {
  it('names the resource once, as the hooks and the proxy spell it', () => {
    expect(webFormResource.name).toBe('web-form');
    expect(webFormResource.what).toBe('web form');
  });

  it.each(WEB_FORM_STATUSES)('agrees with the status model on %s', (status) => {
    const snapshot = webForm(status);
    expect(webFormResource.isFinal(snapshot)).toBe(isFinalWebFormStatus(status));
    expect(webFormResource.outcome(snapshot)).toEqual(outcomeOf(snapshot));
  });

  it('merges with core merge: a final status never moves back', () => {
    const done = webForm('COMPLETED');
    expect(webFormResource.merge(done, webForm('IN_PROGRESS'))).toBe(done);
    expect(webFormResource.merge(webForm('IN_PROGRESS'), done)).toEqual(
      mergeWebForm(webForm('IN_PROGRESS'), done),
    );
  });

  it('reads expiresAt as milliseconds, and refuses to guess from a malformed one', () => {
    expect(webFormResource.expiresAt(webForm('IN_PROGRESS'))).toBe(Date.UTC(2026, 10, 26, 10, 20));
    expect(webFormResource.expiresAt({ ...webForm('IN_PROGRESS'), expiresAt: 'soon' })).toBe(
      undefined,
    );
  });

  it('validates with the WebForm schema', () => {
    expect(webFormResource.schema.safeParse(webForm('COMPLETED')).success).toBe(true);
    expect(
      webFormResource.schema.safeParse({ ...webForm('COMPLETED'), status: 'DONE' }).success,
    ).toBe(false);
  });
});

describe('taskResource', () => {
  it('names the resource once', () => {
    expect(taskResource.name).toBe('task');
  });

  it.each([
    [task('IN_PROGRESS'), false],
    [task('WEB_FORM_REQUIRED', 'IN_PROGRESS'), false],
    [task('WEB_FORM_REQUIRED', 'ABORTED'), true],
    [task('COMPLETED'), true],
  ] as const)('is final exactly when isFinalTask says so (%#)', (snapshot, final) => {
    expect(taskResource.isFinal(snapshot)).toBe(final);
    expect(taskResource.isFinal(snapshot)).toBe(isFinalTask(snapshot));
    expect(taskResource.outcome(snapshot)).toEqual(taskOutcomeOf(snapshot));
  });

  it('has no expiry of its own and merges with mergeTask', () => {
    const waiting = task('WEB_FORM_REQUIRED', 'IN_PROGRESS');
    expect(taskResource.expiresAt(waiting)).toBe(undefined);
    expect(taskResource.merge(waiting, task('IN_PROGRESS'))).toEqual(
      mergeTask(waiting, task('IN_PROGRESS')),
    );
  });
});

describe('FlowSummarySchema', () => {
  it('takes what a checkout shows: amount, payee, purpose, reference', () => {
    const summary = {
      amount: { value: 250, currency: 'EUR' },
      payee: 'Demo Shop GmbH',
      purpose: 'Order 1042',
      reference: '1042',
    };
    expect(FlowSummarySchema.parse(summary)).toEqual(summary);
    expect(FlowSummarySchema.parse({})).toEqual({});
  });

  it.each([
    ['a negative amount', { amount: { value: -1, currency: 'EUR' } }],
    ['a currency that is no code', { amount: { value: 1, currency: 'euro' } }],
    ['a payee with a bidi override', { payee: 'Shop\u202Eevil' }],
    ['a purpose with a line break', { purpose: 'a\nb' }],
    ['an empty reference', { reference: '' }],
    ['a payee longer than 140', { payee: 'x'.repeat(141) }],
  ])('refuses %s', (_name, value) => {
    expect(FlowSummarySchema.safeParse(value).success).toBe(false);
  });
});
