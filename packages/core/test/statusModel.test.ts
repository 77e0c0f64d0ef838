import {
  TASK_STATUSES,
  WEB_FORM_STATUSES,
  WEB_FORM_TYPES,
  isFinalOutcome,
  isFinalTask,
  isFinalTaskStatus,
  isFinalWebFormStatus,
  outcomeOf,
  resourceOf,
  taskOutcomeOf,
  type Task,
  type TaskStatus,
  type WebFormInfo,
  type WebFormStatus,
  type WebFormType,
} from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import { WEB_FORM_ID } from './fixtures/finapiExamples.ts';

const FINAL_WEB_FORM_STATUSES = ['COMPLETED', 'COMPLETED_WITH_ERROR', 'EXPIRED', 'ABORTED'];

function webFormInfo(status: WebFormStatus): WebFormInfo {
  return { id: WEB_FORM_ID, url: `https://webform.finapi.io/wf/${WEB_FORM_ID}`, status };
}

function task(status: TaskStatus, payload: Partial<Task['payload']> = {}): Task {
  return {
    id: '31c508d8-51da-11eb-ae93-0242ac130002',
    createdAt: '2021-03-09T08:36:15.000+0000',
    type: 'BANK_CONNECTION_UPDATE',
    status,
    payload: { bankConnectionId: 101, ...payload },
  };
}

describe('isFinalWebFormStatus', () => {
  it.each(WEB_FORM_STATUSES)('%s', (status) => {
    expect(isFinalWebFormStatus(status)).toBe(FINAL_WEB_FORM_STATUSES.includes(status));
  });
});

describe('isFinalTaskStatus', () => {
  it.each(TASK_STATUSES)('%s', (status) => {
    expect(isFinalTaskStatus(status)).toBe(
      status === 'COMPLETED' || status === 'COMPLETED_WITH_ERROR',
    );
  });
});

describe('isFinalTask', () => {
  it.each(['NOT_YET_STARTED', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED_WITH_ERROR'] as const)(
    'follows the task status %s when no web form is involved',
    (status) => {
      expect(isFinalTask(task(status))).toBe(isFinalTaskStatus(status));
    },
  );

  it.each(WEB_FORM_STATUSES)(
    'a WEB_FORM_REQUIRED task is final exactly when its web form is (%s)',
    (status) => {
      expect(isFinalTask(task('WEB_FORM_REQUIRED', { webForm: webFormInfo(status) }))).toBe(
        isFinalWebFormStatus(status),
      );
    },
  );

  it('a WEB_FORM_REQUIRED task without a web form is final, as its outcome is an error', () => {
    expect(isFinalTask(task('WEB_FORM_REQUIRED'))).toBe(true);
    expect(isFinalTask(task('WEB_FORM_REQUIRED', { webForm: null }))).toBe(true);
  });

  it('agrees with taskOutcomeOf on every status and web form status', () => {
    const tasks = [
      ...TASK_STATUSES.map((status) => task(status)),
      ...TASK_STATUSES.flatMap((status) =>
        WEB_FORM_STATUSES.map((webFormStatus) =>
          task(status, { webForm: webFormInfo(webFormStatus) }),
        ),
      ),
    ];
    for (const t of tasks) {
      expect(isFinalTask(t), `${t.status} / ${t.payload.webForm?.status}`).toBe(
        isFinalOutcome(taskOutcomeOf(t)),
      );
    }
  });
});

describe('resourceOf', () => {
  it.each<[WebFormType, string]>([
    ['BANK_CONNECTION_IMPORT', 'bank-connection'],
    ['BANK_CONNECTION_UPDATE', 'bank-connection'],
    ['STANDALONE_PAYMENT', 'payment'],
    ['PAYMENT_WITH_ACCOUNT_ID', 'payment'],
    ['DIRECT_DEBIT_WITH_ACCOUNT_ID', 'payment'],
    ['STANDING_ORDER', 'standing-order'],
  ])('%s creates a %s', (type, resource) => {
    expect(resourceOf(type)).toBe(resource);
  });
});

describe('outcomeOf, for every type and status', () => {
  // A payload carrying every id, so each type must pick its own.
  const payload = {
    bankConnectionId: 1,
    paymentId: 2,
    standingOrderId: 3,
    errorCode: 'INTERNAL_ERROR',
  };
  const completedBy: Record<WebFormType, object> = {
    BANK_CONNECTION_IMPORT: { resource: 'bank-connection', bankConnectionId: 1 },
    BANK_CONNECTION_UPDATE: { resource: 'bank-connection', bankConnectionId: 1 },
    STANDALONE_PAYMENT: { resource: 'payment', paymentId: 2 },
    PAYMENT_WITH_ACCOUNT_ID: { resource: 'payment', paymentId: 2 },
    DIRECT_DEBIT_WITH_ACCOUNT_ID: { resource: 'payment', paymentId: 2 },
    STANDING_ORDER: { resource: 'standing-order', standingOrderId: 3 },
  };
  const cases = WEB_FORM_TYPES.flatMap((type) =>
    WEB_FORM_STATUSES.map((status) => [type, status] as const),
  );

  it.each(cases)('%s in %s', (type, status) => {
    const expected = {
      NOT_YET_OPENED: { kind: 'pending', status: 'NOT_YET_OPENED' },
      IN_PROGRESS: { kind: 'pending', status: 'IN_PROGRESS' },
      COMPLETED: { kind: 'completed', ...completedBy[type] },
      COMPLETED_WITH_ERROR: { kind: 'completed-with-error', errorCode: 'INTERNAL_ERROR' },
      EXPIRED: { kind: 'expired' },
      ABORTED: { kind: 'aborted' },
    }[status];
    const outcome = outcomeOf({ type, status, payload });
    expect(outcome).toEqual(expected);
    expect(isFinalOutcome(outcome)).toBe(isFinalWebFormStatus(status));
  });

  it('reports a completed payment with no id yet as paymentId null', () => {
    expect(outcomeOf({ type: 'STANDALONE_PAYMENT', status: 'COMPLETED', payload: {} })).toEqual({
      kind: 'completed',
      resource: 'payment',
      paymentId: null,
    });
  });

  it('reports COMPLETED_WITH_ERROR without an errorCode as errorCode null', () => {
    expect(
      outcomeOf({
        type: 'STANDING_ORDER',
        status: 'COMPLETED_WITH_ERROR',
        payload: { errorCode: null },
      }),
    ).toEqual({ kind: 'completed-with-error', errorCode: null });
  });

  it('passes an undocumented error code through for the screens to explain generally', () => {
    expect(
      outcomeOf({
        type: 'BANK_CONNECTION_IMPORT',
        status: 'COMPLETED_WITH_ERROR',
        payload: { errorCode: 'SOMETHING_NEW' },
      }),
    ).toEqual({ kind: 'completed-with-error', errorCode: 'SOMETHING_NEW' });
  });
});

describe('taskOutcomeOf', () => {
  it.each(['NOT_YET_STARTED', 'IN_PROGRESS'] as const)('%s is pending', (status) => {
    expect(taskOutcomeOf(task(status))).toEqual({ kind: 'pending', status });
  });

  it('COMPLETED is a completed bank connection', () => {
    expect(taskOutcomeOf(task('COMPLETED'))).toEqual({
      kind: 'completed',
      resource: 'bank-connection',
      bankConnectionId: 101,
    });
  });

  it('COMPLETED_WITH_ERROR carries the errorCode, or null', () => {
    expect(
      taskOutcomeOf(task('COMPLETED_WITH_ERROR', { errorCode: 'BANK_SERVER_REJECTION' })),
    ).toEqual({
      kind: 'completed-with-error',
      errorCode: 'BANK_SERVER_REJECTION',
    });
    expect(taskOutcomeOf(task('COMPLETED_WITH_ERROR'))).toEqual({
      kind: 'completed-with-error',
      errorCode: null,
    });
  });

  it.each(['NOT_YET_OPENED', 'IN_PROGRESS'] as const)(
    'WEB_FORM_REQUIRED with a web form %s needs the user: web-form-required with the web form',
    (status) => {
      const outcome = taskOutcomeOf(task('WEB_FORM_REQUIRED', { webForm: webFormInfo(status) }));
      expect(outcome).toEqual({ kind: 'web-form-required', webForm: webFormInfo(status) });
      expect(isFinalOutcome(outcome)).toBe(false);
    },
  );

  it.each([
    ['COMPLETED', { kind: 'completed', resource: 'bank-connection', bankConnectionId: 101 }],
    ['COMPLETED_WITH_ERROR', { kind: 'completed-with-error', errorCode: 'INVALID_TOKEN' }],
    ['EXPIRED', { kind: 'expired' }],
    ['ABORTED', { kind: 'aborted' }],
  ] as const)('WEB_FORM_REQUIRED with a web form %s: the web form decides', (status, expected) => {
    const outcome = taskOutcomeOf(
      task('WEB_FORM_REQUIRED', { webForm: webFormInfo(status), errorCode: 'INVALID_TOKEN' }),
    );
    expect(outcome).toEqual(expected);
    expect(isFinalOutcome(outcome)).toBe(true);
  });

  it('WEB_FORM_REQUIRED without a web form is an error, not an endless wait', () => {
    expect(taskOutcomeOf(task('WEB_FORM_REQUIRED'))).toEqual({
      kind: 'completed-with-error',
      errorCode: null,
    });
    expect(taskOutcomeOf(task('WEB_FORM_REQUIRED', { webForm: null }))).toEqual({
      kind: 'completed-with-error',
      errorCode: null,
    });
  });
});
